import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parsePolicy';
import { allowS3, diagnosticsOf, statementPolicy } from './policyFixtures';

describe('parsePolicy principals', () => {
  const withPrincipal = (principal: unknown, extra: Record<string, unknown> = {}): string =>
    statementPolicy({ ...allowS3, Principal: principal, ...extra });

  it('turns a bare "*" into an AWS wildcard principal', () => {
    const { policy } = parsePolicy(withPrincipal('*'), 'resource');
    expect(policy?.statements[0]?.principal?.map(({ type, value }) => ({ type, value }))).toEqual([
      { type: 'AWS', value: '*' },
    ]);
  });

  it('keeps principals in document order across types', () => {
    const { policy, diagnostics } = parsePolicy(
      withPrincipal({
        Service: ['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com'],
        AWS: 'arn:aws:sts::111122223333:assumed-role/Dev/alice',
      }),
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
    expect(d?.message).toBe(
      'Invalid AWS principal "bob": expected "*", a 12-digit account ID, or an arn:aws:iam:: or arn:aws:sts:: ARN.',
    );
    expect(
      diagnosticsOf(withPrincipal({ AWS: 'AIDAJQABLZS4A3QDU576Q' }), 'trust').map((d) => [
        d.code,
        d.severity,
      ]),
    ).toEqual([['TS4008', 'warning']]);
  });

  it('forbids Principal and NotPrincipal by policy kind', () => {
    for (const kind of ['identity', 'boundary', 'session', 'scp'] as const) {
      expect(diagnosticsOf(withPrincipal('*'), kind).map((d) => d.code)).toContain('TS4001');
    }
    const notPrincipal = statementPolicy({
      ...allowS3,
      Effect: 'Deny',
      NotPrincipal: { AWS: '111122223333' },
    });
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
