import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parsePolicy';
import { allowS3, diagnosticsOf, statementPolicy } from './policyFixtures';

describe('parsePolicy conditions', () => {
  const withCondition = (condition: unknown): string => statementPolicy({ ...allowS3, Condition: condition });
  const conditionCodes = (condition: unknown): string[] =>
    diagnosticsOf(withCondition(condition), 'identity').map((d) => d.code);

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
    expect(
      conditionCodes({ constructor: { 'aws:username': 'a' }, toString: { 'aws:username': 'a' } }),
    ).toEqual(['TS6001', 'TS6001']);
  });

  it('accepts every operator family with well-formed values', () => {
    expect(
      conditionCodes({
        StringNotEqualsIfExists: { 'aws:PrincipalTag/team': 'red' },
        'ForAnyValue:StringLike': { 'AWS:TagKeys': ['env*'] },
        'ForAllValues:StringEquals': {
          'aws:CalledVia': 'cloudformation.amazonaws.com',
          'dynamodb:Attributes': ['id'],
        },
        NumericGreaterThanEquals: { 's3:max-keys': ['-1.5', 10] },
        DateGreaterThan: {
          'aws:CurrentTime': [
            '2024-01-31',
            '2024-01-31T12:00:00+01:00',
            '1700000000',
            '2024-01-31T12:00:00.123Z',
          ],
        },
        Bool: { 'aws:SecureTransport': ['True', '${aws:ViaAWSService}'] },
        BinaryEquals: { key: 'QmluYXJ5' },
        IpAddressIfExists: {
          'aws:SourceIp': ['192.0.2.0/24', '2001:db8::/32', '::1', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8/128'],
        },
        ArnNotLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' },
        Null: { 'aws:TokenIssueTime': [true, 'false'] },
      }),
    ).toEqual([]);
  });

  it.each([
    '1.2.3',
    '256.0.0.1',
    '10.0.0.0/33',
    '2001:db8:::1',
    'fe80::/129',
    '1:2:3:4:5:6:7:8:9',
    'localhost',
    '',
  ])('rejects the IP value %j', (value) => {
    expect(conditionCodes({ NotIpAddress: { 'aws:SourceIp': value } })).toEqual(['TS6008']);
  });

  it.each(['2024-13-01', '2024-01-32', '31/12/2024', 'yesterday', '2024-01-01T25:00:00Z'])(
    'rejects the date %j',
    (value) => {
      expect(conditionCodes({ DateLessThan: { 'aws:CurrentTime': value } })).toEqual(['TS6007']);
    },
  );

  // Numeric operators take integer or decimal values; exponents are not among the documented forms and
  // the evaluator does not read them, so the validator refuses them too.
  it('rejects numeric values that are not numbers, including policy variables', () => {
    expect(conditionCodes({ NumericEquals: { 's3:max-keys': ['1e3', '0x10', '${aws:username}'] } })).toEqual([
      'TS6006',
      'TS6006',
      'TS6006',
    ]);
  });

  it('warns about set operators only on known single-valued global keys', () => {
    const d = diagnosticsOf(
      withCondition({ 'ForAnyValue:StringEquals': { 'aws:PrincipalTag/team': 'red' } }),
      'identity',
    );
    expect(d.map((x) => [x.code, x.severity])).toEqual([['TS6002', 'warning']]);
    expect(d[0]?.message).toContain(
      'ForAnyValue is for multivalued keys, but aws:PrincipalTag/team is single-valued',
    );
    expect(
      conditionCodes({
        'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': 'o-a/r-b/*', 's3:prefix': 'x' },
      }),
    ).toEqual([]);
  });

  it('keeps unreadable condition values as empty clauses so an Allow never widens', () => {
    const text = withCondition({
      StringEquals: { 'aws:username': [], 'aws:userid': null, 'aws:PrincipalTag/a': [{}] },
    });
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
