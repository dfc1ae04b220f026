import { describe, it, expect } from 'vitest';
import type { ContextValue, PolicyVersion } from '../types';
import { RequestContext } from '../context/requestContext';
import { compileCondition } from './evaluateCondition';

const OPS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html';
const COND = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html';
const MULTI =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html';
const VARS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html';

function run(
  operator: string,
  key: string,
  values: string[],
  ctx: Record<string, ContextValue>,
  version: PolicyVersion | 'none' = '2012-10-17',
) {
  // 'none' stands for a policy without a Version element (an explicit undefined would take the default).
  const v = version === 'none' ? undefined : version;
  return compileCondition({ operator, key, values }, v).evaluate(new RequestContext(ctx));
}
const ok = (...a: Parameters<typeof run>): boolean => run(...a).matched;

describe(`missing keys (${OPS}, checklist 4)`, () => {
  it('positive operators → false, with requestValues null', () => {
    const r = run('StringEquals', 'aws:PrincipalTag/team', ['red'], {});
    expect(r.matched).toBe(false);
    expect(r.requestValues).toBeNull();
    expect(ok('NumericLessThan', 'k', ['5'], {})).toBe(false);
    expect(ok('ArnLike', 'aws:SourceArn', ['arn:*:*:*:*:*'], {})).toBe(false);
  });
  it('negated operators → true', () => {
    expect(ok('StringNotEquals', 'aws:PrincipalTag/team', ['red'], {})).toBe(true);
    expect(ok('StringNotLike', 'k', ['*'], {})).toBe(true);
    expect(ok('ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], {})).toBe(true);
    expect(ok('NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8'], {})).toBe(true);
    expect(ok('NumericNotEquals', 'k', ['1'], {})).toBe(true);
  });
  it('…IfExists → true, for positive and negated operators', () => {
    expect(ok('StringEqualsIfExists', 'k', ['x'], {})).toBe(true);
    expect(ok('StringNotEqualsIfExists', 'k', ['x'], {})).toBe(true);
    expect(ok('NumericLessThanIfExists', 'k', ['1'], {})).toBe(true);
  });
  it('…IfExists still checks a present key', () => {
    expect(ok('StringEqualsIfExists', 'k', ['x'], { k: 'y' })).toBe(false);
    expect(ok('StringEqualsIfExists', 'k', ['x'], { k: 'x' })).toBe(true);
  });
  it(`ForAllValues → true when missing or empty; ForAnyValue → false (${MULTI})`, () => {
    expect(ok('ForAllValues:StringEquals', 'aws:TagKeys', ['a'], {})).toBe(true);
    expect(ok('ForAllValues:StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': [] })).toBe(true);
    expect(ok('ForAnyValue:StringEquals', 'aws:TagKeys', ['a'], {})).toBe(false);
    expect(ok('ForAnyValue:StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': [] })).toBe(false);
    expect(ok('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['a'], {})).toBe(false);
    expect(ok('ForAllValues:StringNotEquals', 'aws:TagKeys', ['a'], {})).toBe(true);
  });
});

describe(`negated operators with several values are NOR (${COND}, checklist 5)`, () => {
  it('StringNotEquals: request value must equal none of them', () => {
    expect(ok('StringNotEquals', 'k', ['a', 'b'], { k: 'a' })).toBe(false);
    expect(ok('StringNotEquals', 'k', ['a', 'b'], { k: 'b' })).toBe(false);
    expect(ok('StringNotEquals', 'k', ['a', 'b'], { k: 'c' })).toBe(true);
    const r = run('StringNotEquals', 'k', ['a', 'b'], { k: 'b' });
    expect(r.matchedValue).toBe('b');
  });
  it('DateNotEquals and NotIpAddress too', () => {
    expect(
      ok('DateNotEquals', 'aws:CurrentTime', ['2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z'], {
        'aws:CurrentTime': '2021-01-01T00:00:00Z',
      }),
    ).toBe(false);
    expect(
      ok('NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '192.168.0.0/16'], { 'aws:SourceIp': '192.168.1.1' }),
    ).toBe(false);
    expect(
      ok('NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '192.168.0.0/16'], { 'aws:SourceIp': '172.16.0.1' }),
    ).toBe(true);
  });
  it('positive operators with several values are OR', () => {
    expect(ok('StringEquals', 'k', ['a', 'b'], { k: 'b' })).toBe(true);
  });
});

describe(`String operators (${OPS}#Conditions_String)`, () => {
  it('StringEquals is case-sensitive; IgnoreCase is not', () => {
    expect(ok('StringEquals', 'k', ['Red'], { k: 'red' })).toBe(false);
    expect(ok('StringEqualsIgnoreCase', 'k', ['Red'], { k: 'rED' })).toBe(true);
    expect(ok('StringNotEqualsIgnoreCase', 'k', ['Red'], { k: 'rED' })).toBe(false);
  });
  it('StringLike: * and ? anywhere, still case-sensitive (checklist 7)', () => {
    expect(ok('StringLike', 's3:prefix', ['home/*/docs/?'], { 's3:prefix': 'home/bob/docs/a' })).toBe(true);
    expect(ok('StringLike', 's3:prefix', ['home/*'], { 's3:prefix': 'Home/bob' })).toBe(false);
    expect(ok('StringNotLike', 's3:prefix', ['home/*'], { 's3:prefix': 'other' })).toBe(true);
  });
  it('StringEquals does not treat * as a wildcard', () => {
    expect(ok('StringEquals', 'k', ['a*'], { k: 'ab' })).toBe(false);
    expect(ok('StringEquals', 'k', ['a*'], { k: 'a*' })).toBe(true);
  });
  it('StringLike * crosses colons (unlike ArnLike, checklist 6)', () => {
    expect(ok('StringLike', 'aws:SourceArn', ['arn:aws:*'], { 'aws:SourceArn': 'arn:aws:s3:::b' })).toBe(
      true,
    );
    expect(ok('ArnLike', 'aws:SourceArn', ['arn:aws:*'], { 'aws:SourceArn': 'arn:aws:s3:::b' })).toBe(false);
  });
  it(`key names are case-insensitive (${COND})`, () => {
    expect(ok('StringEquals', 'AWS:PrincipalTag/TEAM', ['red'], { 'aws:principaltag/team': 'red' })).toBe(
      true,
    );
  });
});

describe(`Numeric operators (${OPS}#Conditions_Numeric)`, () => {
  it('compare integers and decimals', () => {
    expect(ok('NumericLessThan', 'k', ['10'], { k: 9 })).toBe(true);
    expect(ok('NumericLessThan', 'k', ['10'], { k: '10' })).toBe(false);
    expect(ok('NumericLessThanEquals', 'k', ['10'], { k: '10.0' })).toBe(true);
    expect(ok('NumericGreaterThan', 'k', ['1.5'], { k: '1.51' })).toBe(true);
    expect(ok('NumericGreaterThanEquals', 'k', ['-2'], { k: '-3' })).toBe(false);
    expect(ok('NumericEquals', 'k', ['3'], { k: '03' })).toBe(true);
  });
  it('a non-numeric request value matches nothing', () => {
    expect(ok('NumericEquals', 'k', ['3'], { k: 'three' })).toBe(false);
    expect(ok('NumericNotEquals', 'k', ['3'], { k: 'three' })).toBe(true);
  });
  it('policy variables are not substituted', () => {
    expect(
      ok('NumericEquals', 'k', ['${aws:MultiFactorAuthAge}'], { k: '5', 'aws:MultiFactorAuthAge': '5' }),
    ).toBe(false);
  });
});

describe(`Date operators (${OPS}#Conditions_Date)`, () => {
  it('ISO 8601 and epoch seconds compare as instants', () => {
    expect(
      ok('DateLessThan', 'aws:CurrentTime', ['2020-06-30T00:00:00Z'], {
        'aws:CurrentTime': '2020-06-29T23:59:59Z',
      }),
    ).toBe(true);
    expect(
      ok('DateGreaterThan', 'aws:EpochTime', ['2020-01-01T00:00:00Z'], { 'aws:EpochTime': '1577836801' }),
    ).toBe(true);
    expect(
      ok('DateEquals', 'aws:CurrentTime', ['1577836800'], { 'aws:CurrentTime': '2020-01-01T01:00:00+01:00' }),
    ).toBe(true);
    expect(
      ok('DateLessThanEquals', 'aws:CurrentTime', ['2020-01-01'], {
        'aws:CurrentTime': '2020-01-01T00:00:00Z',
      }),
    ).toBe(true);
    expect(
      ok('DateGreaterThanEquals', 'aws:CurrentTime', ['2020-01-01'], {
        'aws:CurrentTime': '2019-12-31T23:59:59Z',
      }),
    ).toBe(false);
  });
  it('no wildcards', () => {
    expect(
      ok('DateEquals', 'aws:CurrentTime', ['2020-*'], { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }),
    ).toBe(false);
  });
});

describe(`Bool (${OPS}#Conditions_Boolean)`, () => {
  it('true/false', () => {
    expect(ok('Bool', 'aws:SecureTransport', ['true'], { 'aws:SecureTransport': true })).toBe(true);
    expect(ok('Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'true' })).toBe(false);
    expect(ok('Bool', 'aws:SecureTransport', ['false'], {})).toBe(false);
  });
  it('variables are substituted (operators page: "Policy variables – Supported")', () => {
    expect(
      ok('Bool', 'aws:SecureTransport', ['${aws:MultiFactorAuthPresent}'], {
        'aws:SecureTransport': 'true',
        'aws:MultiFactorAuthPresent': 'true',
      }),
    ).toBe(true);
  });
});

describe(`BinaryEquals (${OPS}#Conditions_BinaryEquals)`, () => {
  it('compares bytes of base64 values', () => {
    expect(
      ok('BinaryEquals', 'k', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }),
    ).toBe(true);
    expect(ok('BinaryEquals', 'k', ['YQ=='], { k: 'YQ' })).toBe(true);
    expect(ok('BinaryEquals', 'k', ['YQ=='], { k: 'Yg==' })).toBe(false);
  });
});

describe(`IpAddress (${OPS}#Conditions_IPAddress)`, () => {
  it('IPv4 CIDR, bare address as /32', () => {
    expect(ok('IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '203.0.113.9' })).toBe(true);
    expect(ok('IpAddress', 'aws:SourceIp', ['203.0.113.9'], { 'aws:SourceIp': '203.0.113.9' })).toBe(true);
    expect(ok('IpAddress', 'aws:SourceIp', ['203.0.113.9'], { 'aws:SourceIp': '203.0.113.10' })).toBe(false);
  });
  it('IPv6 CIDR', () => {
    expect(
      ok('IpAddress', 'aws:SourceIp', ['2001:DB8:1234:5678::/64'], {
        'aws:SourceIp': '2001:db8:1234:5678::abcd',
      }),
    ).toBe(true);
    expect(
      ok('NotIpAddress', 'aws:SourceIp', ['2001:DB8:1234:5678::/64'], {
        'aws:SourceIp': '2001:db8:1234:5679::1',
      }),
    ).toBe(true);
  });
  it('an unparseable request value matches nothing', () => {
    expect(ok('IpAddress', 'aws:SourceIp', ['0.0.0.0/0'], { 'aws:SourceIp': 'vpce' })).toBe(false);
  });
});

describe(`ARN operators (${OPS}#Conditions_ARN, checklist 6)`, () => {
  it('ArnEquals ≡ ArnLike (wildcards in both)', () => {
    const ctx = { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/AdminRole' };
    expect(ok('ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], ctx)).toBe(true);
    expect(ok('ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], ctx)).toBe(true);
    expect(ok('ArnNotEquals', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], ctx)).toBe(false);
    expect(ok('ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:user/*'], ctx)).toBe(true);
  });
  it('case-sensitive (checklist 7)', () => {
    expect(
      ok('ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::1:role/admin'], {
        'aws:PrincipalArn': 'arn:aws:iam::1:role/Admin',
      }),
    ).toBe(false);
  });
});

describe(`Null (${OPS}#Conditions_Null)`, () => {
  it('"true" means absent, "false" means present', () => {
    expect(ok('Null', 'aws:TokenIssueTime', ['true'], {})).toBe(true);
    expect(ok('Null', 'aws:TokenIssueTime', ['true'], { 'aws:TokenIssueTime': '2011-05-03T00:00:00Z' })).toBe(
      false,
    );
    expect(ok('Null', 'aws:TokenIssueTime', ['false'], {})).toBe(false);
    expect(
      ok('Null', 'aws:TokenIssueTime', ['false'], { 'aws:TokenIssueTime': '2011-05-03T00:00:00Z' }),
    ).toBe(true);
  });
  it('an empty list counts as absent', () => {
    expect(ok('Null', 'aws:TagKeys', ['true'], { 'aws:TagKeys': [] })).toBe(true);
  });
});

describe(`set operators (${MULTI})`, () => {
  const tags = { 'aws:TagKeys': ['environment', 'cost-center'] };
  it('ForAllValues: every request value matches some policy value', () => {
    expect(
      ok('ForAllValues:StringEquals', 'aws:TagKeys', ['environment', 'cost-center', 'owner'], tags),
    ).toBe(true);
    expect(ok('ForAllValues:StringEquals', 'aws:TagKeys', ['environment'], tags)).toBe(false);
  });
  it('ForAnyValue: some request value matches some policy value', () => {
    expect(ok('ForAnyValue:StringEquals', 'aws:TagKeys', ['environment'], tags)).toBe(true);
    expect(ok('ForAnyValue:StringEquals', 'aws:TagKeys', ['owner'], tags)).toBe(false);
  });
  it('ForAllValues:StringNotEquals: every request value is none of the policy values', () => {
    expect(ok('ForAllValues:StringNotEquals', 'aws:TagKeys', ['owner'], tags)).toBe(true);
    expect(ok('ForAllValues:StringNotEquals', 'aws:TagKeys', ['environment'], tags)).toBe(false);
  });
  it('ForAnyValue:StringNotEquals: at least one request value is none of the policy values', () => {
    expect(ok('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['environment'], tags)).toBe(true);
    expect(ok('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['environment', 'cost-center'], tags)).toBe(
      false,
    );
  });
  it('ForAllValues:StringLike with wildcards', () => {
    expect(ok('ForAllValues:StringLike', 'aws:TagKeys', ['env*', 'cost-*'], tags)).toBe(true);
  });
  it('without a set operator, a multivalued key matches if any value matches (documented choice)', () => {
    expect(ok('StringEquals', 'aws:TagKeys', ['environment'], tags)).toBe(true);
    expect(ok('StringNotEquals', 'aws:TagKeys', ['environment'], tags)).toBe(false);
    expect(ok('StringNotEquals', 'aws:TagKeys', ['owner'], tags)).toBe(true);
  });
  it('ForAnyValue with IfExists on a missing key → true', () => {
    expect(ok('ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['a'], {})).toBe(true);
  });
});

describe(`policy variables (${VARS}, checklist 8)`, () => {
  const ctx = { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red', 's3:prefix': 'home/alice/x' };
  it('substituted in String conditions under 2012-10-17', () => {
    expect(ok('StringLike', 's3:prefix', ['home/${aws:username}/*'], ctx)).toBe(true);
    expect(ok('StringEquals', 'aws:PrincipalTag/team', ['${AWS:PrincipalTag/Team}'], ctx)).toBe(true);
  });
  it('literal text under 2008-10-17 or with no Version', () => {
    expect(ok('StringLike', 's3:prefix', ['home/${aws:username}/*'], ctx, '2008-10-17')).toBe(false);
    expect(ok('StringLike', 's3:prefix', ['home/${aws:username}/*'], ctx, 'none')).toBe(false);
    expect(ok('StringEquals', 'k', ['${aws:username}'], { k: '${aws:username}' }, 'none')).toBe(true);
  });
  it('unresolved: positive does not match, negated does', () => {
    expect(ok('StringEquals', 'k', ['${aws:username}'], { k: '' })).toBe(false);
    expect(ok('StringLike', 'k', ['${aws:username}*'], { k: 'x' })).toBe(false);
    expect(ok('StringNotEquals', 'k', ['${aws:username}'], { k: 'x' })).toBe(true);
    expect(ok('StringNotLike', 'k', ['${aws:username}*'], { k: 'x' })).toBe(true);
    expect(
      ok('ArnNotLike', 'k', ['arn:aws:iam::1:user/${aws:username}'], { k: 'arn:aws:iam::1:user/x' }),
    ).toBe(true);
  });
  it('default values', () => {
    expect(ok('StringEquals', 'k', ["${aws:PrincipalTag/dept, 'company-wide'}"], { k: 'company-wide' })).toBe(
      true,
    );
  });
  it('substituted values are never wildcards', () => {
    const bob = { 'aws:username': 'Bob*' };
    expect(ok('StringLike', 'k', ['home/${aws:username}'], { ...bob, k: 'home/Bobby' })).toBe(false);
    expect(ok('StringLike', 'k', ['home/${aws:username}'], { ...bob, k: 'home/Bob*' })).toBe(true);
    expect(
      ok('ArnLike', 'k', ['arn:aws:iam::1:user/${aws:username}'], { ...bob, k: 'arn:aws:iam::1:user/Bobby' }),
    ).toBe(false);
  });
  it('${*} ${?} ${$} are literal characters', () => {
    expect(ok('StringLike', 'k', ['a${*}'], { k: 'a*' })).toBe(true);
    expect(ok('StringLike', 'k', ['a${*}'], { k: 'ab' })).toBe(false);
    expect(ok('StringLike', 'k', ['a${?}'], { k: 'ab' })).toBe(false);
    expect(ok('StringEquals', 'k', ['${$}x'], { k: '$x' })).toBe(true);
  });
  it('multivalued keys cannot be variables', () => {
    expect(ok('StringEquals', 'k', ['${aws:TagKeys}'], { k: 'a', 'aws:TagKeys': ['a'] })).toBe(false);
  });
  it('ArnLike with a variable', () => {
    expect(
      ok('ArnLike', 'aws:SourceArn', ['arn:aws:iam::1:user/${aws:username}'], {
        'aws:username': 'alice',
        'aws:SourceArn': 'arn:aws:iam::1:user/alice',
      }),
    ).toBe(true);
  });
  it('the compiled condition lists the variables it reads', () => {
    const c = compileCondition(
      { operator: 'StringLike', key: 'K', values: ['${aws:username}/${AWS:userid}'] },
      '2012-10-17',
    );
    expect(c.variables).toEqual(['aws:username', 'aws:userid']);
    expect(c.key).toBe('k');
  });
});

describe('unknown operators', () => {
  it('never match, and say why', () => {
    const r = run('StringEqualz', 'k', ['a'], { k: 'a' });
    expect(r.matched).toBe(false);
    expect(r.reason).toContain('unknown');
    expect(ok('stringequals', 'k', ['a'], { k: 'a' })).toBe(false);
  });
});

describe('results are plain data for traces', () => {
  it('carry request values and the matched policy value', () => {
    const r = run('StringLike', 'k', ['x*', 'a*'], { k: ['q', 'ab'] });
    expect(r).toMatchObject({ matched: true, requestValues: ['q', 'ab'], matchedValue: 'a*' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
