import type { ReasonKey } from './reasonsEn';

/** How the engine reached a decision, in Traditional Chinese; terms as in docs/glossary.md. */
export const reasonsZhHant: Record<ReasonKey, string> = {
  'reason.get-caller-identity':
    '允許：{action} 不需要任何許可，任何政策都無法拒絕它，即使是明確的 Deny 也不行。',
  'reason.explicit-deny':
    '明確拒絕：{policy}中的{statement}拒絕 {caller} 對 {resource} 執行 {action}，而明確拒絕優先於任何允許。',
  'reason.unknown-caller': '拒絕：「{principal}」不是 AWS 能識別的主體，因此任何政策都無法允許它。',
  'reason.root-cannot-assume':
    '拒絕：根使用者無法擔任角色：呼叫 sts:AssumeRole 需要 IAM 使用者或角色的憑證。',
  'reason.anonymous-cannot-assume': '拒絕：匿名呼叫者無法擔任角色：每種擔任角色的方式都需要憑證或權杖。',
  'reason.aws-owned': '遭 AWS 拒絕：{resource} 是{owned}。',
  'reason.no-rcp-allows': '拒絕：{level} 層級沒有任何資源控制政策 (RCP) 允許對 {resource} 執行 {action}。',
  'reason.no-scp-allows':
    '拒絕：{level} 層級沒有任何服務控制政策 (SCP) 允許 {caller} 對 {resource} 執行 {action}。',
  'reason.unsigned-allowed':
    '允許：{policy}中的{statement}直接指定了 {caller}，而服務主體沒有可評估的身分型政策。',
  'reason.unsigned-star-allowed':
    '允許：{policy}中的{statement}允許任何主體（"*"），{caller} 也包含在內：服務主體沒有可評估的身分型政策。',
  'reason.unsigned-not-allowed':
    '拒絕：{policy}不允許 {caller} 對 {resource} 執行 {action}{missed}，而 {caller} 本身沒有身分型政策。',
  'reason.unsigned-no-resource-policy':
    '拒絕：沒有以資源為基礎的政策允許 {caller} 對 {resource} 執行 {action}，而 {caller} 本身沒有身分型政策。',
  'reason.anonymous-not-allowed':
    '拒絕：{policy}不允許 {caller} 對 {resource} 執行 {action}{missed}，而只有指定 "*" 的以資源為基礎的政策才能允許匿名呼叫者。',
  'reason.anonymous-no-resource-policy':
    '拒絕：沒有以資源為基礎的政策允許 {caller} 對 {resource} 執行 {action}，而只有指定 "*" 的以資源為基礎的政策才能允許匿名呼叫者。',
  'reason.cross-account-no-resource-allow':
    '拒絕：跨帳戶時雙方都必須允許，而{policy}不允許 {caller} 對 {resource} 執行 {action}{missed}。',
  'reason.cross-account-no-resource-policy':
    '拒絕：跨帳戶時資源所在帳戶必須透過以資源為基礎的政策允許，而帳戶 {account} 中的 {resource} 沒有這樣的政策。',
  'reason.cross-account-no-identity-allow':
    '拒絕：{policy}允許 {caller}，但跨帳戶時 {caller} 的身分型政策也必須允許對 {resource} 執行 {action}，而沒有任何身分型政策允許。',
  'reason.cross-account-allowed': '允許：{policy}允許 {caller}，而且{identity}。',
  'reason.role-not-granted':
    '拒絕：{policy}不允許 {caller} 對 {resource} 執行 {action}{missed}；無論身分型政策如何規定，角色都必須由其本身的政策明確授予。',
  'reason.role-without-trust':
    '拒絕：{resource} 在此沒有信任政策，而無論身分型政策如何規定，角色都必須由其本身的政策明確授予。',
  'reason.key-not-granted':
    '拒絕：{policy}不允許 {caller} 對 {resource} 執行 {action}{missed}；無論身分型政策如何規定，KMS 金鑰都必須由其本身的政策明確授予。',
  'reason.key-without-policy':
    '拒絕：{resource} 在此沒有金鑰政策，而無論身分型政策如何規定，KMS 金鑰都必須由其本身的政策明確授予。',
  'reason.named-directly-allowed':
    '允許：{policy}中的{statement}直接指定了 {caller}，在同一帳戶內僅此一項即可授予存取權。',
  'reason.star-allowed':
    '允許：{policy}中的{statement}允許任何主體（"*"），{caller} 也包含在內：在同一帳戶內僅此一項即可授予存取權。',
  'reason.role-arn-allowed':
    '允許：{policy}中的{statement}透過角色 ARN 指定了 {caller}；只有許可界限或工作階段政策能限制這一點。',
  'reason.role-arn-limited': '拒絕：{policy}指定了該角色，但{limit}。',
  'reason.account-trust-no-identity-allow':
    '拒絕：{policy}信任帳戶 {account}，因此 {caller} 的身分型政策也必須允許對 {resource} 執行 {action}，而沒有任何身分型政策允許。',
  'reason.account-trust-allowed': '允許：{policy}信任帳戶 {account}，而且{identity}。',
  'reason.no-identity-allow': '拒絕：{caller} 的身分型政策都不允許對 {resource} 執行 {action}。',
  'reason.no-identity-or-resource-allow':
    '拒絕：{caller} 的身分型政策都不允許對 {resource} 執行 {action}，{policy}也不允許。',
  'reason.identity-allowed': '允許：{identity}。',
  'reason.identity-allow-limited': '拒絕：{identity}，但{limit}。',

  'reason.step.get-caller-identity':
    '{action} 不需要任何許可，任何政策都無法拒絕它，即使是明確的 Deny 也不行。',
  'reason.step.aws-owned': '無論政策如何規定，AWS 都會拒絕此請求：{resource} 是{owned}。',
  'reason.step.deny-applies': '{policy}中的{statement}拒絕對 {resource} 執行 {action}。',
  'reason.step.no-deny': '沒有適用的 Deny 陳述式。',
  'reason.step.level-fails': '{level} 層級沒有{org}允許對 {resource} 執行 {action}。',
  'reason.step.levels-allow': '每一個層級都有{org}允許此請求（{levels}）。',
  'reason.step.levels-not-governing': '{org}不管轄此請求。',
  'reason.step.levels-absent': '沒有{org} 參與。',
  'reason.step.resource-policy-absent': '沒有以資源為基礎的政策參與。',
  'reason.step.resource-policy-allows': '{policy}中的{statement}允許 {caller}（透過{named}指定）。',
  'reason.step.resource-policy-no-allow':
    '{policy}中沒有允許 {caller} 對 {resource} 執行 {action} 的陳述式。',
  'reason.step.identity-absent': '{caller} 沒有身分型政策。',
  'reason.step.root-full-access': '根使用者在自己的帳戶中擁有完整存取權。',
  'reason.step.identity-allows': '{identityPolicy}中的{identityStatement}允許對 {resource} 執行 {action}。',
  'reason.step.identity-no-allow': '{caller} 的身分型政策都不允許對 {resource} 執行 {action}。',
  'reason.step.boundary-absent': '沒有適用的許可界限。',
  'reason.step.boundary-allows': '許可界限允許對 {resource} 執行 {action}。',
  'reason.step.boundary-denies': '許可界限不允許對 {resource} 執行 {action}。',
  'reason.step.federated-without-session-policy':
    '聯合身分使用者工作階段未傳遞工作階段政策，因此本身沒有任何許可。',
  'reason.step.session-policy-absent': '未傳遞工作階段政策。',
  'reason.step.not-a-session': '呼叫者不是角色工作階段，不適用工作階段政策。',
  'reason.step.session-policy-allows': '工作階段政策允許對 {resource} 執行 {action}。',
  'reason.step.session-policy-denies': '工作階段政策不允許對 {resource} 執行 {action}。',

  'reason.caller.user': '使用者 {name}',
  'reason.caller.role': '角色 {name} 的工作階段',
  'reason.caller.assumedRole': '角色 {name} 的工作階段 {session}',
  'reason.caller.federatedUser': '聯合身分使用者 {name}',
  'reason.caller.root': '帳戶 {account} 的根使用者',
  'reason.caller.service': '服務 {name}',
  'reason.caller.oidcProvider': '來自 {name} 的 Web 身分',
  'reason.caller.samlProvider': '來自 {name} 的 SAML 聲明',
  'reason.caller.anonymous': '匿名呼叫者',
  'reason.caller.unknown': '「{principal}」',
  'reason.caller.outside': '帳戶 {account} 中的呼叫者',
  'reason.resource.role': '角色 {name}',
  'reason.policy.trust': '{resource} 的信任政策',
  'reason.policy.resource': '{resource} 的以資源為基礎的政策',
  'reason.policy.identity': '身分型政策「{name}」{at}',
  'reason.policy.scp': '服務控制政策 (SCP)「{name}」{at}',
  'reason.policy.rcp': '資源控制政策 (RCP)「{name}」{at}',
  'reason.policy.boundary': '許可界限「{name}」{at}',
  'reason.policy.session': '工作階段政策「{name}」{at}',
  'reason.policy.at': '（位於 {level}）',
  'reason.policy.outsideAssumed':
    '為其假設的身分型政策（它自己帳戶的政策不在情境中，假設允許 sts:AssumeRole）',
  'reason.statement.sid': '陳述式「{sid}」',
  'reason.statement.index': '第 {number} 個陳述式',
  'reason.identity.root': '根使用者擁有完整存取權',
  'reason.identity.policy': '{identityPolicy}允許此操作',
  'reason.limit.boundary': '許可界限不允許此操作',
  'reason.limit.session-policy': '工作階段政策不允許此操作',
  'reason.limit.no-session-policy': '未傳遞工作階段政策的聯合身分使用者工作階段本身沒有任何許可',
  'reason.missed': '（{statement}要求 {operator} {key} = {expected}；請求中的值為 {actual}）',
  'reason.missed.noKey': '無此索引鍵',
  'reason.missed.empty': '空值',
  'reason.owned.aws-managed-policy': 'AWS 受管政策；只有 AWS 能建立、建立版本、標記或刪除它',
  'reason.owned.identity-center-role':
    'IAM Identity Center 為許可集佈建的角色；只有 IAM Identity Center 能變更、標記或刪除它，且任何人都不能將它傳遞給服務',
  'reason.owned.service-linked-role':
    '服務連結角色；只有其服務能設定它的信任政策與許可，刪除它需使用 iam:DeleteServiceLinkedRole',
  'reason.owned.aws-managed-kms-alias': '為 AWS 受管金鑰保留的別名；只有 AWS 能建立、更新或刪除它',
  'reason.named.user': '使用者 ARN',
  'reason.named.role': '角色 ARN',
  'reason.named.session': '確切的工作階段 ARN',
  'reason.named.federatedSession': '聯合身分使用者 ARN',
  'reason.named.account': '其所在帳戶',
  'reason.named.star': '"*"',
  'reason.named.service': '服務主體',
  'reason.named.federated': '身分提供者',
  'reason.named.canonicalUser': '某個主體',
  'reason.org.SCP': '服務控制政策 (SCP)',
  'reason.org.RCP': '資源控制政策 (RCP)',
  'trace.note.not-action-excluded': '{value} 被 NotAction 排除',
  'trace.note.not-action-unlisted': '{value} 未列在 NotAction 中',
  'trace.note.resource-implied': '未寫 Resource 元素：政策作用於其所連接的資源（信任政策即其角色本身）',
  'trace.note.resource-missing': '此陳述式沒有 Resource 元素，AWS 會拒絕這樣的陳述式',
  'trace.note.not-resource-excluded': '{value} 被 NotResource 排除',
  'trace.note.no-principal': '此陳述式未指定任何主體',
  'trace.note.caller-unrecognised': '呼叫者不是 AWS 能識別的主體',
  'trace.note.principal-deleted-id': '{value} 是已刪除的使用者或角色留下的唯一 ID：它不符合任何人',
  'trace.note.principal-unrecognised': '「{value}」不是 AWS 能識別的主體',
  'trace.note.not-principal-listed': '呼叫者列在 NotPrincipal 中',
  'trace.note.not-principal-unlisted': '{value} 未列在 NotPrincipal 中',
};
