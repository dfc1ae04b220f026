/**
 * Requests AWS decides whatever the policies say: sts:GetCallerIdentity, which every signed caller may
 * make, and changes to things AWS owns, which no customer may make. Data, one entry per rule with the
 * AWS page it comes from; evaluateRequest.ts asks at the start of its flow. Both checks begin with one
 * lookup of the lower-case action, so the requests no rule concerns pay only for that.
 */
import type { AwsRuleCode, AwsRuleRef } from './types';

/**
 * "No permissions are required to perform this operation. If an administrator attaches a policy to
 * your identity that explicitly denies access to the sts:GetCallerIdentity action, you can still
 * perform this operation." The request must still be signed: an anonymous caller has no identity.
 */
export const GET_CALLER_IDENTITY: AwsRuleRef & { action: string } = {
  code: 'get-caller-identity',
  source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
  action: 'sts:getcalleridentity',
};

/** A service-linked role's ARN: its path is `/aws-service-role/SERVICE/`. */
export const SERVICE_LINKED_ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\/aws-service-role\//;

export interface AwsOwned extends AwsRuleRef {
  /** The actions refused, lower case. */
  actions: ReadonlySet<string>;
  /** The resources AWS owns. */
  resource: RegExp;
  /** What the resource is: "an AWS managed policy". */
  what: string;
  /** Who alone may do it. */
  only: string;
}

const lower = (actions: string[]): ReadonlySet<string> => new Set(actions.map((a) => a.toLowerCase()));

/** Changes to a role's trust and permissions, which neither service-linked nor Identity Center roles take through IAM. */
const ROLE_POLICY_CHANGES = [
  'iam:UpdateAssumeRolePolicy',
  'iam:PutRolePolicy',
  'iam:DeleteRolePolicy',
  'iam:AttachRolePolicy',
  'iam:DetachRolePolicy',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
];

const OWNED: readonly AwsOwned[] = [
  {
    // "You cannot change the permissions defined in AWS managed policies": AWS writes and versions them.
    code: 'aws-managed-policy',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies',
    actions: lower([
      'iam:CreatePolicy',
      'iam:CreatePolicyVersion',
      'iam:DeletePolicy',
      'iam:DeletePolicyVersion',
      'iam:SetDefaultPolicyVersion',
      'iam:TagPolicy',
      'iam:UntagPolicy',
    ]),
    resource: /^arn:[^:]+:iam::aws:policy\//,
    what: 'an AWS managed policy',
    only: 'only AWS creates, versions, tags or deletes it',
  },
  {
    // Permission sets provision these roles; they are changed in IAM Identity Center, not in IAM.
    code: 'identity-center-role',
    source: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html',
    actions: lower([
      ...ROLE_POLICY_CHANGES,
      'iam:UpdateRole',
      'iam:UpdateRoleDescription',
      'iam:TagRole',
      'iam:UntagRole',
      'iam:DeleteRole',
      'iam:PassRole',
    ]),
    resource: /^arn:[^:]+:iam::\d{12}:role\/aws-reserved\/sso\.amazonaws\.com\//,
    what: 'a role IAM Identity Center provisions for a permission set',
    only: 'only IAM Identity Center changes, tags or deletes it, and no one passes it to a service',
  },
  {
    // The service defines the role's trust and permissions, which IAM will not let anyone edit;
    // deleting the role takes iam:DeleteServiceLinkedRole (after its service lets go), not iam:DeleteRole.
    code: 'service-linked-role',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
    actions: lower([...ROLE_POLICY_CHANGES, 'iam:DeleteRole']),
    resource: SERVICE_LINKED_ROLE_ARN,
    what: 'a service-linked role',
    only: 'only its service sets its trust and permissions, and it is deleted with iam:DeleteServiceLinkedRole',
  },
  {
    // Aliases beginning alias/aws/ are reserved for AWS managed keys: customers cannot create,
    // update or delete them.
    code: 'aws-managed-kms-alias',
    source: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    actions: lower(['kms:CreateAlias', 'kms:UpdateAlias', 'kms:DeleteAlias']),
    resource: /^arn:[^:]+:kms:[^:]*:[^:]*:alias\/aws\//,
    what: 'an alias reserved for AWS managed keys',
    only: 'only AWS creates, updates or deletes it',
  },
];

const GUARDED: ReadonlySet<string> = new Set(OWNED.flatMap((rule) => [...rule.actions]));

/** The rule that forbids this action on this resource because AWS owns it, if one does. */
export function findAwsOwned(actionLower: string, resource: string): AwsOwned | undefined {
  if (!GUARDED.has(actionLower)) return undefined;
  return OWNED.find((rule) => rule.actions.has(actionLower) && rule.resource.test(resource));
}

/** The English words of a rule about something AWS owns, by its code. */
export function awsOwnedWords(code: AwsRuleCode): { what: string; only: string } | undefined {
  return OWNED.find((rule) => rule.code === code);
}
