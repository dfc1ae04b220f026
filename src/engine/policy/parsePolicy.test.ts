import { describe, expect, it } from 'vitest';
import { diagnosticCodes, type DiagnosticKey } from '../diagnostics';
import type { Diagnostic, PolicyKind } from '../types';
import { parsePolicy, parsePolicyValue, type ActionCatalog } from './parsePolicy';

const at = (d: Diagnostic | undefined): string =>
  d === undefined ? 'none' : `${d.range.start.line}:${d.range.start.column}`;

/** A one-statement policy of the given kind, pretty-printed so positions are predictable. */
function statementPolicy(statement: Record<string, unknown>, version: string | null = '2012-10-17'): string {
  const doc: Record<string, unknown> = version === null ? {} : { Version: version };
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
  MISSING_VERSION: { text: statementPolicy(allowS3, null) },
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

describe('parsePolicy document rules', () => {
  it('points at the exact Effect value and tells the author to write "Allow"', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "allow", "Action": "*", "Resource": "*" }]\n}';
    const { diagnostics, policy } = parsePolicy(text, 'identity');
    expect(diagnostics.map((d) => [d.code, at(d)])).toEqual([['TS3003', '3:29']]);
    expect(diagnostics[0]?.message).toBe('Invalid Effect "allow": Effect is case-sensitive, write "Allow".');
    expect(policy?.statements).toEqual([]);
  });

  it('reports a missing Effect at the opening brace of the statement', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Action": "*", "Resource": "*" }\n  ]\n}';
    const [d] = diagnosticsOf(text, 'identity');
    expect([d?.code, at(d), d?.range.end.column]).toEqual(['TS3002', '4:5', 6]);
  });

  it('suggests the element the author probably meant', () => {
    const top = diagnosticsOf('{"Version": "2012-10-17", "statement": []}', 'identity');
    expect(top.map((d) => d.code)).toEqual(['TS2005', 'TS2002']);
    expect(top[1]?.message).toContain('Did you mean "Statement"?');
    const unknown = diagnosticsOf(statementPolicy({ ...allowS3, Conditions: {} }), 'identity');
    expect(unknown.map((d) => d.message)).toEqual([expect.stringContaining('Did you mean "Condition"?')]);
    const far = diagnosticsOf(statementPolicy({ ...allowS3, Banana: 1 }), 'identity');
    expect(far[0]?.message).not.toContain('Did you mean');
  });

  it('keeps the first of duplicate elements and reports the later one', () => {
    const text = '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Action": "iam:*", "Resource": "*"}}';
    const { diagnostics, policy } = parsePolicy(text, 'identity');
    expect(diagnostics.map((d) => [d.code, d.range.start.offset])).toEqual([['TS2003', text.indexOf('"Action": "iam')]]);
    expect(policy?.statements[0]?.action).toEqual(['s3:*']);
  });

  it('names the line of the first use in a duplicate Sid and ignores empty Sids', () => {
    const text = JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Sid: 'Read', ...allowS3 }, { Sid: '', ...allowS3 }, { Sid: '', ...allowS3 }, { Sid: 'Read', ...allowS3 }] },
      null,
      2,
    );
    const diagnostics = diagnosticsOf(text, 'identity');
    expect(diagnostics.map((d) => d.code)).toEqual(['TS3008']);
    expect(diagnostics[0]?.message).toContain('at line 5');
  });

  it('drops unusable statements but keeps each statement index as its place in the document', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: ['not a statement', { Effect: 'Allow', Resource: '*' }, { ...allowS3, NotResource: '*' }, allowS3],
    });
    const { policy, diagnostics } = parsePolicy(text, 'identity');
    expect(diagnostics.map((d) => d.code)).toEqual(['TS2004', 'TS3005', 'TS3006']);
    expect(diagnostics[0]?.message).toBe('Each statement must be an object, but this is a string.');
    expect(policy?.statements.map((s) => s.index)).toEqual([3]);
  });

  it('normalises single values to lists and keeps condition values as written', () => {
    const text = statementPolicy({
      Sid: 'Normalise',
      Effect: 'Deny',
      NotAction: 'iam:*',
      NotResource: 'arn:aws:iam::111122223333:role/Break*',
      Condition: { NumericLessThanEquals: { 's3:max-keys': [10, '2.50', 1.5] }, Bool: { 'aws:ViaAWSService': false } },
    });
    const statement = parsePolicy(text, 'identity').policy?.statements[0];
    expect(statement).toMatchObject({ sid: 'Normalise', notAction: ['iam:*'], notResource: ['arn:aws:iam::111122223333:role/Break*'] });
    expect(statement?.condition.map((c) => c.values)).toEqual([['10', '2.50', '1.5'], ['false']]);
    expect(Object.keys(statement?.elementRanges ?? {})).toEqual(['Sid', 'Effect', 'NotAction', 'NotResource', 'Condition']);
  });

  it('warns about a missing Version and the variables it turns into literal text', () => {
    const text = statementPolicy({ ...allowS3, Resource: 'arn:aws:s3:::home/${aws:username}/*' }, null);
    const { policy, diagnostics } = parsePolicy(text, 'identity');
    expect(policy?.version).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['TS2006', 'warning'],
      ['TS2008', 'warning'],
    ]);
    expect(diagnostics[1]?.message).toContain('${aws:username} is literal text');
    const current = statementPolicy({ ...allowS3, Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    expect(diagnosticsOf(current, 'identity')).toEqual([]);
  });

  it('warns about literal variables in condition values under 2008-10-17', () => {
    const text = statementPolicy({ ...allowS3, Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } } }, '2008-10-17');
    expect(diagnosticsOf(text, 'identity').map((d) => d.code)).toEqual(['TS2008']);
  });

  it('rejects Version values other than the two AWS dates, and non-strings', () => {
    expect(diagnosticsOf(statementPolicy(allowS3, '2012-10-17 '), 'identity').map((d) => d.code)).toEqual(['TS2007']);
    const numeric = diagnosticsOf('{"Version": 2012, "Statement": []}', 'identity');
    expect(numeric[0]?.message).toBe('Version must be the string "2012-10-17", but this is the number 2012.');
  });

  it('allows Id in resource policies but warns in identity policies', () => {
    const text = '{"Version": "2012-10-17", "Id": "Policy1", "Statement": []}';
    expect(diagnosticsOf(text, 'resource')).toEqual([]);
    expect(diagnosticsOf(text, 'identity').map((d) => [d.code, d.severity])).toEqual([['TS2009', 'warning']]);
  });

  it('grades a non-alphanumeric Sid by policy kind', () => {
    const statement = { Sid: 'Allow read', ...allowS3, Principal: '*' };
    expect(diagnosticsOf(statementPolicy(statement), 'resource').map((d) => [d.code, d.severity])).toEqual([['TS3009', 'info']]);
    const identity = diagnosticsOf(statementPolicy({ Sid: 'Allow_read', ...allowS3 }), 'identity');
    expect(identity.map((d) => [d.code, d.severity])).toEqual([['TS3009', 'warning']]);
  });

  it('requires Resource except in trust policies', () => {
    const statement = { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } };
    expect(diagnosticsOf(statementPolicy(statement), 'trust')).toEqual([]);
    expect(diagnosticsOf(statementPolicy(statement), 'resource').map((d) => d.code)).toEqual(['TS3007']);
  });

  it('reports JSON mistakes and policy mistakes together when the JSON could be recovered', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Alow", "Action": "*", "Resource": "*",}],\n}';
    const diagnostics = diagnosticsOf(text, 'identity');
    expect(diagnostics.map((d) => [d.code, at(d)])).toEqual([
      ['TS3003', '3:28'],
      ['TS1004', '3:66'],
      ['TS1004', '3:69'],
    ]);
    expect(parsePolicy('{"Version": "2012-10-17", "Statement": [}', 'identity').policy).toBeUndefined();
  });

  it('handles a policy of 10,000 statements', () => {
    const statements = Array.from({ length: 10_000 }, (_, i) => ({ Sid: `S${i}`, ...allowS3, Resource: `arn:aws:s3:::bucket-${i}/*` }));
    const { policy, diagnostics } = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), 'identity');
    expect(policy?.statements).toHaveLength(10_000);
    expect(policy?.statements[9_999]).toMatchObject({ index: 9_999, sid: 'S9999', resource: ['arn:aws:s3:::bucket-9999/*'] });
    expect(diagnostics.map((d) => d.code)).toEqual(['TS2010']);
  });
});

