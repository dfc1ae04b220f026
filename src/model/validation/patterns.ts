/**
 * The identifier formats of a version-1 scenario, used by scenarioSchema.ts (and so by the
 * validator and schema/scenario.schema.json) and by the editing commands. Each has a label and,
 * for IAM ARNs, an explanation of the first broken part.
 * IAM identifiers: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
 */

export const PATTERNS = {
  accountId: /^\d{12}$/,
  roleArn: /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/,
  userArn: /^arn:aws[a-z-]*:iam::\d{12}:user\/[\w+=,.@/-]+$/,
  groupArn: /^arn:aws[a-z-]*:iam::\d{12}:group\/[\w+=,.@/-]+$/,
  instanceProfileArn: /^arn:aws[a-z-]*:iam::\d{12}:instance-profile\/[\w+=,.@/-]+$/,
  /** Customer managed (12-digit account) or AWS managed (`aws` in the account field). */
  managedPolicyArn: /^arn:aws[a-z-]*:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]+$/,
  identityProviderArn: /^arn:aws[a-z-]*:iam::\d{12}:(?:oidc-provider\/[^\s/][^\s]*|saml-provider\/[\w.-]+)$/,
  eksClusterArn: /^arn:aws[a-z-]*:eks:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9][A-Za-z0-9_-]*$/,
  lambdaFunctionArn: /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(?::[\w$-]+)?$/,
  ecsTaskDefinitionArn: /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[\w-]+(?::\d+)?$/,
  /** Any ARN: S3 buckets have no region or account, so those parts may be empty. */
  anyArn: /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12}|aws)?:.+$/,
  /** EC2 ids are `i-` and 8 (older) or 17 hex digits; anything in between is accepted. */
  instanceId: /^i-[0-9a-f]{8,17}$/,
  region: /^[a-z]{2}(?:-[a-z]+)+-\d+$/,
  oidcIssuer: /^https:\/\/[^\s/]+(?:\/[^\s]*)?$/,
  organizationId: /^o-[a-z0-9]{4,32}$/,
  orgRootId: /^r-[0-9a-z]{4,32}$/,
  orgChildUnitId: /^ou-[0-9a-z]{4,32}-[0-9a-z]{4,32}$/,
  orgPolicyId: /^(?:p-[0-9a-zA-Z_]{4,128}|arn:aws[a-z-]*:organizations::\d{12}:policy\/.+)$/,
  /** IAM names of inline policies: letters, digits and `+=,.@_-`, 1–128 characters. */
  policyName: /^[\w+=,.@-]{1,128}$/,
  /** Kubernetes object names (DNS subdomain): lower case, digits, `-` and `.`. */
  kubernetesName: /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/,
  /** sts:ExternalId: 2–1224 characters of letters, digits and `+=,.@:/_-`. */
  externalId: /^[\w+=,.@:/-]{2,1224}$/,
  /** RoleSessionName: 2–64 characters of letters, digits and `+=,.@_-`. */
  roleSessionName: /^[\w+=,.@-]{2,64}$/,
} as const;

export type PatternName = keyof typeof PATTERNS;

export const AWS_MANAGED_POLICY_RE = /^arn:aws[a-z-]*:iam::aws:policy\//;

/** The IAM resource prefix each IAM-ARN pattern expects, for messages that say what is wrong. */
const IAM_RESOURCE: Partial<Record<PatternName, { label: string; prefix: string; awsAccount?: boolean }>> = {
  roleArn: { label: 'a role ARN', prefix: 'role/' },
  userArn: { label: 'a user ARN', prefix: 'user/' },
  groupArn: { label: 'a group ARN', prefix: 'group/' },
  instanceProfileArn: { label: 'an instance profile ARN', prefix: 'instance-profile/' },
  managedPolicyArn: { label: 'a managed policy ARN', prefix: 'policy/', awsAccount: true },
  identityProviderArn: { label: 'an OIDC or SAML provider ARN', prefix: '' },
};

const LABELS: Record<PatternName, string> = {
  accountId: 'a 12-digit account id',
  roleArn: 'a role ARN (arn:aws:iam::123456789012:role/NAME)',
  userArn: 'a user ARN (arn:aws:iam::123456789012:user/NAME)',
  groupArn: 'a group ARN (arn:aws:iam::123456789012:group/NAME)',
  instanceProfileArn: 'an instance profile ARN (arn:aws:iam::123456789012:instance-profile/NAME)',
  managedPolicyArn:
    'a managed policy ARN (arn:aws:iam::123456789012:policy/NAME or arn:aws:iam::aws:policy/NAME)',
  identityProviderArn:
    'an OIDC or SAML provider ARN (arn:aws:iam::123456789012:oidc-provider/HOST or …:saml-provider/NAME)',
  eksClusterArn: 'an EKS cluster ARN (arn:aws:eks:REGION:123456789012:cluster/NAME)',
  lambdaFunctionArn: 'a Lambda function ARN (arn:aws:lambda:REGION:123456789012:function:NAME)',
  ecsTaskDefinitionArn:
    'an ECS task definition ARN (arn:aws:ecs:REGION:123456789012:task-definition/FAMILY:REV)',
  anyArn: 'an ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE)',
  instanceId: 'an EC2 instance id (i- followed by 8 to 17 hex digits)',
  region: 'an AWS region such as us-east-1',
  oidcIssuer: 'an https:// issuer URL',
  organizationId: 'an organization id (o-…)',
  orgRootId: 'a root id (r-…)',
  orgChildUnitId: 'an organizational unit id (ou-…-…)',
  orgPolicyId: 'an organization policy id (p-…) or policy ARN',
  policyName: 'a policy name (1–128 of letters, digits and +=,.@_-)',
  kubernetesName: 'a Kubernetes name (lower-case letters, digits, "-" and ".")',
  externalId: 'an external id (2–1224 of letters, digits and +=,.@:/_-)',
  roleSessionName: 'a role session name (2–64 of letters, digits and +=,.@_-)',
};

export function describePattern(name: PatternName): string {
  return LABELS[name];
}

/**
 * Why `value` does not match pattern `name`, in words: for IAM ARNs the first broken part
 * (partition, service, region, account, resource type), otherwise what was expected.
 */
export function explainMismatch(name: PatternName, value: string): string {
  const iam = IAM_RESOURCE[name];
  const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
  if (!iam) return `${shown} is not ${LABELS[name]}`;
  const parts = value.split(':');
  const [arn, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  let reason: string;
  if (arn !== 'arn' || parts.length < 6) reason = 'an ARN has six parts: arn:aws:iam::ACCOUNT:RESOURCE';
  else if (!/^aws[a-z-]*$/.test(partition ?? '')) reason = 'the partition must be aws, aws-cn or aws-us-gov';
  else if (service !== 'iam') reason = `the service must be iam, not "${service ?? ''}"`;
  else if (region !== '') reason = 'IAM ARNs have no region: write "iam::" with nothing between the colons';
  else if (!(PATTERNS.accountId.test(account ?? '') || (iam.awsAccount && account === 'aws')))
    reason = iam.awsAccount
      ? 'the account must be 12 digits, or "aws" for AWS managed policies'
      : 'the account must be 12 digits';
  else if (iam.prefix && !resource.startsWith(iam.prefix))
    reason = `the resource must start with "${iam.prefix}"`;
  else reason = `the name has characters IAM does not allow or is empty`;
  return `${shown} is not ${iam.label}: ${reason}`;
}
