/** Adding a resource (S3 bucket, KMS key, SQS queue, secret) with an optional resource policy. */
import { aResource, aResourcePolicy, type PolicyValue } from './builders';
import type { EditProblem } from './editScenario';
import type { ResourceSpec, Scenario } from './scenario';
import { PATTERNS } from './validation/patterns';

export type ResourceKind = 's3' | 'kms' | 'sqs' | 'secretsmanager';

/** `none`: no resource policy; `ownAccount`: the owning account's root; `principal`: an account id or ARN. */
export type ResourcePolicyTemplate = 'none' | 'ownAccount' | 'principal';

export interface ResourceInput {
  type: ResourceKind;
  account: string;
  /** Ignored for S3, whose ARNs carry no region. */
  region: string;
  /** Bucket name, key id, queue name or secret name. */
  name: string;
  policy: ResourcePolicyTemplate;
  principal?: string;
}

const NAMES: Record<ResourceKind, RegExp> = {
  s3: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
  kms: /^(?:mrk-)?[A-Za-z0-9-]{1,64}$/,
  sqs: /^[\w-]{1,80}(?:\.fifo)?$/,
  secretsmanager: /^[\w/+=.@-]{1,512}$/,
};

/** What each policy template lets the principal do. */
const ACTIONS: Record<ResourceKind, PolicyValue> = {
  s3: ['s3:GetObject', 's3:ListBucket'],
  kms: ['kms:Decrypt', 'kms:DescribeKey'],
  sqs: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
  secretsmanager: 'secretsmanager:GetSecretValue',
};

export function resourceArnOf(input: ResourceInput): string {
  const { account, region, name } = input;
  switch (input.type) {
    case 's3':
      return `arn:aws:s3:::${name}`;
    case 'kms':
      return `arn:aws:kms:${region}:${account}:key/${name}`;
    case 'sqs':
      return `arn:aws:sqs:${region}:${account}:${name}`;
    case 'secretsmanager':
      return `arn:aws:secretsmanager:${region}:${account}:secret:${name}`;
  }
}

export function checkResource(s: Scenario, input: ResourceInput): EditProblem | null {
  if (!NAMES[input.type].test(input.name)) return 'resourceName';
  if (input.type !== 's3' && !PATTERNS.region.test(input.region)) return 'region';
  if (!s.accounts.some((a) => a.id === input.account)) return 'unknownAccount';
  if (input.policy === 'principal') {
    const p = input.principal ?? '';
    if (!PATTERNS.accountId.test(p) && !PATTERNS.anyArn.test(p)) return 'principal';
  }
  return (s.resources ?? []).some((r) => r.arn === resourceArnOf(input)) ? 'duplicate' : null;
}

/** Key and secret policies name `*` as the resource; bucket policies name the bucket and its objects. */
function policyResources(type: ResourceSpec['type'], arn: string): PolicyValue {
  return type === 's3' ? [arn, `${arn}/*`] : type === 'kms' || type === 'secretsmanager' ? '*' : arn;
}

/**
 * A first policy for a resource that has none: its own account may read it, which the learner edits
 * (other kinds get the service's every action, to narrow down).
 */
export function resourcePolicyTemplate(resource: ResourceSpec): unknown {
  const account = resource.accountId ?? resource.arn.split(':')[4] ?? '';
  const service = resource.arn.split(':')[2] ?? '*';
  const actions = resource.type in ACTIONS ? ACTIONS[resource.type as ResourceKind] : `${service}:*`;
  return aResourcePolicy.allowing(account, actions, policyResources(resource.type, resource.arn));
}

export function addResource(s: Scenario, input: ResourceInput): Scenario {
  const problem = checkResource(s, input);
  if (problem) throw new Error(`invalid input: ${problem}`);
  const arn = resourceArnOf(input);
  const resources = policyResources(input.type, arn);
  const principal = input.policy === 'ownAccount' ? input.account : input.principal;
  const options: Parameters<typeof aResource>[2] = input.type === 's3' ? { accountId: input.account } : {};
  if (input.policy !== 'none' && principal)
    options.policy = aResourcePolicy.allowing(principal, ACTIONS[input.type], resources);
  return { ...s, resources: [...(s.resources ?? []), aResource(arn, input.type, options)] };
}
