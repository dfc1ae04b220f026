/**
 * Resource policies from the AWS CLI's outputs, in the shapes it prints (written here, not copied):
 * the resource from the export itself, from --resource, or from the file's place and name.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from './importFiles';

const ACCOUNT = '111122223333';
const policy = (resource: string, action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowReader',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/Reader` },
        Action: action,
        Resource: resource,
      },
    ],
  });

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`;
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-password-AbCdEf`;
const FUNCTION = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`;

/** What each command prints (https://awscli.amazonaws.com/v2/documentation/api/latest/reference/index.html). */
const exports = {
  // aws s3api get-bucket-policy --bucket account-a-reports
  bucket: { Policy: policy('arn:aws:s3:::account-a-reports/*', 's3:GetObject') },
  // aws kms get-key-policy --key-id 1234abcd-… --policy-name default
  key: { Policy: policy('*', 'kms:Decrypt'), PolicyName: 'default' },
  // aws sqs get-queue-attributes --queue-url … --attribute-names Policy
  queue: { Attributes: { Policy: policy(QUEUE, 'sqs:SendMessage') } },
  // aws sns get-topic-attributes --topic-arn …
  topic: {
    Attributes: {
      Policy: policy(TOPIC, 'sns:Publish'),
      Owner: ACCOUNT,
      TopicArn: TOPIC,
      SubscriptionsConfirmed: '1',
      DisplayName: '',
    },
  },
  // aws secretsmanager get-resource-policy --secret-id db-password
  secret: { ARN: SECRET, Name: 'db-password', ResourcePolicy: policy('*', 'secretsmanager:GetSecretValue') },
  // aws lambda get-policy --function-name orders-api
  lambda: {
    Policy: policy(FUNCTION, 'lambda:InvokeFunction'),
    RevisionId: '4a7c9b61-2d3e-4f5a-8b9c-0d1e2f3a4b5c',
  },
};

const file = (name: string, value: object, resource?: string) => ({
  name,
  text: JSON.stringify(value, null, 4),
  ...(resource ? { resource } : {}),
});

describe('resource policies from the AWS CLI', () => {
  it('takes the resource from the file’s place and name, or from the export when it names it', () => {
    const result = importFiles([
      file('exports/s3/111122223333/account-a-reports.json', exports.bucket),
      file('kms/us-east-1/111122223333/1234abcd-12ab-34cd-56ef-1234567890ab.json', exports.key),
      file('topic.json', exports.topic),
      file('secret.json', exports.secret),
      file('lambda/us-east-1/111122223333/orders-api.json', exports.lambda),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.detected.map((d) => d.format)).toEqual(Array(5).fill('resource-policy'));
    const resources = result.scenario.resources ?? [];
    expect(resources.map((r) => [r.arn, r.type, r.accountId])).toEqual([
      ['arn:aws:s3:::account-a-reports', 's3', ACCOUNT],
      [KEY, 'kms', undefined],
      [FUNCTION, 'lambda', undefined],
      [SECRET, 'secretsmanager', undefined],
      [TOPIC, 'sns', undefined],
    ]);
    expect(resources[0]?.policy).toMatchObject({
      Statement: [{ Sid: 'AllowReader', Action: 's3:GetObject' }],
    });
  });

  it('takes it from --resource when the file does not say', () => {
    const result = importFiles([file('queue-policy.json', exports.queue, QUEUE)]);
    expect(result.problems).toEqual([]);
    expect(result.scenario.resources?.map((r) => [r.arn, r.type])).toEqual([[QUEUE, 'sqs']]);
  });

  it('says what is missing, at the policy, when nothing names the resource, and hands the policy back to ask', () => {
    const result = importFiles([file('policy.json', exports.queue)]);
    expect(result.scenario.resources).toBeUndefined();
    expect(result.policies).toEqual([
      {
        file: 'policy.json',
        kind: 'resource',
        document: JSON.parse(exports.queue.Attributes.Policy) as unknown,
      },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'policy.json',
        severity: 'error',
        field: 'Attributes.Policy',
        line: 3,
        message: expect.stringContaining('does not say whose') as unknown,
      }),
    ]);
  });

  it('warns when a bucket’s account is unknown, and reports a policy that is not JSON', () => {
    const warned = importFiles([file('s3/account-a-reports.json', exports.bucket)]);
    expect(warned.problems.map((p) => [p.severity, p.field])).toEqual([['warning', 'Policy']]);
    const broken = importFiles([file('s3/111122223333/b.json', { Policy: '{"Version": "2012-10-17", ' })]);
    expect(broken.problems.map((p) => [p.severity, p.field])).toEqual([['error', 'Policy']]);
  });
});
