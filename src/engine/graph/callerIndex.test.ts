import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../testing/generateOrganization';
import { buildCallerIndex } from './callerIndex';
import { prepareScenario } from './prepareScenario';
import { trustNames } from './trustIndex';

describe('buildCallerIndex', () => {
  // An identity edit asks about its few callers role by role; a full run asks each role for its
  // candidates. Both must pick the same pairs, or an edit would give another graph.
  it('accepts exactly the callers that candidatesFor lists, for every role', () => {
    const scenario = generateOrganization({ roles: 600, seed: 4 });
    // A service-linked role is never a caller, whatever its policies allow.
    const account = scenario.accounts[5]?.id ?? '';
    scenario.roles?.push({
      arn: `arn:aws:iam::${account}:role/aws-service-role/ops.amazonaws.com/AWSServiceRoleForOps`,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ops.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      },
      managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
    });
    const prepared = prepareScenario(scenario, {});
    const index = buildCallerIndex(prepared);
    let pairs = 0;
    for (const target of prepared.roles) {
      const trust = trustNames(target);
      const listed = new Set(index.candidatesFor(target, trust));
      pairs += listed.size;
      for (const caller of [...prepared.users, ...prepared.roles])
        expect(index.accepts(caller, target, trust), `${caller.arn} → ${target.arn}`).toBe(
          listed.has(caller),
        );
    }
    expect(pairs).toBeGreaterThan(1000);
  });
});
