import { describe, expect, it } from 'vitest';
import { diagnosticCodes, type DiagnosticKey } from '../diagnostics';
import type { Diagnostic, PolicyKind } from '../types';
import { parsePolicy, parsePolicyValue, type ActionCatalog } from './parsePolicy';

const at = (d: Diagnostic | undefined): string =>
  d === undefined ? 'none' : `${d.range.start.line}:${d.range.start.column}`;

/** A one-statement policy of the given kind, pretty-printed so positions are predictable. */
function statementPolicy(statement: Record<string, unknown>, version: string | undefined = '2012-10-17'): string {
  const doc: Record<string, unknown> = version === undefined ? {} : { Version: version };
  doc['Statement'] = [statement];
  return JSON.stringify(doc, null, 2);
}

const allowS3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' };

function diagnosticsOf(text: string, kind: PolicyKind, catalog?: ActionCatalog): Diagnostic[] {
  return parsePolicy(text, kind, catalog === undefined ? {} : { catalog }).diagnostics;
}

const IRSA_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
      },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:default:my-service-account",
          "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"
        }
      }
    }
  ]
}`;

const EC2_TRUST = `{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": { "Service": "ec2.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }
}`;

const CROSS_ACCOUNT_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrustPartner",
      "Effect": "Allow",
      "Principal": { "AWS": ["arn:aws:iam::444455556666:root", "444455556666", "arn:aws:iam::444455556666:role/Deployer"] },
      "Action": ["sts:AssumeRole", "sts:TagSession"],
      "Condition": {
        "StringEquals": { "sts:ExternalId": "Unique-ID-9f3a" },
        "Bool": { "aws:MultiFactorAuthPresent": true },
        "NumericLessThan": { "aws:MultiFactorAuthAge": 3600 }
      }
    }
  ]
}`;

const S3_BUCKET_POLICY = `{
  "Version": "2012-10-17",
  "Id": "BucketPolicy",
  "Statement": [
    {
      "Sid": "AllowCloudFrontRead",
      "Effect": "Allow",
      "Principal": { "Service": "cloudfront.amazonaws.com" },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::example-bucket/*",
      "Condition": { "ArnLike": { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/*" } }
    },
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    },
    {
      "Sid": "OfficeOnly",
      "Effect": "Deny",
      "NotPrincipal": { "AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/Admin"] },
      "Action": "s3:DeleteBucket",
      "Resource": "arn:aws:s3:::example-bucket",
      "Condition": { "NotIpAddress": { "aws:SourceIp": ["192.0.2.0/24", "2001:db8::/32", "203.0.113.7"] } }
    }
  ]
}`;

