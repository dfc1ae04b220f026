import { describe, expect, it } from 'vitest';
import type { PermissionRow } from '../../../engine';
import { filterRows, groupRows, NO_FILTER, rowsToCsv, rowsToJson } from './permissionView';

const row = (
  action: string,
  accessLevel: PermissionRow['accessLevel'],
  extra: Partial<PermissionRow> = {},
): PermissionRow => ({
  principal: 'i-1',
  via: ['i-1', 'arn:aws:iam::111122223333:role/Reader'],
  hops: [
    {
      edge: 'InstanceProfile:i-1->arn:aws:iam::111122223333:role/Reader',
      from: 'i-1',
      to: 'arn:aws:iam::111122223333:role/Reader',
      kind: 'InstanceProfile',
    },
  ],
  action,
  service: action.split(':')[0] as string,
  accessLevel,
  decision: 'Allowed',
  resources: ['arn:aws:s3:::reports/*'],
  resourceNames: ['reports/*'],
  resourceNodes: ['arn:aws:s3:::reports'],
  conditions: [],
  context: {},
  viaConditions: [],
  reason: { code: 'identity-allowed', params: { principal: 'p', action, resource: 'r' } },
  ...extra,
});

const rows = [
  row('s3:ListBucket', 'List', { resources: ['arn:aws:s3:::reports'], resourceNames: ['reports'] }),
  row('s3:GetObject', 'Read'),
  row('s3:PutObject', 'Write', {
    decision: 'Conditional',
    conditions: [
      { key: 'aws:SourceIp', operator: 'IpAddress', values: ['203.0.113.0/24'], label: 'source IP' },
    ],
  }),
  row('sqs:SendMessage', 'Write', { resources: ['*'], resourceNames: [] }),
];

describe('the permissions table', () => {
  it('groups by service, then access level in the rows’ order', () => {
    expect(groupRows(rows).map((g) => [g.service, g.actions, g.levels.map((l) => l.level)])).toEqual([
      ['s3', 3, ['List', 'Read', 'Write']],
      ['sqs', 1, ['Write']],
    ]);
  });

  it('searches actions, resources and chains, and filters by service, level and outcome', () => {
    const actions = (f: Partial<typeof NO_FILTER>) =>
      filterRows(rows, { ...NO_FILTER, ...f }).map((r) => r.action);
    expect(actions({ search: 'REPORTS/' })).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(actions({ search: 'role/reader', service: 'sqs' })).toEqual(['sqs:SendMessage']);
    expect(actions({ level: 'Write' })).toEqual(['s3:PutObject', 'sqs:SendMessage']);
    expect(actions({ decision: 'Conditional' })).toEqual(['s3:PutObject']);
  });

  it('exports CSV with a header and quoted cells, and JSON rows with the reason’s code', () => {
    const csv = rowsToCsv([rows[2] as PermissionRow]).split('\r\n');
    expect(csv[0]).toBe('principal,via,action,accessLevel,decision,resources,resourceNames,conditions');
    expect(csv[1]).toBe(
      'i-1,i-1 > arn:aws:iam::111122223333:role/Reader,s3:PutObject,Write,Conditional,arn:aws:s3:::reports/*,reports/*,IpAddress aws:SourceIp=203.0.113.0/24',
    );
    expect(rowsToCsv([row('s3:GetObject', 'Read', { resourceNames: ['a,b'] })])).toContain('"a,b"');
    const json = JSON.parse(rowsToJson([rows[1] as PermissionRow])) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({
      action: 's3:GetObject',
      decision: 'Allowed',
      reason: 'identity-allowed',
    });
    expect(json[0]).not.toHaveProperty('resourceNodes');
  });
});
