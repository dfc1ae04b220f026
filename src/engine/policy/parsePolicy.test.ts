import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyValue } from './parsePolicy';
import {
  CROSS_ACCOUNT_TRUST,
  EC2_TRUST,
  IRSA_TRUST,
  S3_BUCKET_POLICY,
  SCP_NOT_ACTION,
  allowS3,
  at,
  diagnosticsOf,
  statementPolicy,
} from './policyFixtures';

describe('parsePolicy on real AWS documents', () => {
  it('reads an IRSA trust policy with an OIDC provider and :sub/:aud conditions', () => {
    const { policy, diagnostics } = parsePolicy(IRSA_TRUST, 'trust');
    expect(diagnostics).toEqual([]);
    const [statement] = policy?.statements ?? [];
    expect(statement?.principal?.map(({ type, value }) => ({ type, value }))).toEqual([
      {
        type: 'Federated',
        value:
          'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      },
    ]);
    expect(statement?.principal?.[0]?.range?.start).toMatchObject({ line: 7, column: 22 });
    expect(statement?.action).toEqual(['sts:AssumeRoleWithWebIdentity']);
    expect(statement?.resource).toBeUndefined();
    expect(statement?.condition.map(({ operator, key, values }) => ({ operator, key, values }))).toEqual([
      {
        operator: 'StringEquals',
        key: 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub',
        values: ['system:serviceaccount:default:my-service-account'],
      },
      {
        operator: 'StringEquals',
        key: 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud',
        values: ['sts.amazonaws.com'],
      },
    ]);
    expect(statement?.condition[0]?.range?.start).toMatchObject({ line: 12, column: 11 });
    expect(statement?.range?.start).toEqual({
      line: 4,
      column: 5,
      offset: IRSA_TRUST.indexOf('{\n      "Effect"'),
    });
  });

  it('reads an EC2 trust policy whose Statement is a single object', () => {
    const { policy, diagnostics } = parsePolicy(EC2_TRUST, 'trust');
    expect(diagnostics).toEqual([]);
    expect(policy?.version).toBe('2012-10-17');
    expect(policy?.statements).toHaveLength(1);
    expect(policy?.statements[0]).toMatchObject({
      index: 0,
      effect: 'Allow',
      action: ['sts:AssumeRole'],
      condition: [],
    });
    expect(policy?.statements[0]?.principal?.map((p) => [p.type, p.value])).toEqual([
      ['Service', 'ec2.amazonaws.com'],
    ]);
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
    expect(policy?.statements.map((s) => s.sid)).toEqual([
      'AllowCloudFrontRead',
      'DenyInsecureTransport',
      'OfficeOnly',
    ]);
    expect(policy?.statements[1]?.principal?.map(({ type, value }) => ({ type, value }))).toEqual([
      { type: 'AWS', value: '*' },
    ]);
    expect(policy?.statements[2]?.notPrincipal?.map((p) => p.value)).toHaveLength(2);
    expect(policy?.statements[2]?.condition[0]?.values).toEqual([
      '192.0.2.0/24',
      '2001:db8::/32',
      '203.0.113.7',
    ]);
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
    const text = statementPolicy({
      Effect: 'Allow',
      Principal: { AWS: '111122223333' },
      Action: 'sts:AssumeRole',
      Resource: '*',
    });
    expect(diagnosticsOf(text, 'trust')).toEqual([]);
  });
});

describe('parsePolicy document rules', () => {
  it('points at the exact Effect value and tells the author to write "Allow"', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "allow", "Action": "*", "Resource": "*" }]\n}';
    const { diagnostics, policy } = parsePolicy(text, 'identity');
    expect(diagnostics.map((d) => [d.code, at(d)])).toEqual([['TS3003', '3:29']]);
    expect(diagnostics[0]?.message).toBe('Invalid Effect "allow": Effect is case-sensitive, write "Allow".');
    expect(policy?.statements).toEqual([]);
  });

  it('reports a missing Effect at the opening brace of the statement', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Action": "*", "Resource": "*" }\n  ]\n}';
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
    const text =
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Action": "iam:*", "Resource": "*"}}';
    const { diagnostics, policy } = parsePolicy(text, 'identity');
    expect(diagnostics.map((d) => [d.code, d.range.start.offset])).toEqual([
      ['TS2003', text.indexOf('"Action": "iam')],
    ]);
    expect(policy?.statements[0]?.action).toEqual(['s3:*']);
  });

  it('names the line of the first use in a duplicate Sid and ignores empty Sids', () => {
    const text = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Read', ...allowS3 },
          { Sid: '', ...allowS3 },
          { Sid: '', ...allowS3 },
          { Sid: 'Read', ...allowS3 },
        ],
      },
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
      Statement: [
        'not a statement',
        { Effect: 'Allow', Resource: '*' },
        { ...allowS3, NotResource: '*' },
        allowS3,
      ],
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
      Condition: {
        NumericLessThanEquals: { 's3:max-keys': [10, '2.50', 1.5] },
        Bool: { 'aws:ViaAWSService': false },
      },
    });
    const statement = parsePolicy(text, 'identity').policy?.statements[0];
    expect(statement).toMatchObject({
      sid: 'Normalise',
      notAction: ['iam:*'],
      notResource: ['arn:aws:iam::111122223333:role/Break*'],
    });
    expect(statement?.condition.map((c) => c.values)).toEqual([['10', '2.50', '1.5'], ['false']]);
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
    const text = statementPolicy(
      { ...allowS3, Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } } },
      '2008-10-17',
    );
    expect(diagnosticsOf(text, 'identity').map((d) => d.code)).toEqual(['TS2008']);
  });

  it('rejects Version values other than the two AWS dates, and non-strings', () => {
    expect(diagnosticsOf(statementPolicy(allowS3, '2012-10-17 '), 'identity').map((d) => d.code)).toEqual([
      'TS2007',
    ]);
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
    expect(diagnosticsOf(statementPolicy(statement), 'resource').map((d) => [d.code, d.severity])).toEqual([
      ['TS3009', 'info'],
    ]);
    const identity = diagnosticsOf(statementPolicy({ Sid: 'Allow_read', ...allowS3 }), 'identity');
    expect(identity.map((d) => [d.code, d.severity])).toEqual([['TS3009', 'warning']]);
  });

  it('requires Resource except in trust policies', () => {
    const statement = {
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Principal: { Service: 'ec2.amazonaws.com' },
    };
    expect(diagnosticsOf(statementPolicy(statement), 'trust')).toEqual([]);
    expect(diagnosticsOf(statementPolicy(statement), 'resource').map((d) => d.code)).toEqual(['TS3007']);
  });

  it('reports JSON mistakes and policy mistakes together when the JSON could be recovered', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Alow", "Action": "*", "Resource": "*",}],\n}';
    const diagnostics = diagnosticsOf(text, 'identity');
    expect(diagnostics.map((d) => [d.code, at(d)])).toEqual([
      ['TS3003', '3:28'],
      ['TS1004', '3:66'],
      ['TS1004', '3:69'],
    ]);
    expect(parsePolicy('{"Version": "2012-10-17", "Statement": [}', 'identity').policy).toBeUndefined();
  });

  it('handles a policy of 10,000 statements', () => {
    const statements = Array.from({ length: 10_000 }, (_, i) => ({
      Sid: `S${i}`,
      ...allowS3,
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }));
    const { policy, diagnostics } = parsePolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: statements }),
      'identity',
    );
    expect(policy?.statements).toHaveLength(10_000);
    expect(policy?.statements[9_999]).toMatchObject({
      index: 9_999,
      sid: 'S9999',
      resource: ['arn:aws:s3:::bucket-9999/*'],
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['TS2010']);
  });
});

