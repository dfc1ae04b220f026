/**
 * The AWS CLI's outputs that carry a resource's policy, each a JSON string inside:
 * `aws s3api get-bucket-policy`, `aws kms get-key-policy` and `aws lambda get-policy` print
 * `{"Policy": "…"}`, `aws sqs get-queue-attributes --attribute-names Policy` and
 * `aws sns get-topic-attributes` print `{"Attributes": {"Policy": "…"}}`, and
 * `aws secretsmanager get-resource-policy` prints `{"ARN", "Name", "ResourcePolicy": "…"}`.
 * Most do not name their resource: it comes from the export itself when it does (a topic's
 * `TopicArn`, a secret's `ARN`), else from the file's place and name (docs/importing.md):
 * `s3/BUCKET.json` or `s3/ACCOUNT/BUCKET.json`, `SERVICE/REGION/ACCOUNT/NAME.json` for kms, sqs,
 * sns, secretsmanager and lambda, or the resource's ARN; else from `--resource ARN`.
 */
import type { ResourceSpec, ResourceType } from '../model/scenario';
import { defined, readPolicyDocument, splitArn } from './common';
import { hasProp, isObject, prop, propStr, type Located, type Reporter } from './located';
import type { ImportFile, ScenarioFragment } from './types';

/** The field holding the policy, wherever the export puts it. */
function policyField(doc: Located): Located | undefined {
  const attributes = prop(doc, 'Attributes');
  return (
    prop(doc, 'ResourcePolicy') ?? (isObject(attributes) ? prop(attributes, 'Policy') : prop(doc, 'Policy'))
  );
}

export function looksLikeResourcePolicy(doc: Located): boolean {
  if (doc.node.kind !== 'object') return false;
  const field = policyField(doc);
  if (field?.node.kind !== 'string') return false;
  const keys = doc.node.properties.map((p) => p.key);
  return (
    keys.every((k) => EXPORT_KEYS.has(k)) &&
    (hasProp(doc, 'Policy') || hasProp(doc, 'Attributes') || hasProp(doc, 'ResourcePolicy'))
  );
}

const EXPORT_KEYS = new Set([
  'Policy',
  'PolicyName',
  'RevisionId',
  'Attributes',
  'ARN',
  'Name',
  'ResourcePolicy',
]);

const TYPES: Readonly<Record<string, ResourceType>> = {
  s3: 's3',
  kms: 'kms',
  sqs: 'sqs',
  sns: 'sns',
  secretsmanager: 'secretsmanager',
  lambda: 'lambda',
};

export function importResourcePolicy(doc: Located, file: ImportFile, reporter: Reporter): ScenarioFragment {
  const field = policyField(doc) as Located;
  const arn = ownArn(doc) ?? arnFromPlace(file.name) ?? file.resource;
  if (arn === undefined) {
    reporter.error('resource-policy-owner-unknown', { file: file.name }, field);
    return {};
  }
  const policy = readPolicyDocument(field, reporter, { subject: 'resource-policy' });
  if (policy === undefined) return {};
  const parts = splitArn(arn);
  const accountId = parts?.account || accountFromPlace(file.name);
  if (!accountId) reporter.warning('resource-policy-account-unknown', { arn }, field);
  const resource: ResourceSpec = defined({
    arn,
    type: TYPES[parts?.service ?? ''] ?? 'other',
    accountId: parts?.account ? undefined : accountId,
    policy,
  });
  return { resources: [resource] };
}

/**
 * The policy of an export whose resource nothing names, handed back for the app to ask where it
 * goes (as a bare policy document is); undefined when the export places itself or cannot be read.
 */
export function unplacedPolicy(doc: Located, file: ImportFile): unknown {
  if ((ownArn(doc) ?? arnFromPlace(file.name) ?? file.resource) !== undefined) return undefined;
  const field = policyField(doc);
  return readPolicyDocument(
    field,
    { file: file.name, error: () => undefined, warning: () => undefined, assume: () => undefined },
    { subject: 'resource-policy' },
  );
}

/** The ARN the export names itself: a topic's, a secret's, a queue's when asked for. */
function ownArn(doc: Located): string | undefined {
  const attributes = prop(doc, 'Attributes');
  return propStr(doc, 'ARN') ?? propStr(attributes, 'TopicArn') ?? propStr(attributes, 'QueueArn');
}

/** The folders and the name of the file, without `.json`. */
function place(name: string): string[] {
  return name
    .replace(/\.json$/i, '')
    .split(/[\\/]/)
    .filter((p) => p !== '' && p !== '.');
}

/** The resource a file's place and name give, if they follow the documented layout. */
export function arnFromPlace(name: string): string | undefined {
  const parts = place(name);
  const base = parts.at(-1) ?? '';
  if (base.startsWith('arn:')) return base;
  const s3 = parts.lastIndexOf('s3');
  if (s3 >= 0 && s3 >= parts.length - 3 && s3 < parts.length - 1) return `arn:aws:s3:::${base}`;
  const [service, region, account] = parts.slice(-4, -1);
  if (service === undefined || region === undefined || !/^\d{12}$/.test(account ?? '')) return undefined;
  const prefix = `arn:aws:${service}:${region}:${account}:`;
  switch (service) {
    case 'kms':
      return `${prefix}key/${base}`;
    case 'sqs':
    case 'sns':
      return `${prefix}${base}`;
    case 'secretsmanager':
      return `${prefix}secret:${base}`;
    case 'lambda':
      return `${prefix}function:${base}`;
    default:
      return undefined;
  }
}

/** The account of `s3/ACCOUNT/BUCKET.json`. */
function accountFromPlace(name: string): string | undefined {
  const parts = place(name);
  const account = parts.at(-2);
  return parts.at(-3) === 's3' && /^\d{12}$/.test(account ?? '') ? account : undefined;
}
