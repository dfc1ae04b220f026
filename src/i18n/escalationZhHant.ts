import type { EscalationKey } from './escalationEn';

/** Escalation edges, group membership and self-escalation in Traditional Chinese; terms as in docs/glossary.md. */
export const escalationZhHant: Record<EscalationKey, string> = {
  'kind.group': 'IAM 群組',
  'edgeKind.MemberOf': '成員（群組）',
  'edgeKind.Escalation': '權限提升',
  'edgeNote.member-of': '使用者 {user} 是群組 {group} 的成員，擁有它的政策。',
  'edgeNote.escalation': '{caller} 可以透過 {technique} 取得 {target} 的許可。',
  'edgeNote.escalation-via': '{caller} 可以透過 {technique}（經由 {via}）取得 {target} 的許可。',
  'edgeNote.joined-assume-role':
    '{caller} 將自己加入群組 {group} 後即可擔任 {target}：該群組的政策允許了它自己的政策所不允許的動作。',
  'edgeNote.joined-escalation':
    '{caller} 將自己加入群組 {group} 後，可以透過 {technique} 取得 {target} 的許可。',
  'edgeNote.joined-escalation-via':
    '{caller} 將自己加入群組 {group} 後，可以透過 {technique}（經由 {via}）取得 {target} 的許可。',
  'assumption.accessKeySlotAssumed':
    '使用者 {user} 被視為存取金鑰少於兩個，因此可以再建立一個：匯出內容不列出存取金鑰。',
  'assumption.loginProfileAbsentAssumed':
    '使用者 {user} 被視為沒有主控台密碼，也沒有 MFA 裝置，因此可以建立並使用密碼：匯出內容兩者都不顯示。',
  'assumption.loginProfilePresentAssumed':
    '使用者 {user} 被視為有主控台密碼但沒有 MFA 裝置，因此可以取代並使用其密碼：匯出內容兩者都不顯示。',
  'assumption.managedNodeAssumed':
    '執行個體 {instance} 被視為正以 Systems Manager 受管節點執行（SSM Agent 已註冊）：匯出內容沒有說明。',
  'assumption.functionInvocationAssumed':
    '函數 {function} 被視為在程式碼變更後會再次執行（觸發條件、排程或呼叫者）：匯出內容不顯示由什麼叫用它。',
  'finding.title.self-escalation': '主體可以給自己任何許可',
  'finding.text.self-escalation':
    '{principal} 可以對 {resource} 呼叫 {technique}：它可以給自己任何許可，包括 AdministratorAccess。請將該動作限制在它必須變更的資源上，或以許可界限或 SCP 拒絕它。',
  'finding.title.self-escalation-after-join': '使用者加入群組後可以給自己任何許可',
  'finding.text.self-escalation-after-join':
    '{principal} 可以將自己加入群組 {group}，該群組的政策允許它對 {resource} 呼叫 {technique}：之後它可以給自己任何許可，包括 AdministratorAccess。請將 iam:AddUserToGroup 限制在它必須管理的群組上，並將該動作限制在它必須變更的資源上。',
  'escalation.title': '這次權限提升是如何進行的',
  'escalation.technique': '手法',
  'escalation.others': '也可以透過：{techniques}',
  'escalation.calls': '依序進行的呼叫',
  'escalation.checks': 'AWS 在每一步檢查什麼',
  'escalation.close': '如何關閉它',
  'escalation.close.iamRoles':
    '只允許對此主體必須管理的角色和政策呼叫 iam:UpdateAssumeRolePolicy、iam:AttachRolePolicy、iam:PutRolePolicy 和 iam:CreatePolicyVersion（iam:AttachRolePolicy 還應帶有列出可連接政策的 iam:PolicyARN 條件），或以許可界限或 SCP 拒絕它們。',
  'escalation.close.iamUsers':
    '只允許對主體自己的使用者（arn:aws:iam::*:user/${aws:username}）呼叫 iam:CreateAccessKey、iam:CreateLoginProfile 和 iam:UpdateLoginProfile，只允許對它必須管理的群組呼叫 iam:AddUserToGroup。',
  'escalation.close.passRole':
    '只允許對此主體必須傳遞的角色呼叫 iam:PassRole，並以 iam:PassedToService 條件指定服務；不要把高權限角色放進該清單。',
  'escalation.close.lambda':
    '只允許對此主體部署的函數呼叫 lambda:UpdateFunctionCode，不要讓其他人可以變更的函數使用高權限執行角色。',
  'escalation.close.ssm':
    '只允許對此主體必須操作的執行個體（依 ARN 或 aws:ResourceTag）呼叫 ssm:SendCommand 和 ssm:StartSession，不要把高權限角色放進它們的執行個體設定檔。',
  'escalation.doc': 'AWS 文件',
  'escalation.pathfinding': 'pathfinding.cloud {id}',
  'escalation.hop': '權限提升 {technique}',
  'escalation.hopVia': '權限提升 {technique}（經由 {via}）',
  'escalation.asJoiner': '以 {user} 的身分',
  'escalation.hopAsJoiner': '{hop}，以 {user} 的身分',
};
