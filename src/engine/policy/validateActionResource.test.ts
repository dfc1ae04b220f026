import { describe, expect, it } from 'vitest';
import type { ActionCatalog } from './parsePolicy';
import { allowS3, diagnosticsOf, statementPolicy } from './policyFixtures';

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
    const diagnostics = diagnosticsOf(
      withActions(['S3:GetObject', 's3:Get*', 's3:PutObjekt', 'iam:Whatever', 'ec3:Get*', '*']),
      'identity',
      catalog,
    );
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
    expect(
      diagnosticsOf(withActions(['s4:GetObjekt', 'execute-api:Invoke', 's3:*Object?']), 'identity'),
    ).toEqual([]);
    const bad = diagnosticsOf(
      withActions(['s3', 's3:', 's3: GetObject', ':GetObject', 's3:Get:Object']),
      'identity',
    );
    expect(bad.map((d) => d.code)).toEqual(Array(5).fill('TS5001'));
  });

  it.each([
    '*',
    'arn:aws:s3:::bucket',
    'arn:aws:s3:::*',
    'arn:aws:ec2:*:*:instance/*',
    'arn:aws:iam::111122223333:role/a:b',
  ])('accepts the resource %s', (resource) => {
    expect(diagnosticsOf(statementPolicy({ ...allowS3, Resource: resource }), 'identity')).toEqual([]);
  });

  it.each([
    ['bucket/*', 'TS5004'],
    ['arn:aws:s3::bucket', 'TS5004'],
    ['ARN:aws:s3:::bucket', 'TS5004'],
    ['arn:aws:s?:::bucket', 'TS5005'],
    ['arn:aws:s3:${aws:RequestedRegion}::bucket', 'TS5006'],
  ])('rejects the resource %s with %s', (resource, code) => {
    expect(
      diagnosticsOf(statementPolicy({ ...allowS3, Resource: resource }), 'identity').map((d) => d.code),
    ).toEqual([code]);
  });

  it('reports wrong types and empty lists in Action and Resource', () => {
    const diagnostics = diagnosticsOf(
      statementPolicy({ ...allowS3, Action: ['s3:GetObject', 7], Resource: [] }),
      'identity',
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Each Action value must be a string, but this is the number 7.',
      'Resource is an empty list: it must name at least one value.',
    ]);
  });
});
