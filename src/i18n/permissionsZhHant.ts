import type { PermissionsKey } from './permissionsEn';

/** Effective permissions in Traditional Chinese (Taiwan usage); terms as in docs/glossary.md. */
export const permissionsZhHant: Record<PermissionsKey, string> = {
  'permissions.title': '有效許可',
  'permissions.whoTitle': '誰能存取它',
  'permissions.decision.Allowed': '允許',
  'permissions.decision.Conditional': '符合條件時允許',
  'permissions.decision.ExplicitlyDenied': '明確拒絕',
  'permissions.level.List': '清單',
  'permissions.level.Read': '讀取',
  'permissions.level.Write': '寫入',
  'permissions.level.Permissions management': '許可管理',
  'permissions.level.Tagging': '標記',
  'permissions.itself': '以自身身分',
  'permissions.via': '經由 {chain}',
  'permissions.if': '僅當請求帶有 {conditions} 時',
  'permissions.chainIf': '僅當呼叫者帶有 {conditions} 時這條鏈才成立',
  'permissions.sessionLimited':
    '受設定檔 {profile} 傳遞的工作階段政策（{policies}）限制：只有它們與角色都允許的操作',
  'permissions.none': '無：情境中沒有任何政策允許它執行動作。',
  'permissions.undecided':
    '沒有列出任何動作。{why}如果這些憑證可以擔任 {target}，此設定檔的工作階段能做 {target} 能做的事，但受其工作階段政策限制。',
  'permissions.undecidedWorkload':
    '沒有列出任何動作。{why}如果它可以成為 {target}，就能做 {target} 能做的事。',
  'permissions.search': '搜尋動作、資源、鏈',
  'permissions.allServices': '所有服務',
  'permissions.allLevels': '所有存取層級',
  'permissions.allDecisions': '所有結果',
  'permissions.showDenied': '顯示明確拒絕',
  'permissions.count': '{services} 個服務中的 {actions} 個動作，共 {rows} 列',
  'permissions.exportCsv': 'CSV',
  'permissions.exportJson': 'JSON',
  'permissions.export': '匯出',
  'permissions.trace': '追蹤',
  'permissions.hideTrace': '隱藏追蹤',
  'permissions.working': '正在計算… 第 {done} / {total} 條鏈',
  'permissions.moreChains': '僅顯示最近的 {shown} 條鏈（共 {total} 條）。',
  'permissions.unavailable': '無法載入 AWS 服務參考：{message}',
  'permissions.checkOne': '檢查單一動作',
  'edgeKind.Access': '存取（工作階段可以對資源執行動作）',
};