describe('parsePolicy size limits', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
  const sized = (actionCount: number): string =>
    statementPolicy({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: Array.from({ length: actionCount }, (_, i) => `sts:A${i}`),
    });

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
    const text = statementPolicy({
      Effect: 'Deny',
      Action: Array.from({ length: 500 }, (_, i) => `ec2:A${i}`),
      Resource: '*',
    });
    const d = diagnosticsOf(text, 'scp').find((x) => x.code === 'TS2010');
    expect([d?.severity, d?.message.includes('limit for a service control policy is 5120')]).toEqual([
      'error',
      true,
    ]);
  });

  const identity = (resources: number) =>
    statementPolicy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: Array.from({ length: resources }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
    });
  const tooLarge = (text: string, options: Parameters<typeof parsePolicy>[2]) =>
    parsePolicy(text, 'identity', options).diagnostics.find((x) => x.code === 'TS2010');

  it("measures an identity policy against where it is attached: a role's inline policies may hold 10,240", () => {
    const text = identity(300); // about 7,500 characters
    expect(tooLarge(text, {})?.message).toContain('limit for a customer managed policy is 6144');
    expect(tooLarge(text, { placement: 'roleInline' })).toBeUndefined();
    expect(tooLarge(text, { placement: 'userInline' })?.message).toContain(
      "a user's inline policies is 2048",
    );
    expect(tooLarge(text, { placement: 'awsManaged' })).toBeUndefined();
    expect(tooLarge(text, { placement: null })).toBeUndefined();
  });

  it('only warns about a policy AWS stored (an export): it was accepted, and is evaluated as written', () => {
    const text = identity(300);
    expect(tooLarge(text, {})?.severity).toBe('error');
    expect(tooLarge(text, { stored: true })?.severity).toBe('warning');
    expect(parsePolicy(text, 'identity', { stored: true }).policy?.statements).toHaveLength(1);
  });
});

describe('parsePolicyValue', () => {
  it('parses an object with ranges in its pretty-printed form', () => {
    const { policy, diagnostics } = parsePolicyValue(JSON.parse(EC2_TRUST) as unknown, 'trust');
    expect(diagnostics).toEqual([]);
    expect(policy?.statements[0]?.range?.start).toMatchObject({ line: 3, column: 16 });
  });

  it('reports a __proto__ key as an unknown element without polluting prototypes', () => {
    const value: unknown = JSON.parse(
      '{"Version": "2012-10-17", "__proto__": {"polluted": true}, "Statement": []}',
    );
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
