import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model/scenario';
import { prepareScenario } from '../analysis/prepareScenario';

const member = '111122223333';
const allow = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

function organization(accountPolicies: { scps?: string[]; rcps?: string[] }): Scenario {
  return {
    version: 1,
    name: 'levels',
    accounts: [
      { id: '999999999999', name: 'Management' },
      { id: member, name: 'Member' },
    ],
    organization: {
      id: 'o-levels0001',
      managementAccountId: '999999999999',
      root: { id: 'r-root', name: 'Root', scps: ['p-scp'], rcps: ['p-rcp'], accounts: [member] },
      policies: [
        { id: 'p-scp', name: 'DenyNothing', type: 'SERVICE_CONTROL_POLICY', document: allow },
        {
          id: 'p-rcp',
          name: 'Perimeter',
          type: 'RESOURCE_CONTROL_POLICY',
          document: { ...allow, Statement: [{ ...allow.Statement[0], Principal: '*' }] },
        },
      ],
      accountPolicies: { [member]: accountPolicies },
    },
  };
}

describe('organization levels', () => {
  it('are the root, the units down to the account and the account, each with its own policies', () => {
    const prepared = prepareScenario(organization({ scps: ['p-scp'] }));
    expect(prepared.scpLevels(member)?.map((l) => [l.orgIdentifier, l.policies.map((p) => p.name)])).toEqual([
      ['r-root', ['DenyNothing · SCP']],
      [member, ['DenyNothing · SCP']],
    ]);
    // The management account is outside SCPs and RCPs.
    expect(prepared.scpLevels('999999999999')).toBeUndefined();
  });

  it('count a policy only among its own type: an SCP listed as an RCP is not an RCP', () => {
    const prepared = prepareScenario(organization({ rcps: ['p-scp'] }));
    const account = prepared.rcpLevels(member)?.at(-1);
    expect(account?.policies.map((p) => p.name)).toEqual(['RCPFullAWSAccess (default)']);
  });
});