const SCP_NOT_ACTION = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOutsideApprovedRegions",
      "Effect": "Deny",
      "NotAction": ["iam:*", "organizations:*", "sts:*", "support:*"],
      "Resource": "*",
      "Condition": {
        "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] },
        "ArnNotLike": { "aws:PrincipalARN": "arn:aws:iam::*:role/OrganizationAccountAccessRole" },
        "DateGreaterThan": { "aws:CurrentTime": "2024-01-01T00:00:00Z" }
      }
    }
  ]
}`;

describe('parsePolicy on real AWS documents', () => {
  it('reads an IRSA trust policy with an OIDC provider and :sub/:aud conditions', () => {
    const { policy, diagnostics } = parsePolicy(IRSA_TRUST, 'trust');
    expect(diagnostics).toEqual([]);
    const [statement] = policy?.statements ?? [];
    expect(statement?.principal).toEqual([
      {
        type: 'Federated',
        value: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
        range: expect.objectContaining({ start: expect.objectContaining({ line: 7, column: 22 }) }),
      },
    ]);
    expect(statement?.action).toEqual(['sts:AssumeRoleWithWebIdentity']);
    expect(statement?.resource).toBeUndefined();
    expect(statement?.condition.map(({ operator, key, values }) => ({ operator, key, values }))).toEqual([
      {
        operator: 'StringEquals',
        key: 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub',
        values: ['system:serviceaccount:default:my-service-account'],
      },
      { operator: 'StringEquals', key: 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud', values: ['sts.amazonaws.com'] },
    ]);
    expect(at({ range: statement?.condition[0]?.range } as Diagnostic)).toBe('12:11');
    expect(statement?.elementRanges?.Condition?.start.line).toBe(10);
    expect(statement?.range?.start).toEqual({ line: 4, column: 5, offset: expect.any(Number) });
  });

  it('reads an EC2 trust policy whose Statement is a single object', () => {
    const { policy, diagnostics } = parsePolicy(EC2_TRUST, 'trust');
    expect(diagnostics).toEqual([]);
    expect(policy?.version).toBe('2012-10-17');
    expect(policy?.statements).toHaveLength(1);
    expect(policy?.statements[0]).toMatchObject({ index: 0, effect: 'Allow', action: ['sts:AssumeRole'], condition: [] });
    expect(policy?.statements[0]?.principal?.map((p) => [p.type, p.value])).toEqual([['Service', 'ec2.amazonaws.com']]);
  });

  it('reads a cross-account trust with sts:ExternalId, stringifying booleans and numbers', () => {
    const { policy, diagnostics } = parsePolicy(CROSS_ACCOUNT_TRUST, 'trust');
    expect(diagnostics).toEqual([]);
    const statement = policy?.statements[0];
    expect(statement?.sid).toBe('TrustPartner');
    expect(statement?.principal?.map((p) => p.value)).toEqual([
      'arn:aws:iam::444455556666:root',
      '444455556666',
      'arn:aws:iam::444455556666:role/Deployer',
    ]);
    expect(statement?.condition.map((c) => [c.operator, c.key, c.values])).toEqual([
      ['StringEquals', 'sts:ExternalId', ['Unique-ID-9f3a']],
      ['Bool', 'aws:MultiFactorAuthPresent', ['true']],
      ['NumericLessThan', 'aws:MultiFactorAuthAge', ['3600']],
    ]);
  });

  it('reads an S3 bucket policy with Id, "*" principal and NotPrincipal+Deny', () => {
    const { policy, diagnostics } = parsePolicy(S3_BUCKET_POLICY, 'resource');
    expect(diagnostics).toEqual([]);
    expect(policy?.id).toBe('BucketPolicy');
    expect(policy?.statements.map((s) => s.sid)).toEqual(['AllowCloudFrontRead', 'DenyInsecureTransport', 'OfficeOnly']);
    expect(policy?.statements[1]?.principal).toEqual([{ type: 'AWS', value: '*', range: expect.any(Object) }]);
    expect(policy?.statements[2]?.notPrincipal?.map((p) => p.value)).toHaveLength(2);
    expect(policy?.statements[2]?.condition[0]?.values).toEqual(['192.0.2.0/24', '2001:db8::/32', '203.0.113.7']);
  });

  it('reads an SCP with NotAction and no Principal', () => {
    const { policy, diagnostics } = parsePolicy(SCP_NOT_ACTION, 'scp');
    expect(diagnostics).toEqual([]);
    expect(policy?.statements[0]).toMatchObject({
      effect: 'Deny',
      notAction: ['iam:*', 'organizations:*', 'sts:*', 'support:*'],
      resource: ['*'],
    });
    expect(policy?.statements[0]?.action).toBeUndefined();
  });

  it('accepts a Resource element in a trust policy', () => {
    const text = statementPolicy({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Resource: '*' });
    expect(diagnosticsOf(text, 'trust')).toEqual([]);
  });
});

/** One document per registry entry that triggers it. */
const TRIGGERS: Record<DiagnosticKey, { text: string; kind?: PolicyKind; catalog?: ActionCatalog } | { value: unknown }> = {
  JSON_EMPTY: { text: '   ' },
  JSON_UNEXPECTED_CHARACTER: { text: '{"Version": @}' },
  JSON_UNEXPECTED_END: { text: '{"Version": "2012-10-17",' },
  JSON_TRAILING_COMMA: { text: '{"Version": "2012-10-17", "Statement": [],}' },
  JSON_COMMENT: { text: '// policy\n{}' },
  JSON_SINGLE_QUOTE: { text: "{'Version': '2012-10-17'}" },
  JSON_UNQUOTED_KEY: { text: '{Version: "2012-10-17"}' },
  JSON_UNTERMINATED_STRING: { text: '{"Version": "2012-10-17}' },
  JSON_BAD_ESCAPE: { text: '{"Id": "a\\xb"}' },
  JSON_CONTROL_CHARACTER: { text: '{"Id": "a\u0001b"}' },
  JSON_INVALID_NUMBER: { text: '{"Id": 007}' },
  JSON_MISSING_COMMA: { text: '{"Id": "a" "Version": "2012-10-17"}' },
  JSON_TRAILING_CONTENT: { text: '{} {}' },
  JSON_TOO_DEEP: { text: '['.repeat(300) },
  JSON_INVALID_LITERAL: { text: '{"Id": undefined}' },
  JSON_MISSING_COLON: { text: '{"Id" "a"}' },
  JSON_NONSTANDARD_WHITESPACE: { text: '{\u200b}' },
  JSON_CURLY_QUOTE: { text: '{“Id”: 1}' },
  NOT_AN_OBJECT: { text: '[]' },
  UNKNOWN_TOP_LEVEL_ELEMENT: { text: '{"Statment": []}' },
  DUPLICATE_ELEMENT: { text: statementPolicy(allowS3).replace('"Effect": "Allow",', '"Effect": "Allow", "Effect": "Deny",') },
  WRONG_TYPE: { text: statementPolicy({ ...allowS3, Sid: 5 }) },
  MISSING_STATEMENT: { text: '{"Version": "2012-10-17"}' },
  MISSING_VERSION: { text: statementPolicy(allowS3, undefined) },
  INVALID_VERSION: { text: statementPolicy(allowS3, '2012-10-18') },
  VARIABLE_WITHOUT_VERSION: { text: statementPolicy({ ...allowS3, Resource: 'arn:aws:s3:::b/${aws:username}/*' }, '2008-10-17') },
  ID_IN_IDENTITY_POLICY: { text: '{"Version": "2012-10-17", "Id": "x", "Statement": []}' },
  POLICY_TOO_LARGE: { text: statementPolicy({ ...allowS3, Action: Array.from({ length: 400 }, (_, i) => `s3:Get${i}`) }), kind: 'session' },
  INPUT_NOT_SERIALIZABLE: { value: { n: 1n } },
  UNKNOWN_STATEMENT_ELEMENT: { text: statementPolicy({ ...allowS3, Actions: 's3:*' }) },
  MISSING_EFFECT: { text: statementPolicy({ Action: '*', Resource: '*' }) },
  INVALID_EFFECT: { text: statementPolicy({ ...allowS3, Effect: 'allow' }) },
  ACTION_AND_NOT_ACTION: { text: statementPolicy({ ...allowS3, NotAction: 'iam:*' }) },
  MISSING_ACTION: { text: statementPolicy({ Effect: 'Allow', Resource: '*' }) },
  RESOURCE_AND_NOT_RESOURCE: { text: statementPolicy({ ...allowS3, NotResource: '*' }) },
  MISSING_RESOURCE: { text: statementPolicy({ Effect: 'Allow', Action: '*' }) },
  DUPLICATE_SID: { text: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'A', ...allowS3 }, { Sid: 'A', ...allowS3 }] }) },
  SID_NOT_ALPHANUMERIC: { text: statementPolicy({ Sid: 'read-only', ...allowS3 }) },
  EMPTY_ELEMENT: { text: statementPolicy({ ...allowS3, Action: [] }) },
  PRINCIPAL_NOT_ALLOWED: { text: statementPolicy({ ...allowS3, Principal: '*' }) },
  MISSING_PRINCIPAL: { text: statementPolicy({ Effect: 'Allow', Action: 'sts:AssumeRole' }), kind: 'trust' },
  NOT_PRINCIPAL_NOT_ALLOWED: { text: statementPolicy({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }), kind: 'trust' },
  NOT_PRINCIPAL_WITH_ALLOW: { text: statementPolicy({ ...allowS3, NotPrincipal: { AWS: '111122223333' } }), kind: 'resource' },
  PRINCIPAL_PARTIAL_WILDCARD: { text: statementPolicy({ ...allowS3, Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }), kind: 'resource' },
  UNKNOWN_PRINCIPAL_TYPE: { text: statementPolicy({ ...allowS3, Principal: { Services: 'ec2.amazonaws.com' } }), kind: 'resource' },
  INVALID_PRINCIPAL_VALUE: { text: statementPolicy({ ...allowS3, Principal: { AWS: 'arn:aws:iam::1234:root' } }), kind: 'resource' },
  UNRESOLVED_PRINCIPAL_ID: { text: statementPolicy({ ...allowS3, Principal: { AWS: 'AROA1234567890EXAMPLE' } }), kind: 'resource' },
  RCP_PRINCIPAL_NOT_WILDCARD: { text: statementPolicy({ Effect: 'Deny', Principal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' }), kind: 'rcp' },
  INVALID_ACTION_FORMAT: { text: statementPolicy({ ...allowS3, Action: 's3.GetObject' }) },
  UNKNOWN_SERVICE_PREFIX: { text: statementPolicy({ ...allowS3, Action: 's4:GetObject' }), catalog: { hasService: (p) => p === 's3', hasAction: () => true } },
  UNKNOWN_ACTION: { text: statementPolicy({ ...allowS3, Action: 's3:GetObjekt' }), catalog: { hasService: () => true, hasAction: () => false } },
  INVALID_RESOURCE_ARN: { text: statementPolicy({ ...allowS3, Resource: 'arn:aws:s3:bucket' }) },
  RESOURCE_SERVICE_WILDCARD: { text: statementPolicy({ ...allowS3, Resource: 'arn:aws:*:::bucket' }) },
  VARIABLE_OUTSIDE_RESOURCE_PART: { text: statementPolicy({ ...allowS3, Resource: 'arn:aws:iam::${aws:PrincipalAccount}:user/x' }) },
  UNKNOWN_CONDITION_OPERATOR: { text: statementPolicy({ ...allowS3, Condition: { StringEqual: { 'aws:username': 'a' } } }) },
  SET_OPERATOR_ON_SINGLE_VALUED_KEY: { text: statementPolicy({ ...allowS3, Condition: { 'ForAllValues:StringEquals': { 'aws:SourceVpc': 'vpc-1' } } }) },
  IF_EXISTS_ON_NULL: { text: statementPolicy({ ...allowS3, Condition: { NullIfExists: { 'aws:TokenIssueTime': 'true' } } }) },
  INVALID_NULL_VALUE: { text: statementPolicy({ ...allowS3, Condition: { Null: { 'aws:TokenIssueTime': 'yes' } } }) },
  INVALID_BOOL_VALUE: { text: statementPolicy({ ...allowS3, Condition: { Bool: { 'aws:SecureTransport': 1 } } }) },
  INVALID_NUMERIC_VALUE: { text: statementPolicy({ ...allowS3, Condition: { NumericLessThan: { 's3:max-keys': 'ten' } } }) },
  INVALID_DATE_VALUE: { text: statementPolicy({ ...allowS3, Condition: { DateLessThan: { 'aws:CurrentTime': '31/12/2024' } } }) },
  INVALID_IP_VALUE: { text: statementPolicy({ ...allowS3, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } } }) },
  EMPTY_CONDITION_VALUES: { text: statementPolicy({ ...allowS3, Condition: { StringEquals: { 'aws:username': [] } } }) },
};

describe('diagnostic registry', () => {
  it('has unique, stable-looking codes', () => {
    const all = Object.values(diagnosticCodes).map((d) => d.code);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^TS[1-6]\d{3}$/);
  });

  it('has a trigger for every code', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual(Object.keys(diagnosticCodes).sort());
  });

  it.each(Object.entries(TRIGGERS))('%s is reported', (key, trigger) => {
    const { code, severity } = diagnosticCodes[key as DiagnosticKey];
    const { diagnostics } =
      'value' in trigger
        ? parsePolicyValue(trigger.value, 'identity')
        : parsePolicy(trigger.text, trigger.kind ?? 'identity', trigger.catalog === undefined ? {} : { catalog: trigger.catalog });
    const found = diagnostics.find((d) => d.code === code);
    expect(found, JSON.stringify(diagnostics.map((d) => d.code))).toBeDefined();
    expect(found?.severity).toBe(key === 'POLICY_TOO_LARGE' ? 'error' : severity);
    expect(found?.message.length).toBeGreaterThan(10);
  });
});
