import type { PermissionsKey } from './permissionsEn';

/** Effective permissions in Simplified Chinese; terms as in docs/glossary.md. */
export const permissionsZhHans: Record<PermissionsKey, string> = {
  'permissions.title': '有效权限',
  'permissions.whoTitle': '谁能访问它',
  'permissions.decision.Allowed': '允许',
  'permissions.decision.Conditional': '满足条件时允许',
  'permissions.decision.ExplicitlyDenied': '显式拒绝',
  'permissions.level.List': '列表',
  'permissions.level.Read': '读取',
  'permissions.level.Write': '写入',
  'permissions.level.Permissions management': '权限管理',
  'permissions.level.Tagging': '标记',
  'permissions.itself': '以自身身份',
  'permissions.via': '经由 {chain}',
  'permissions.if': '仅当请求带有 {conditions} 时',
  'permissions.chainIf': '仅当调用方带有 {conditions} 时这条链才成立',
  'permissions.sessionLimited':
    '受配置文件 {profile} 传递的会话策略（{policies}）限制：只有它们与角色都允许的操作',
  'permissions.none': '无：场景中没有任何策略允许它执行操作。',
  'permissions.undecided':
    '没有列出任何操作。{why}如果这些凭证可以代入 {target}，此配置文件的会话能做 {target} 能做的事，但受其会话策略限制。',
  'permissions.undecidedWorkload':
    '没有列出任何操作。{why}如果它可以成为 {target}，就能做 {target} 能做的事。',
  'permissions.search': '搜索操作、资源、链',
  'permissions.allServices': '所有服务',
  'permissions.allLevels': '所有访问级别',
  'permissions.allDecisions': '所有结果',
  'permissions.showDenied': '显示显式拒绝',
  'permissions.count': '{services} 个服务中的 {actions} 个操作，共 {rows} 行',
  'permissions.exportCsv': 'CSV',
  'permissions.exportJson': 'JSON',
  'permissions.export': '导出',
  'permissions.trace': '跟踪',
  'permissions.hideTrace': '隐藏跟踪',
  'permissions.working': '正在计算… 第 {done} / {total} 条链',
  'permissions.moreChains': '仅显示最近的 {shown} 条链（共 {total} 条）。',
  'permissions.unavailable': '无法加载 AWS 服务参考：{message}',
  'permissions.checkOne': '检查单个操作',
  'edgeKind.Access': '访问（会话可以对资源执行操作）',
};
