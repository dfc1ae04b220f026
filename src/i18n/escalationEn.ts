/**
 * Escalation edges, group membership and self-escalation, in English: the edges' kinds and notes,
 * the assumptions techniques rest on, the finding, and the inspector's teaching section. Kept apart
 * from en.ts so the block merges as one line there.
 */
export const escalationEn = {
  'kind.group': 'IAM group',
  'edgeKind.MemberOf': 'member of (group)',
  'edgeKind.Escalation': 'privilege escalation',
  'edgeNote.member-of': 'User {user} is a member of group {group} and has its policies.',
  'edgeNote.escalation': '{caller} can obtain the permissions of {target} with {technique}.',
  'edgeNote.escalation-via':
    '{caller} can obtain the permissions of {target} with {technique}, through {via}.',
  'edgeNote.joined-assume-role':
    'Once {caller} has added itself to group {group}, it can assume {target}: the group’s policies allow what its own do not.',
  'edgeNote.joined-escalation':
    'Once {caller} has added itself to group {group}, it can obtain the permissions of {target} with {technique}.',
  'edgeNote.joined-escalation-via':
    'Once {caller} has added itself to group {group}, it can obtain the permissions of {target} with {technique}, through {via}.',
  'assumption.accessKeySlotAssumed':
    'User {user} is taken to have fewer than two access keys, so a new one can be created: an export does not list access keys.',
  'assumption.loginProfileAbsentAssumed':
    'User {user} is taken to have no console password and no MFA device, so a password can be created and used: an export shows neither.',
  'assumption.loginProfilePresentAssumed':
    'User {user} is taken to have a console password and no MFA device, so its password can be replaced and used: an export shows neither.',
  'assumption.managedNodeAssumed':
    'Instance {instance} is taken to be running as a Systems Manager managed node (SSM Agent registered): an export does not say.',
  'assumption.functionInvocationAssumed':
    'Function {function} is taken to run again after its code changes (a trigger, a schedule, a caller): an export does not show what invokes it.',
  'finding.title.self-escalation': 'Principal can give itself any permission',
  'finding.text.self-escalation':
    '{principal} may call {technique} on {resource}: it can give itself any permission, AdministratorAccess included. Limit that action to the resources it must change, or deny it with a permissions boundary or an SCP.',
  'finding.title.self-escalation-after-join': 'User can give itself any permission once it joins a group',
  'finding.text.self-escalation-after-join':
    '{principal} may add itself to group {group}, whose policies let it call {technique} on {resource}: it can then give itself any permission, AdministratorAccess included. Limit iam:AddUserToGroup to the groups it must manage, and that action to the resources it must change.',
  'escalation.title': 'How this privilege escalation works',
  'escalation.technique': 'Technique',
  'escalation.others': 'Also possible with: {techniques}',
  'escalation.calls': 'The calls, in order',
  'escalation.checks': 'What AWS checks at each step',
  'escalation.close': 'How to close it',
  'escalation.close.iamRoles':
    'Allow iam:UpdateAssumeRolePolicy, iam:AttachRolePolicy, iam:PutRolePolicy and iam:CreatePolicyVersion only on the roles and policies this principal must manage (and iam:AttachRolePolicy only with an iam:PolicyARN condition naming the policies it may attach), or deny them with a permissions boundary or an SCP.',
  'escalation.close.iamUsers':
    'Allow iam:CreateAccessKey, iam:CreateLoginProfile and iam:UpdateLoginProfile only on the principal’s own user (arn:aws:iam::*:user/${aws:username}), and iam:AddUserToGroup only on the groups it must manage.',
  'escalation.close.passRole':
    'Allow iam:PassRole only on the roles this principal must pass, with an iam:PassedToService condition naming the service; keep powerful roles out of that list.',
  'escalation.close.lambda':
    'Allow lambda:UpdateFunctionCode only on the functions this principal deploys, and keep powerful execution roles off the functions others can change.',
  'escalation.close.ssm':
    'Allow ssm:SendCommand and ssm:StartSession only on the instances (by ARN or aws:ResourceTag) this principal must operate, and keep powerful roles out of their instance profiles.',
  'escalation.doc': 'AWS documentation',
  'escalation.pathfinding': 'pathfinding.cloud {id}',
  'escalation.hop': 'escalation {technique}',
  'escalation.hopVia': 'escalation {technique} through {via}',
  'escalation.asJoiner': 'as {user}',
  'escalation.hopAsJoiner': '{hop}, as {user}',
} as const;

export type EscalationKey = keyof typeof escalationEn;
