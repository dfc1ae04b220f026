import type { EscalationKey } from './escalationEn';

/** Escalation edges, group membership and self-escalation in Simplified Chinese; terms as in docs/glossary.md. */
export const escalationZhHans: Record<EscalationKey, string> = {
  'kind.group': 'IAM 用户组',
  'edgeKind.MemberOf': '成员（用户组）',
  'edgeKind.Escalation': '权限提升',
  'edgeNote.member-of': '用户 {user} 是用户组 {group} 的成员，拥有它的策略。',
  'edgeNote.escalation': '{caller} 可以通过 {technique} 获得 {target} 的权限。',
  'edgeNote.escalation-via': '{caller} 可以通过 {technique}（经由 {via}）获得 {target} 的权限。',
  'edgeNote.joined-assume-role':
    '{caller} 把自己加入用户组 {group} 后即可代入 {target}：该用户组的策略允许了它自己的策略所不允许的操作。',
  'edgeNote.joined-escalation':
    '{caller} 把自己加入用户组 {group} 后，可以通过 {technique} 获得 {target} 的权限。',
  'edgeNote.joined-escalation-via':
    '{caller} 把自己加入用户组 {group} 后，可以通过 {technique}（经由 {via}）获得 {target} 的权限。',
  'assumption.accessKeySlotAssumed':
    '用户 {user} 被视为访问密钥少于两个，因此可以再创建一个：导出内容不列出访问密钥。',
  'assumption.loginProfileAbsentAssumed':
    '用户 {user} 被视为没有控制台密码，也没有 MFA 设备，因此可以创建并使用密码：导出内容两者都不显示。',
  'assumption.loginProfilePresentAssumed':
    '用户 {user} 被视为有控制台密码但没有 MFA 设备，因此可以替换并使用其密码：导出内容两者都不显示。',
  'assumption.managedNodeAssumed':
    '实例 {instance} 被视为正在作为 Systems Manager 托管节点运行（SSM Agent 已注册）：导出内容没有说明。',
  'assumption.functionInvocationAssumed':
    '函数 {function} 被视为在代码更改后会再次运行（触发器、计划或调用方）：导出内容不显示由什么调用它。',
  'finding.title.self-escalation': '主体可以给自己任何权限',
  'finding.text.self-escalation':
    '{principal} 可以对 {resource} 调用 {technique}：它可以给自己任何权限，包括 AdministratorAccess。请将该操作限制在它必须更改的资源上，或用权限边界或 SCP 拒绝它。',
  'finding.title.self-escalation-after-join': '用户加入用户组后可以给自己任何权限',
  'finding.text.self-escalation-after-join':
    '{principal} 可以把自己加入用户组 {group}，该用户组的策略允许它对 {resource} 调用 {technique}：之后它可以给自己任何权限，包括 AdministratorAccess。请将 iam:AddUserToGroup 限制在它必须管理的用户组上，并将该操作限制在它必须更改的资源上。',
  'escalation.title': '这次权限提升是如何进行的',
  'escalation.technique': '手法',
  'escalation.others': '也可以通过：{techniques}',
  'escalation.calls': '按顺序进行的调用',
  'escalation.checks': 'AWS 在每一步检查什么',
  'escalation.close': '如何关闭它',
  'escalation.close.iamRoles':
    '只允许对此主体必须管理的角色和策略调用 iam:UpdateAssumeRolePolicy、iam:AttachRolePolicy、iam:PutRolePolicy 和 iam:CreatePolicyVersion（iam:AttachRolePolicy 还应带有列出可附加策略的 iam:PolicyARN 条件），或用权限边界或 SCP 拒绝它们。',
  'escalation.close.iamUsers':
    '只允许对主体自己的用户（arn:aws:iam::*:user/${aws:username}）调用 iam:CreateAccessKey、iam:CreateLoginProfile 和 iam:UpdateLoginProfile，只允许对它必须管理的用户组调用 iam:AddUserToGroup。',
  'escalation.close.passRole':
    '只允许对此主体必须传递的角色调用 iam:PassRole，并用 iam:PassedToService 条件指定服务；不要把高权限角色放进该列表。',
  'escalation.close.lambda':
    '只允许对此主体部署的函数调用 lambda:UpdateFunctionCode，不要让其他人可以更改的函数使用高权限执行角色。',
  'escalation.close.ssm':
    '只允许对此主体必须操作的实例（按 ARN 或 aws:ResourceTag）调用 ssm:SendCommand 和 ssm:StartSession，不要把高权限角色放进它们的实例配置文件。',
  'escalation.doc': 'AWS 文档',
  'escalation.pathfinding': 'pathfinding.cloud {id}',
  'escalation.hop': '权限提升 {technique}',
  'escalation.hopVia': '权限提升 {technique}（经由 {via}）',
  'escalation.asJoiner': '以 {user} 的身份',
  'escalation.hopAsJoiner': '{hop}，以 {user} 的身份',
};
