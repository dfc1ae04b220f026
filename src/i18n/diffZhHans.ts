import type { diffEn } from './diffEn';

/** 变更对比与 Terraform 导入假设（简体中文）。 */
export const diffZhHans: Record<keyof typeof diffEn, string> = {
  'diff.heading': '变更内容',
  'diff.edges': '边',
  'diff.findings': '调查结果',
  'diff.adminReach': '可到达管理员级角色',
  'diff.assumptions': '导入所作的假设',
  'diff.failed': '因 {condition} 失败：{matches}',
  'diff.summary.new-ways-into': '新增 {count} 种成为 {target} 的方式',
  'diff.summary.fewer-conditions-into': '{count} 种成为 {target} 的方式现在所需条件更少',
  'diff.summary.lost-ways-into': '移除了 {count} 种成为 {target} 的方式',
  'diff.summary.new-outside-admin-paths': '新增 {count} 条从组织外部到管理员的路径',
  'diff.summary.new-admin-reach': '新增 {count} 种主体到达管理员级角色的方式',
  'diff.summary.lost-admin-reach': '移除了 {count} 种到达管理员级角色的方式',
  'diff.summary.new-findings': '新增 {count} 个调查结果',
  'diff.summary.resolved-findings': '已解决 {count} 个调查结果',
  'diff.summary.no-change': '谁能成为谁没有变化。',
  'diff.change.added': '新增',
  'diff.change.newly-permitted': '新近允许',
  'diff.change.fewer-conditions': '条件更少',
  'diff.change.more-conditions': '条件更多',
  'diff.change.other-conditions': '条件不同',
  'diff.change.removed': '已移除',
  'diff.change.no-longer-permitted': '不再允许',
  'diff.finding.added': '新增',
  'diff.finding.removed': '已解决',
  'diff.plan.edge.added': '{from} → {to}：计划新增',
  'diff.plan.edge.loosened': '{from} → {to}：计划实施后所需条件更少',
  'diff.plan.edge.closed': '{from} → {to}：计划实施后不再允许',
  'diff.plan.edge.removed': '{from} → {to}：被计划移除',
  'diff.panel.heading': '计划的变更内容',
  'diff.panel.close': '关闭计划的变更内容',
  'diff.panel.section': '{name}（{count}）',
  'diff.panel.legend': '图中：',
  'diff.panel.kept': '在你关闭它或打开其他场景之前一直显示；重新加载页面后不再保留。',
  'diff.panel.failed': '无法得出计划的变更内容（{detail}）；已导入计划实施后的一侧。',
  'importAssumption.tf-known-after-apply':
    '{address} 的 {attribute} 要在应用后才知道：以 {placeholder} 作为占位符。',
  'importAssumption.tf-policy-after-apply':
    '{address} 的文档 {attribute} 要在应用后才知道（它使用 {references}）：在此之前视为不允许任何操作。',
  'importAssumption.tf-policy-from-configuration':
    '策略文档 {address} 要在应用后才知道：按其语句呈现，每个未知值取自它所引用的资源。',
  'importAssumption.tf-account-assumed':
    '提供程序 {provider} 中尚未创建的资源视为位于账户 {account}：allowed_account_ids、assume_role ARN 或 --account 都未指明。',
  'importAssumption.tf-region-assumed':
    '提供程序 {provider} 中尚未创建的资源视为位于区域 {region}：其配置未设置区域。',
  'importAssumption.tf-launch-template': '实例 {instance} 代表启动模板 {address} 将启动的实例。',
  'importAssumption.tf-cluster-assumed':
    '服务账户 {address} 放在 {cluster} 中：计划中没有唯一一个它所属的 EKS 集群。',
  'importAssumption.tf-default-full-access':
    'AWS 默认的 {policy} 视为仍附加在 {target} 上，与计划中的策略并存：计划不会显示它。',
  'importAssumption.tf-transitive-tag-keys':
    '提供程序 {provider} 将会话标签 {keys} 标记为可传递：它们被视为其所建会话的标签，不会带入从该会话链式承担的角色。',
};
