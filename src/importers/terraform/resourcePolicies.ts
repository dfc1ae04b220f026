/**
 * Resource policies in a plan, of the resources the scenario evaluates: S3 bucket policies, KMS key
 * policies, SQS queue, SNS topic and Secrets Manager secret policies, set on the resource itself or
 * by a resource of their own (`aws_s3_bucket_policy`, `aws_kms_key_policy`, …).
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy
 */
import type { ResourceSpec, ResourceType } from '../../model/scenario';
import { splitArn } from '../common';
import { instancesOf, stringAt, type TfContext } from './context';
import { arnOf } from './derive';
import { accountOf, regionOf } from './placement';
import type { TfInstance } from './planDocument';
import { policyAt } from './policies';

interface Source {
  type: ResourceType;
  /** The resource whose policy it is, from the policy resource's attributes. */
  arn: (ctx: TfContext, instance: TfInstance) => string | undefined;
}

const fromAttribute =
  (field: string) =>
  (ctx: TfContext, instance: TfInstance): string | undefined =>
    stringAt(ctx, instance, [field]);

/** https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html */
function queueArn(ctx: TfContext, instance: TfInstance): string | undefined {
  const url = stringAt(ctx, instance, ['queue_url']);
  const match =
    url === undefined ? null : /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com\/(\d{12})\/(.+)$/.exec(url);
  return match ? `arn:aws:sqs:${match[1]}:${match[2]}:${match[3]}` : undefined;
}

function keyArn(ctx: TfContext, instance: TfInstance): string | undefined {
  const key = stringAt(ctx, instance, ['key_id']);
  if (key === undefined || key.startsWith('arn:')) return key;
  return `arn:aws:kms:${regionOf(ctx, instance)}:${accountOf(ctx, instance)}:key/${key}`;
}

function bucketArn(ctx: TfContext, instance: TfInstance): string | undefined {
  const bucket = stringAt(ctx, instance, ['bucket']);
  return bucket === undefined || bucket.startsWith('arn:') ? bucket : `arn:aws:s3:::${bucket}`;
}

const SOURCES: Readonly<Record<string, Source>> = {
  aws_s3_bucket_policy: { type: 's3', arn: bucketArn },
  aws_kms_key: { type: 'kms', arn: arnOf },
  aws_kms_key_policy: { type: 'kms', arn: keyArn },
  aws_sqs_queue: { type: 'sqs', arn: arnOf },
  aws_sqs_queue_policy: { type: 'sqs', arn: queueArn },
  aws_sns_topic: { type: 'sns', arn: arnOf },
  aws_sns_topic_policy: { type: 'sns', arn: fromAttribute('arn') },
  aws_secretsmanager_secret: { type: 'secretsmanager', arn: arnOf },
  aws_secretsmanager_secret_policy: { type: 'secretsmanager', arn: fromAttribute('secret_arn') },
};

export function readResourcePolicies(ctx: TfContext): ResourceSpec[] {
  const resources = new Map<string, ResourceSpec>();
  for (const [type, source] of Object.entries(SOURCES)) {
    for (const instance of instancesOf(ctx, type)) {
      const policy = policyAt(ctx, instance, ['policy']);
      if (policy === undefined) continue;
      const arn = source.arn(ctx, instance);
      if (arn === undefined) {
        ctx.reporter.warning('tf-policy-resource-unknown', { address: instance.address }, instance.values);
        continue;
      }
      // An S3 ARN has no account: the owner is the account the provider works in.
      const owner = splitArn(arn)?.account ? {} : { accountId: accountOf(ctx, instance) };
      resources.set(arn, { arn, type: source.type, ...owner, policy });
    }
  }
  return [...resources.values()];
}
