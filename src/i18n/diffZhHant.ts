import type { diffEn } from './diffEn';

/** 變更比較與 Terraform 匯入假設（繁體中文）。 */
export const diffZhHant: Record<keyof typeof diffEn, string> = {
  'diff.heading': '變更內容',
  'diff.edges': '邊',
  'diff.findings': '調查結果',
  'diff.adminReach': '可到達管理員等級角色',
  'diff.assumptions': '匯入所作的假設',
  'diff.failed': '因 {condition} 失敗：{matches}',
  'diff.summary.new-ways-into': '新增 {count} 種成為 {target} 的方式',
  'diff.summary.fewer-conditions-into': '{count} 種成為 {target} 的方式現在所需條件更少',
  'diff.summary.lost-ways-into': '移除了 {count} 種成為 {target} 的方式',
  'diff.summary.new-outside-admin-paths': '新增 {count} 條從組織外部到管理員的路徑',
  'diff.summary.new-admin-reach': '新增 {count} 種主體到達管理員等級角色的方式',
  'diff.summary.lost-admin-reach': '移除了 {count} 種到達管理員等級角色的方式',
  'diff.summary.new-findings': '新增 {count} 個調查結果',
  'diff.summary.resolved-findings': '已解決 {count} 個調查結果',
  'diff.summary.no-change': '誰能成為誰沒有變化。',
  'diff.change.added': '新增',
  'diff.change.newly-permitted': '新近允許',
  'diff.change.fewer-conditions': '條件更少',
  'diff.change.more-conditions': '條件更多',
  'diff.change.other-conditions': '條件不同',
  'diff.change.removed': '已移除',
  'diff.change.no-longer-permitted': '不再允許',
  'diff.finding.added': '新增',
  'diff.finding.removed': '已解決',
  'diff.plan.edge.added': '{from} → {to}：計畫新增',
  'diff.plan.edge.loosened': '{from} → {to}：計畫套用後所需條件更少',
  'diff.plan.edge.closed': '{from} → {to}：計畫套用後不再允許',
  'diff.plan.edge.removed': '{from} → {to}：被計畫移除',
  'diff.panel.heading': '計畫的變更內容',
  'diff.panel.close': '關閉計畫的變更內容',
  'diff.panel.section': '{name}（{count}）',
  'diff.panel.legend': '圖中：',
  'diff.panel.kept': '在你關閉它或開啟其他情境之前一直顯示；重新載入頁面後不再保留。',
  'diff.panel.failed': '無法得出計畫的變更內容（{detail}）；已匯入計畫套用後的一側。',
  'importAssumption.tf-known-after-apply':
    '{address} 的 {attribute} 要在套用後才知道：以 {placeholder} 作為預留位置。',
  'importAssumption.tf-policy-after-apply':
    '{address} 的文件 {attribute} 要在套用後才知道（它使用 {references}）：在此之前視為不允許任何動作。',
  'importAssumption.tf-policy-from-configuration':
    '政策文件 {address} 要在套用後才知道：依其陳述式呈現，每個未知值取自它所參照的資源。',
  'importAssumption.tf-account-assumed':
    '提供者 {provider} 中尚未建立的資源視為位於帳戶 {account}：allowed_account_ids、assume_role ARN 或 --account 都未指明。',
  'importAssumption.tf-region-assumed':
    '提供者 {provider} 中尚未建立的資源視為位於區域 {region}：其組態未設定區域。',
  'importAssumption.tf-launch-template': '執行個體 {instance} 代表啟動範本 {address} 將啟動的執行個體。',
  'importAssumption.tf-cluster-assumed':
    '服務帳戶 {address} 放在 {cluster} 中：計畫中沒有唯一一個它所屬的 EKS 叢集。',
  'importAssumption.tf-default-full-access':
    'AWS 預設的 {policy} 視為仍連接在 {target} 上，與計畫中的政策並存：計畫不會顯示它。',
  'importAssumption.tf-transitive-tag-keys':
    '提供者 {provider} 將工作階段標籤 {keys} 標記為可轉移：它們被視為其所建工作階段的標籤，不會帶入從該工作階段鏈結承擔的角色。',
};