describe('parsePolicy principals', () => {
  const withPrincipal = (principal: unknown, extra: Record<string, unknown> = {}): string =>
    statementPolicy({ ...allowS3, Principal: principal, ...extra });

  it('turns a bare "*" into an AWS wildcard principal', () => {
    const { policy } = parsePolicy(withPrincipal('*'), 'resource');
    expect(policy?.statements[0]?.principal?.map(({ type, value }) => ({ type, value }))).toEqual([{ type: 'AWS', value: '*' }]);
  });

  it('keeps principals in document order across types', () => {
    const { policy, diagnostics } = parsePolicy(
      withPrincipal({ Service: ['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com'], AWS: 'arn:aws:sts::111122223333:assumed-role/Dev/alice' }),
      'resource',
    );
    expect(diagnostics).toEqual([]);
    expect(policy?.statements[0]?.principal?.map((p) => `${p.type}=${p.value}`)).toEqual([
      'Service=lambda.amazonaws.com',
      'Service=ecs-tasks.amazonaws.com',
      'AWS=arn:aws:sts::111122223333:assumed-role/Dev/alice',
    ]);
  });

  it.each([
    ['AWS', 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2EXAMPLE'],
    ['AWS', 'arn:aws-cn:iam::111122223333:user/bob'],
    ['Federated', 'cognito-identity.amazonaws.com'],
    ['Federated', 'arn:aws:iam::111122223333:saml-provider/Okta'],
    ['CanonicalUser', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'],
  ])('accepts the %s principal %s', (type, value) => {
    expect(diagnosticsOf(withPrincipal({ [type]: value }), 'resource')).toEqual([]);
  });

  it.each([
    ['AWS', 'arn:aws:iam::111122223333:*'],
    ['AWS', 'arn:aws:sts::111122223333:assumed-role/Dev/*'],
    ['Service', '*.amazonaws.com'],
  ])('rejects the partial wildcard %s %s with the AWS wording', (type, value) => {
    const [d] = diagnosticsOf(withPrincipal({ [type]: value }), 'resource');
    expect(d?.code).toBe('TS4005');
    expect(d?.message).toContain('you cannot use a wildcard to match part of a principal name');
  });

  it('explains what an AWS principal must look like', () => {
    const [d] = diagnosticsOf(withPrincipal({ AWS: 'bob' }), 'resource');
    expect(d?.message).toBe('Invalid AWS principal "bob": expected "*", a 12-digit account ID, or an arn:aws:iam:: or arn:aws:sts:: ARN.');
    expect(diagnosticsOf(withPrincipal({ AWS: 'AIDAJQABLZS4A3QDU576Q' }), 'trust').map((d) => [d.code, d.severity])).toEqual([['TS4008', 'warning']]);
  });

  it('forbids Principal and NotPrincipal by policy kind', () => {
    for (const kind of ['identity', 'boundary', 'session', 'scp'] as const) {
      expect(diagnosticsOf(withPrincipal('*'), kind).map((d) => d.code)).toContain('TS4001');
    }
    const notPrincipal = statementPolicy({ ...allowS3, Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } });
    expect(diagnosticsOf(notPrincipal, 'identity').map((d) => d.code)).toEqual(['TS4003']);
    expect(diagnosticsOf(notPrincipal, 'trust').map((d) => d.code)).toEqual(['TS4003']);
    expect(diagnosticsOf(notPrincipal, 'resource')).toEqual([]);
  });

  it('requires Principal "*" in a resource control policy', () => {
    const ok = statementPolicy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' });
    expect(diagnosticsOf(ok, 'rcp')).toEqual([]);
    const missing = statementPolicy({ Effect: 'Deny', Action: 's3:*', Resource: '*' });
    expect(diagnosticsOf(missing, 'rcp').map((d) => d.code)).toEqual(['TS4002']);
  });

  it('rejects a principal string other than "*" and an empty principal object', () => {
    const [asString] = diagnosticsOf(withPrincipal('arn:aws:iam::111122223333:root'), 'resource');
    expect(asString?.code).toBe('TS2004');
    expect(diagnosticsOf(withPrincipal({}), 'resource').map((d) => d.code)).toEqual(['TS3010']);
  });
});

describe('parsePolicy actions and resources', () => {
  const catalog: ActionCatalog & { calls: string[] } = {
    calls: [],
    hasService(prefix) {
      this.calls.push(`service ${prefix}`);
      return prefix === 's3' || prefix === 'iam';
    },
    hasAction(prefix, action) {
      this.calls.push(`action ${prefix}:${action}`);
      if (prefix === 'iam') return undefined;
      return action === 'getobject';
    },
  };
  const withActions = (actions: string[]): string => statementPolicy({ ...allowS3, Action: actions });

  it('checks literal actions against the catalog, case-insensitively', () => {
    catalog.calls = [];
    const diagnostics = diagnosticsOf(withActions(['S3:GetObject', 's3:Get*', 's3:PutObjekt', 'iam:Whatever', 'ec3:Get*', '*']), 'identity', catalog);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['TS5003', 'warning'],
      ['TS5002', 'warning'],
    ]);
    expect(diagnostics[1]?.message).toContain('"ec3"');
    expect(catalog.calls).toEqual([
      'service s3',
      'action s3:getobject',
      'service s3',
      'service s3',
      'action s3:putobjekt',
      'service iam',
      'action iam:whatever',
      'service ec3',
    ]);
  });

  it('only checks action format without a catalog', () => {
    expect(diagnosticsOf(withActions(['s4:GetObjekt', 'execute-api:Invoke', 's3:*Object?']), 'identity')).toEqual([]);
    const bad = diagnosticsOf(withActions(['s3', 's3:', 's3: GetObject', ':GetObject', 's3:Get:Object']), 'identity');
    expect(bad.map((d) => d.code)).toEqual(Array(5).fill('TS5001'));
  });

  it.each(['*', 'arn:aws:s3:::bucket', 'arn:aws:s3:::*', 'arn:aws:ec2:*:*:instance/*', 'arn:aws:iam::111122223333:role/a:b'])(
    'accepts the resource %s',
    (resource) => {
      expect(diagnosticsOf(statementPolicy({ ...allowS3, Resource: resource }), 'identity')).toEqual([]);
    },
  );

  it.each([
    ['bucket/*', 'TS5004'],
    ['arn:aws:s3::bucket', 'TS5004'],
    ['ARN:aws:s3:::bucket', 'TS5004'],
    ['arn:aws:s?:::bucket', 'TS5005'],
    ['arn:aws:s3:${aws:RequestedRegion}::bucket', 'TS5006'],
  ])('rejects the resource %s with %s', (resource, code) => {
    expect(diagnosticsOf(statementPolicy({ ...allowS3, Resource: resource }), 'identity').map((d) => d.code)).toEqual([code]);
  });

  it('reports wrong types and empty lists in Action and Resource', () => {
    const diagnostics = diagnosticsOf(statementPolicy({ ...allowS3, Action: ['s3:GetObject', 7], Resource: [] }), 'identity');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Each Action value must be a string, but this is the number 7.',
      'Resource is an empty list: it must name at least one value.',
    ]);
  });
});

