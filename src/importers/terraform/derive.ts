/**
 * The attributes other resources reference (an ARN, a name, an id) of a resource the plan has not
 * created yet: built from what is known, in the shapes AWS gives them
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns),
 * with a named placeholder, and an assumption, for a part nothing in the plan tells.
 */
import { prop, str } from '../located';
import { stringAt, type TfContext } from './context';
import { placeholderHex, placeholderName } from './placeholders';
import { accountOf, regionOf } from './placement';
import type { TfInstance } from './planDocument';
import { policyDocumentOf } from './policies';
import { issuerOf } from './workloads';

const IAM_KINDS: Readonly<Record<string, string>> = {
  aws_iam_role: 'role',
  aws_iam_user: 'user',
  aws_iam_group: 'group',
  aws_iam_policy: 'policy',
  aws_iam_instance_profile: 'instance-profile',
};

/** A known attribute, else a placeholder made from the address (and said to be one). */
function knownOr(ctx: TfContext, instance: TfInstance, attribute: string, placeholder: string): string {
  const known = stringAt(ctx, instance, [attribute]);
  if (known !== undefined) return known;
  ctx.reporter.assume('tf-known-after-apply', { address: instance.address, attribute, placeholder });
  return placeholder;
}

export function nameOf(ctx: TfContext, instance: TfInstance, attribute = 'name'): string {
  return knownOr(ctx, instance, attribute, placeholderName(instance.address));
}

/** The ARN: known, else built from the account, path and name. */
export function arnOf(ctx: TfContext, instance: TfInstance): string | undefined {
  const known = str(prop(instance.values, 'arn'));
  if (known !== undefined && known !== '') return known;
  const build = BUILDERS[instance.type];
  return build?.(ctx, instance);
}

const iamArn = (ctx: TfContext, instance: TfInstance): string => {
  const path = stringAt(ctx, instance, ['path']) ?? '/';
  const kind = IAM_KINDS[instance.type] ?? 'role';
  return `arn:aws:iam::${accountOf(ctx, instance)}:${kind}${path}${nameOf(ctx, instance)}`;
};

const regional =
  (service: string, separator: string, resource: (ctx: TfContext, i: TfInstance) => string) =>
  (ctx: TfContext, instance: TfInstance): string =>
    `arn:aws:${service}:${regionOf(ctx, instance)}:${accountOf(ctx, instance)}:${separator}${resource(ctx, instance)}`;

const BUILDERS: Readonly<Record<string, (ctx: TfContext, instance: TfInstance) => string>> = {
  ...Object.fromEntries(Object.keys(IAM_KINDS).map((type) => [type, iamArn])),
  aws_iam_openid_connect_provider: (ctx, instance) => {
    const url = knownOr(ctx, instance, 'url', `https://${placeholderName(instance.address)}`);
    return `arn:aws:iam::${accountOf(ctx, instance)}:oidc-provider/${url.replace(/^https:\/\//, '')}`;
  },
  aws_eks_cluster: regional('eks', 'cluster/', (ctx, i) => nameOf(ctx, i)),
  aws_lambda_function: regional('lambda', 'function:', (ctx, i) => nameOf(ctx, i, 'function_name')),
  aws_sqs_queue: regional('sqs', '', (ctx, i) => nameOf(ctx, i)),
  aws_sns_topic: regional('sns', '', (ctx, i) => nameOf(ctx, i)),
  aws_kms_key: regional('kms', 'key/', (ctx, i) => nameOf(ctx, i, 'key_id')),
  aws_secretsmanager_secret: regional('secretsmanager', 'secret:', (ctx, i) => nameOf(ctx, i)),
  aws_s3_bucket: (ctx, instance) => `arn:aws:s3:::${nameOf(ctx, instance, 'bucket')}`,
};

/** An attribute another resource references, for the kinds of resource trust chains read. */
export function deriveAttribute(ctx: TfContext, target: TfInstance, attribute: string): string | undefined {
  if (target.type === 'aws_iam_policy_document' && target.mode === 'data')
    return attribute === 'json' ? JSON.stringify(policyDocumentOf(ctx, target)) : undefined;
  if (attribute === 'arn') return arnOf(ctx, target);
  if (target.type === 'aws_eks_cluster' && attribute.startsWith('identity')) return issuerOf(ctx, target);
  // The id of an IAM policy and an SNS topic is its ARN; of most others, their name.
  if (
    attribute === 'id' &&
    ['aws_iam_policy', 'aws_sns_topic', 'aws_iam_openid_connect_provider'].includes(target.type)
  )
    return arnOf(ctx, target);
  if (target.type === 'aws_sqs_queue' && (attribute === 'url' || attribute === 'id'))
    return `https://sqs.${regionOf(ctx, target)}.amazonaws.com/${accountOf(ctx, target)}/${nameOf(ctx, target)}`;
  if (target.type === 'aws_instance' && attribute === 'id')
    return knownOr(ctx, target, 'id', `i-${placeholderHex(target.address, 17)}`);
  if (target.type === 'aws_organizations_policy' && attribute === 'id')
    return knownOr(ctx, target, 'id', `p-${placeholderHex(target.address, 8)}`);
  if (target.type === 'aws_organizations_organizational_unit' && attribute === 'id')
    return knownOr(
      ctx,
      target,
      'id',
      `ou-${placeholderHex(target.address, 4)}-${placeholderHex(target.address, 8)}`,
    );
  const names: Readonly<Record<string, string>> = {
    aws_s3_bucket: 'bucket',
    aws_lambda_function: 'function_name',
    aws_kms_key: 'key_id',
  };
  if (attribute === 'id' || attribute === 'name' || attribute === names[target.type])
    return nameOf(ctx, target, names[target.type] ?? 'name');
  return undefined;
}
