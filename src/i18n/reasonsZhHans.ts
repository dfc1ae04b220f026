import type { ReasonKey } from './reasonsEn';

/** How the engine reached a decision, in Simplified Chinese; terms as in docs/glossary.md. */
export const reasonsZhHans: Record<ReasonKey, string> = {
  'reason.get-caller-identity': '允许：{action} 无需任何权限，任何策略都无法拒绝它，即使是显式 Deny 也不行。',
  'reason.explicit-deny':
    '显式拒绝：{policy}中的{statement}拒绝 {caller} 对 {resource} 执行 {action}，而显式拒绝优先于任何允许。',
  'reason.unknown-caller': '拒绝：“{principal}”不是 AWS 能识别的主体，因此任何策略都无法允许它。',
  'reason.root-cannot-assume': '拒绝：根用户不能代入角色：调用 sts:AssumeRole 需要 IAM 用户或角色的凭证。',
  'reason.anonymous-cannot-assume': '拒绝：匿名调用方不能代入角色：每种代入角色的方式都需要凭证或令牌。',
  'reason.aws-owned': '被 AWS 拒绝：{resource} 是{owned}。',
  'reason.no-rcp-allows': '拒绝：{level} 处没有任何资源控制策略 (RCP) 允许对 {resource} 执行 {action}。',
  'reason.no-scp-allows':
    '拒绝：{level} 处没有任何服务控制策略 (SCP) 允许 {caller} 对 {resource} 执行 {action}。',
  'reason.unsigned-allowed':
    '允许：{policy}中的{statement}直接指定了 {caller}，而服务主体没有可评估的身份策略。',
  'reason.unsigned-star-allowed':
    '允许：{policy}中的{statement}允许任何主体（"*"），{caller} 也包括在内：服务主体没有可评估的身份策略。',
  'reason.unsigned-not-allowed':
    '拒绝：{policy}不允许 {caller} 对 {resource} 执行 {action}{missed}，而 {caller} 自身没有身份策略。',
  'reason.unsigned-no-resource-policy':
    '拒绝：没有基于资源的策略允许 {caller} 对 {resource} 执行 {action}，而 {caller} 自身没有身份策略。',
  'reason.anonymous-not-allowed':
    '拒绝：{policy}不允许 {caller} 对 {resource} 执行 {action}{missed}，而只有指定 "*" 的基于资源的策略才能允许匿名调用方。',
  'reason.anonymous-no-resource-policy':
    '拒绝：没有基于资源的策略允许 {caller} 对 {resource} 执行 {action}，而只有指定 "*" 的基于资源的策略才能允许匿名调用方。',
  'reason.cross-account-no-resource-allow':
    '拒绝：跨账户时双方都必须允许，而{policy}不允许 {caller} 对 {resource} 执行 {action}{missed}。',
  'reason.cross-account-no-resource-policy':
    '拒绝：跨账户时资源所在账户必须通过基于资源的策略允许，而账户 {account} 中的 {resource} 没有这样的策略。',
  'reason.cross-account-no-identity-allow':
    '拒绝：{policy}允许 {caller}，但跨账户时 {caller} 的身份策略也必须允许对 {resource} 执行 {action}，而没有任何身份策略允许。',
  'reason.cross-account-allowed': '允许：{policy}允许 {caller}，并且{identity}。',
  'reason.role-not-granted':
    '拒绝：{policy}不允许 {caller} 对 {resource} 执行 {action}{missed}；无论身份策略如何规定，角色都必须由其自身的策略显式授予。',
  'reason.role-without-trust':
    '拒绝：{resource} 在此没有信任策略，而无论身份策略如何规定，角色都必须由其自身的策略显式授予。',
  'reason.key-not-granted':
    '拒绝：{policy}不允许 {caller} 对 {resource} 执行 {action}{missed}；无论身份策略如何规定，KMS 密钥都必须由其自身的策略显式授予。',
  'reason.key-without-policy':
    '拒绝：{resource} 在此没有密钥策略，而无论身份策略如何规定，KMS 密钥都必须由其自身的策略显式授予。',
  'reason.named-directly-allowed':
    '允许：{policy}中的{statement}直接指定了 {caller}，在同一账户内仅此一项即可授予访问权限。',
  'reason.star-allowed':
    '允许：{policy}中的{statement}允许任何主体（"*"），{caller} 也包括在内：在同一账户内仅此一项即可授予访问权限。',
  'reason.role-arn-allowed':
    '允许：{policy}中的{statement}通过角色 ARN 指定了 {caller}；只有权限边界或会话策略能限制这一点。',
  'reason.role-arn-limited': '拒绝：{policy}指定了该角色，但{limit}。',
  'reason.account-trust-no-identity-allow':
    '拒绝：{policy}信任账户 {account}，因此 {caller} 的身份策略也必须允许对 {resource} 执行 {action}，而没有任何身份策略允许。',
  'reason.account-trust-allowed': '允许：{policy}信任账户 {account}，并且{identity}。',
  'reason.no-identity-allow': '拒绝：{caller} 的身份策略都不允许对 {resource} 执行 {action}。',
  'reason.no-identity-or-resource-allow':
    '拒绝：{caller} 的身份策略都不允许对 {resource} 执行 {action}，{policy}也不允许。',
  'reason.identity-allowed': '允许：{identity}。',
  'reason.identity-allow-limited': '拒绝：{identity}，但{limit}。',

  'reason.step.get-caller-identity': '{action} 无需任何权限，任何策略都无法拒绝它，即使是显式 Deny 也不行。',
  'reason.step.aws-owned': '无论策略如何规定，AWS 都会拒绝此请求：{resource} 是{owned}。',
  'reason.step.deny-applies': '{policy}中的{statement}拒绝对 {resource} 执行 {action}。',
  'reason.step.no-deny': '没有适用的 Deny 语句。',
  'reason.step.level-fails': '{level} 处没有{org}允许对 {resource} 执行 {action}。',
  'reason.step.levels-allow': '每一级都有{org}允许该请求（{levels}）。',
  'reason.step.levels-not-governing': '{org}不管辖此请求。',
  'reason.step.levels-absent': '没有{org} 参与。',
  'reason.step.resource-policy-absent': '没有基于资源的策略参与。',
  'reason.step.resource-policy-allows': '{policy}中的{statement}允许 {caller}（通过{named}指定）。',
  'reason.step.resource-policy-no-allow': '{policy}中没有允许 {caller} 对 {resource} 执行 {action} 的语句。',
  'reason.step.identity-absent': '{caller} 没有身份策略。',
  'reason.step.root-full-access': '根用户在自己的账户中拥有完全访问权限。',
  'reason.step.identity-allows': '{identityPolicy}中的{identityStatement}允许对 {resource} 执行 {action}。',
  'reason.step.identity-no-allow': '{caller} 的身份策略都不允许对 {resource} 执行 {action}。',
  'reason.step.boundary-absent': '没有适用的权限边界。',
  'reason.step.boundary-allows': '权限边界允许对 {resource} 执行 {action}。',
  'reason.step.boundary-denies': '权限边界不允许对 {resource} 执行 {action}。',
  'reason.step.federated-without-session-policy': '联合用户会话未传递会话策略，因此自身没有任何权限。',
  'reason.step.session-policy-absent': '未传递会话策略。',
  'reason.step.not-a-session': '调用方不是角色会话，会话策略不适用。',
  'reason.step.session-policy-allows': '会话策略允许对 {resource} 执行 {action}。',
  'reason.step.session-policy-denies': '会话策略不允许对 {resource} 执行 {action}。',

  'reason.caller.user': '用户 {name}',
  'reason.caller.role': '角色 {name} 的会话',
  'reason.caller.assumedRole': '角色 {name} 的会话 {session}',
  'reason.caller.federatedUser': '联合用户 {name}',
  'reason.caller.root': '账户 {account} 的根用户',
  'reason.caller.service': '服务 {name}',
  'reason.caller.oidcProvider': '来自 {name} 的 Web 身份',
  'reason.caller.samlProvider': '来自 {name} 的 SAML 断言',
  'reason.caller.anonymous': '匿名调用方',
  'reason.caller.unknown': '“{principal}”',
  'reason.caller.outside': '账户 {account} 中的调用方',
  'reason.resource.role': '角色 {name}',
  'reason.policy.trust': '{resource} 的信任策略',
  'reason.policy.resource': '{resource} 的基于资源的策略',
  'reason.policy.identity': '身份策略“{name}”{at}',
  'reason.policy.scp': '服务控制策略 (SCP)“{name}”{at}',
  'reason.policy.rcp': '资源控制策略 (RCP)“{name}”{at}',
  'reason.policy.boundary': '权限边界“{name}”{at}',
  'reason.policy.session': '会话策略“{name}”{at}',
  'reason.policy.at': '（位于 {level}）',
  'reason.policy.outsideAssumed': '为其假设的身份策略（它自己账户的策略不在场景中，假设允许 sts:AssumeRole）',
  'reason.statement.sid': '语句“{sid}”',
  'reason.statement.index': '第 {number} 条语句',
  'reason.identity.root': '根用户拥有完全访问权限',
  'reason.identity.policy': '{identityPolicy}允许该操作',
  'reason.limit.boundary': '权限边界不允许该操作',
  'reason.limit.session-policy': '会话策略不允许该操作',
  'reason.limit.no-session-policy': '未传递会话策略的联合用户会话自身没有任何权限',
  'reason.missed': '（{statement}要求 {operator} {key} = {expected}；请求中的值为 {actual}）',
  'reason.missed.noKey': '无此键',
  'reason.missed.empty': '空值',
  'reason.owned.aws-managed-policy': 'AWS 托管策略；只有 AWS 能创建、版本化、标记或删除它',
  'reason.owned.identity-center-role':
    'IAM Identity Center 为权限集预置的角色；只有 IAM Identity Center 能更改、标记或删除它，且任何人都不能将它传递给服务',
  'reason.owned.service-linked-role':
    '服务相关角色；只有其服务能设置它的信任策略和权限，删除它需使用 iam:DeleteServiceLinkedRole',
  'reason.owned.aws-managed-kms-alias': '为 AWS 托管密钥保留的别名；只有 AWS 能创建、更新或删除它',
  'reason.named.user': '用户 ARN',
  'reason.named.role': '角色 ARN',
  'reason.named.session': '确切的会话 ARN',
  'reason.named.federatedSession': '联合用户 ARN',
  'reason.named.account': '其所在账户',
  'reason.named.star': '"*"',
  'reason.named.service': '服务主体',
  'reason.named.federated': '身份提供商',
  'reason.named.canonicalUser': '某个主体',
  'reason.org.SCP': '服务控制策略 (SCP)',
  'reason.org.RCP': '资源控制策略 (RCP)',
  'trace.note.not-action-excluded': '{value} 被 NotAction 排除',
  'trace.note.not-action-unlisted': '{value} 未列在 NotAction 中',
  'trace.note.resource-implied': '未写 Resource 元素：策略作用于它所附加到的资源（信任策略即其角色本身）',
  'trace.note.resource-missing': '该语句没有 Resource 元素，AWS 会拒绝这样的语句',
  'trace.note.not-resource-excluded': '{value} 被 NotResource 排除',
  'trace.note.no-principal': '该语句没有指定任何主体',
  'trace.note.caller-unrecognised': '调用方不是 AWS 能识别的主体',
  'trace.note.principal-deleted-id': '{value} 是已删除的用户或角色留下的唯一 ID：它不匹配任何人',
  'trace.note.principal-unrecognised': '“{value}”不是 AWS 能识别的主体',
  'trace.note.not-principal-listed': '调用方列在 NotPrincipal 中',
  'trace.note.not-principal-unlisted': '{value} 未列在 NotPrincipal 中',
};