describe('parsePolicy conditions', () => {
  const withCondition = (condition: unknown): string => statementPolicy({ ...allowS3, Condition: condition });
  const conditionCodes = (condition: unknown): string[] => diagnosticsOf(withCondition(condition), 'identity').map((d) => d.code);

  it.each([
    ['stringequals', 'StringEquals'],
    ['StringEqualsIgnorecaseIfExists', 'StringEqualsIgnoreCaseIfExists'],
    ['forallvalues:StringLike', 'ForAllValues:StringLike'],
    ['ForAnyValues:StringEquals', 'ForAnyValue:StringEquals'],
    ['IPAddress', 'IpAddress'],
    ['ArnLik', 'ArnLike'],
  ])('suggests a fix for the operator %s', (operator, suggestion) => {
    const [d] = diagnosticsOf(withCondition({ [operator]: { 'aws:TagKeys': '10.0.0.1' } }), 'identity');
    expect(d?.code).toBe('TS6001');
    expect(d?.message).toContain(`Did you mean "${suggestion}"?`);
  });

  it('does not mistake prototype names for operators', () => {
    expect(conditionCodes({ constructor: { 'aws:username': 'a' }, toString: { 'aws:username': 'a' } })).toEqual(['TS6001', 'TS6001']);
  });

  it('accepts every operator family with well-formed values', () => {
    expect(
      conditionCodes({
        StringNotEqualsIfExists: { 'aws:PrincipalTag/team': 'red' },
        'ForAnyValue:StringLike': { 'AWS:TagKeys': ['env*'] },
        'ForAllValues:StringEquals': { 'aws:CalledVia': 'cloudformation.amazonaws.com', 'dynamodb:Attributes': ['id'] },
        NumericGreaterThanEquals: { 's3:max-keys': ['-1.5', 10] },
        DateGreaterThan: { 'aws:CurrentTime': ['2024-01-31', '2024-01-31T12:00:00+01:00', '1700000000', '2024-01-31T12:00:00.123Z'] },
        Bool: { 'aws:SecureTransport': ['True', '${aws:ViaAWSService}'] },
        BinaryEquals: { 'key': 'QmluYXJ5' },
        IpAddressIfExists: { 'aws:SourceIp': ['192.0.2.0/24', '2001:db8::/32', '::1', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8/128'] },
        ArnNotLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' },
        Null: { 'aws:TokenIssueTime': [true, 'false'] },
      }),
    ).toEqual([]);
  });

  it.each(['1.2.3', '256.0.0.1', '10.0.0.0/33', '2001:db8:::1', 'fe80::/129', '1:2:3:4:5:6:7:8:9', 'localhost', ''])(
    'rejects the IP value %j',
    (value) => {
      expect(conditionCodes({ NotIpAddress: { 'aws:SourceIp': value } })).toEqual(['TS6008']);
    },
  );

  it.each(['2024-13-01', '2024-01-32', '31/12/2024', 'yesterday', '2024-01-01T25:00:00Z'])('rejects the date %j', (value) => {
    expect(conditionCodes({ DateLessThan: { 'aws:CurrentTime': value } })).toEqual(['TS6007']);
  });

  it('rejects numeric values that are not numbers, including policy variables', () => {
    expect(conditionCodes({ NumericEquals: { 's3:max-keys': ['1e3', '0x10', '${aws:username}'] } })).toEqual(['TS6006', 'TS6006']);
  });

  it('warns about set operators only on known single-valued global keys', () => {
    const d = diagnosticsOf(withCondition({ 'ForAnyValue:StringEquals': { 'aws:PrincipalTag/team': 'red' } }), 'identity');
    expect(d.map((x) => [x.code, x.severity])).toEqual([['TS6002', 'warning']]);
    expect(d[0]?.message).toContain('ForAnyValue is for multivalued keys, but aws:PrincipalTag/team is single-valued');
    expect(conditionCodes({ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': 'o-a/r-b/*', 's3:prefix': 'x' } })).toEqual([]);
  });

  it('keeps unreadable condition values as empty clauses so an Allow never widens', () => {
    const text = withCondition({ StringEquals: { 'aws:username': [], 'aws:userid': null, 'aws:PrincipalTag/a': [{}] } });
    const { policy, diagnostics } = parsePolicy(text, 'identity');
    expect(diagnostics.map((d) => d.code)).toEqual(['TS6009', 'TS2004', 'TS2004']);
    expect(policy?.statements[0]?.condition.map((c) => [c.key, c.values])).toEqual([
      ['aws:username', []],
      ['aws:userid', []],
      ['aws:PrincipalTag/a', []],
    ]);
  });

  it('reports a Condition that is not an object of objects', () => {
    expect(conditionCodes(['StringEquals'])).toEqual(['TS2004']);
    expect(conditionCodes({ StringEquals: 'aws:username' })).toEqual(['TS2004']);
  });
});

describe('parsePolicy size limits', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
  const sized = (actionCount: number): string =>
    statementPolicy({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: Array.from({ length: actionCount }, (_, i) => `sts:A${i}`) });

  it('warns past 2,048 non-whitespace characters in a trust policy, since the quota can be raised', () => {
    const text = sized(200);
    const d = diagnosticsOf(text, 'trust').find((x) => x.code === 'TS2010');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('the limit for a role trust policy is 2048');
    expect(d?.message).toContain('4096');
    expect(diagnosticsOf(text, 'resource').find((x) => x.code === 'TS2010')).toBeUndefined();
  });

  it('does not count whitespace', () => {
    const text = sized(100);
    const padded = text.replace(/\n/g, '\n' + ' '.repeat(100));
    expect(padded.length).toBeGreaterThan(6144);
    expect(diagnosticsOf(padded, 'trust').find((x) => x.code === 'TS2010')).toBeUndefined();
  });

  it('errors past 5,120 characters in an SCP', () => {
    const text = statementPolicy({ Effect: 'Deny', Action: Array.from({ length: 500 }, (_, i) => `ec2:A${i}`), Resource: '*' });
    const d = diagnosticsOf(text, 'scp').find((x) => x.code === 'TS2010');
    expect([d?.severity, d?.message.includes('limit for a service control policy is 5120')]).toEqual(['error', true]);
  });
});

describe('parsePolicyValue', () => {
  it('parses an object with ranges in its pretty-printed form', () => {
    const { policy, diagnostics } = parsePolicyValue(JSON.parse(EC2_TRUST), 'trust');
    expect(diagnostics).toEqual([]);
    expect(policy?.statements[0]?.range?.start).toMatchObject({ line: 3, column: 16 });
  });

  it('reports a __proto__ key as an unknown element without polluting prototypes', () => {
    const value = JSON.parse('{"Version": "2012-10-17", "__proto__": {"polluted": true}, "Statement": []}');
    const { diagnostics } = parsePolicyValue(value, 'identity');
    expect(diagnostics.map((d) => d.code)).toEqual(['TS2002']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports values that have no JSON form instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(parsePolicyValue(cyclic, 'identity').diagnostics.map((d) => d.code)).toEqual(['TS2011']);
    expect(parsePolicyValue(undefined, 'identity').diagnostics[0]?.message).toContain('undefined');
    expect(parsePolicyValue('policy', 'identity').diagnostics.map((d) => d.code)).toEqual(['TS2001']);
  });
});
