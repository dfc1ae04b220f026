import { describe, expect, it } from 'vitest';
import { generateDenseOrganization } from '../../../testSupport/generateDenseOrganization';
import { generateOrganization } from '../../../testSupport/generateOrganization';
import { buildCallerIndex } from './callerIndex';
import { evaluateHop } from './evaluateHop';
import { prepareScenario } from '../analysis/prepareScenario';
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

  // The index is only worth having if it never drops a pair AWS would allow: here every pair it
  // drops is evaluated, in an organization of account-wide trusts and wildcard cross-account
  // permissions, with account segments written every way (a named account, `*`, `?`, a variable).
  it('drops only pairs the engine denies', () => {
    const scenario = generateDenseOrganization({ roles: 200, rolesPerAccount: 40, seed: 3 });
    const [a, b] = scenario.accounts.map((x) => x.id);
    const allow = (Resource: string) => [
      {
        name: 'twist',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource }],
        },
      },
    ];
    const roles = scenario.roles ?? [];
    [
      'arn:aws:iam::*:role/app-*',
      `arn:aws:iam::${(b ?? '').slice(0, 11)}?:role/*`,
      'arn:aws:iam::${aws:PrincipalAccount}:role/*',
      `arn:aws:iam::${a ?? ''}:role/*`,
      'arn:aws:iam::*',
      '*',
    ].forEach((resource, i) => {
      const role = roles[i * 7];
      if (role) role.inlinePolicies = allow(resource);
    });
    const prepared = prepareScenario(scenario, {});
    const index = buildCallerIndex(prepared);
    let dropped = 0;
    let kept = 0;
    for (const target of prepared.roles) {
      const trust = trustNames(target);
      const listed = new Set(index.candidatesFor(target, trust));
      for (const caller of index.callers) {
        if (caller === target) continue;
        if (listed.has(caller)) {
          kept++;
          continue;
        }
        dropped++;
        const hop = evaluateHop(
          prepared,
          {
            principal: caller.arn,
            caller,
            target,
            action: 'sts:AssumeRole',
            how: { mfa: true },
            denialShown: false,
          },
          { evaluations: 0 },
        );
        expect(hop.permitted, `${caller.arn} → ${target.arn}`).toBe(false);
      }
    }
    expect(kept).toBeGreaterThan(300);
    expect(dropped).toBeGreaterThan(kept);
  });
});
