import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('Organizations', () => {
  const { scenario, problems } = importFiles([load('organization.json')]);
  const org = scenario.organization;

  it('builds the unit tree with accounts and attached SCPs and RCPs', () => {
    expect(problems).toEqual([]);
    expect(org?.id).toBe('o-a1b2c3d4e5');
    expect(org?.managementAccountId).toBe('999988887777');
    expect(org?.root).toMatchObject({
      id: 'r-ab12',
      accounts: ['999988887777'],
      scps: ['p-FullAWSAccess'],
      rcps: ['p-RCPFullAWSAccess'],
    });
    const workloads = org?.root.children?.[0];
    expect(workloads).toMatchObject({
      id: 'ou-ab12-11111111',
      name: 'Workloads',
      scps: ['p-FullAWSAccess', 'p-examplescp1'],
    });
    expect(workloads?.children?.[0]).toMatchObject({
      name: 'Prod',
      accounts: ['111122223333', '444455556666'],
    });
  });

  it('keeps only SCPs and RCPs, with their documents parsed from Content', () => {
    expect(org?.policies.map((p) => [p.id, p.type])).toEqual([
      ['p-FullAWSAccess', 'SERVICE_CONTROL_POLICY'],
      ['p-examplescp1', 'SERVICE_CONTROL_POLICY'],
      ['p-RCPFullAWSAccess', 'RESOURCE_CONTROL_POLICY'],
      ['p-examplercp1', 'RESOURCE_CONTROL_POLICY'],
    ]);
    expect(org?.policies[1]?.document).toMatchObject({
      Statement: [{ Sid: 'DenyLeaveOrg' }, { Sid: 'DenyOutsideRegions' }],
    });
  });

  it('records policies attached directly to accounts', () => {
    expect(org?.accountPolicies?.['111122223333']).toEqual({
      scps: ['p-FullAWSAccess'],
      rcps: ['p-RCPFullAWSAccess', 'p-examplercp1'],
    });
  });

  it('names accounts, replacing the placeholders other importers made', () => {
    const base: Scenario = {
      version: 1,
      name: 'x',
      accounts: [
        { id: '111122223333', name: '111122223333' },
        { id: '444455556666', name: 'Workloads (mine)' },
      ],
    };
    const merged = importFiles([load('organization.json')], base).scenario;
    expect(merged.accounts).toEqual([
      { id: '111122223333', name: 'Account A (resources)' },
      { id: '444455556666', name: 'Workloads (mine)' },
      { id: '999988887777', name: 'Management' },
    ]);
  });

  it('reports broken content and dangling parents, and keeps the rest', () => {
    const text = JSON.stringify(
      {
        Roots: [{ Id: 'r-1', Arn: 'arn:aws:organizations::999988887777:root/o-zz/r-1', Name: 'Root' }],
        OrganizationalUnits: [{ Id: 'ou-1', Name: 'Lost', ParentId: 'ou-missing' }],
        Accounts: [
          { Id: '111122223333', Name: 'A', ParentId: 'r-1' },
          { Id: '222233334444', Name: 'B', ParentId: 'ou-1' },
        ],
        Policies: [
          {
            PolicySummary: { Id: 'p-bad', Name: 'Bad', Type: 'SERVICE_CONTROL_POLICY' },
            Content: '{"Statement": [',
            Targets: [],
          },
        ],
      },
      null,
      2,
    );
    const result = importFiles([{ name: 'org.json', text }]);
    expect(result.scenario.organization?.id).toBe('o-zz');
    expect(result.scenario.organization?.managementAccountId).toBe('999988887777');
    expect(result.scenario.organization?.root.accounts).toEqual(['111122223333']);
    expect(result.problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'OrganizationalUnits[0]'],
      ['warning', 'Accounts[1]'],
      ['error', 'Policies[0].Content'],
    ]);
  });
});
