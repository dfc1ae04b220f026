import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model/scenario';
import { generateOrganization } from '../../../testSupport/generateOrganization';
import { buildCallerIndex } from './callerIndex';
import { cutNote, findCut } from './cutHops';
import { evaluateHop } from './evaluateHop';
import { prepareScenario } from '../analysis/prepareScenario';
import { SharedHops } from './sharedHops';
import { trustNames } from './trustIndex';

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const TEAMS = ['red', 'blue', 'green'];

/**
 * Ways an organization can make callers that look alike differ: each reads something of the caller
 * that sharing must not gloss over.
 */
const twists = {
  /**
   * Trusts that read the caller's ARN or tags: callers are tagged with one of three teams, and trusts
   * want one of them (two teams would let a mix-up of which trust a caller met go unseen). `star-`
   * roles are few in a small organization, so application roles take part too.
   */
  trustReadsCaller(s: Scenario) {
    const some = s.accounts[5]?.id ?? '';
    for (const [i, role] of (s.roles ?? []).entries()) {
      role.tags = { team: TEAMS[i % 3] as string };
      if (!/\/(star|app)-[^/]*$/.test(role.arn)) continue;
      role.trustPolicy =
        i % 2 === 0
          ? doc({
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: 'sts:AssumeRole',
              Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${some}:role/*` } },
            })
          : doc({
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'aws:PrincipalTag/team': TEAMS[(i >> 1) % 3] } },
            });
    }
  },
  /** An SCP that lets only OrgAdmin sessions assume roles in some accounts. */
  scpReadsArn(s: Scenario) {
    const org = s.organization;
    if (!org) return;
    org.policies.push({
      id: 'p-onlyadmins',
      name: 'OnlyAdminsAssume',
      type: 'SERVICE_CONTROL_POLICY',
      document: doc({
        Effect: 'Deny',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/OrgAdmin' } },
      }),
    });
    const accounts = s.accounts.filter((_, i) => i % 2 === 1).map((a) => a.id);
    org.accountPolicies = { ...org.accountPolicies };
    for (const a of accounts) org.accountPolicies[a] = { scps: ['p-FullAWSAccess', 'p-onlyadmins'] };
  },
  /**
   * Application roles that trust the whole organization, and limits that reach some of them by name
   * and not others: an SCP, an RCP and, for some callers, a Deny of their own.
   */
  limitsByName(s: Scenario) {
    const org = s.organization;
    if (!org) return;
    const deny = (resource: string) =>
      doc({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: resource });
    org.policies.push(
      {
        id: 'p-noappa',
        name: 'NoAppA',
        type: 'SERVICE_CONTROL_POLICY',
        document: doc({ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/app-a*' }),
      },
      {
        id: 'p-noappb',
        name: 'NoAppB',
        type: 'RESOURCE_CONTROL_POLICY',
        document: deny('arn:aws:iam::*:role/app-b*'),
      },
    );
    org.root.scps = [...(org.root.scps ?? []), 'p-noappa'];
    org.root.rcps = [...(org.root.rcps ?? ['p-RCPFullAWSAccess']), 'p-noappb'];
    for (const [i, role] of (s.roles ?? []).entries()) {
      if (role.arn.includes(':role/app-'))
        role.trustPolicy = doc({
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': org.id } },
        });
      if (i % 4 === 0)
        role.inlinePolicies = [
          ...(role.inlinePolicies ?? []),
          {
            name: 'NoAppC',
            document: doc({
              Effect: 'Deny',
              Action: 'sts:AssumeRole',
              Resource: 'arn:aws:iam::*:role/app-c*',
            }),
          },
        ];
    }
  },
  /** An MFA condition in the people's own group policy: its badge points at that policy. */
  groupMfa(s: Scenario) {
    for (const group of s.groups ?? [])
      group.inlinePolicies = [
        {
          name: 'AssumeWithMfa',
          document: doc({
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          }),
        },
      ];
  },
  /**
   * Roles that may assume others only under a session name they choose: a condition the caller
   * brings, badged from each role's own inline policy (the same text and name in every account).
   */
  sessionNameInIdentity(s: Scenario) {
    for (const role of s.roles ?? []) {
      if (!/:role\/(OrgAdmin|OrganizationAccountAccessRole)$/.test(role.arn)) continue;
      role.managedPolicies = [];
      role.inlinePolicies = [
        {
          name: 'AssumeAsOps',
          document: doc({
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: '*',
            Condition: { StringLike: { 'sts:RoleSessionName': 'ops-*' } },
          }),
        },
      ];
    }
  },
  /** ReadOnly roles that may assume the roles their tag names, in a policy with a variable. */
  identityVariables(s: Scenario) {
    for (const [i, role] of (s.roles ?? []).entries()) {
      if (!role.arn.endsWith(':role/ReadOnly')) continue;
      role.tags = { prefix: i % 2 === 0 ? 'star' : 'none' };
      role.inlinePolicies = [
        ...(role.inlinePolicies ?? []),
        {
          name: 'AssumeByTag',
          document: doc({
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: 'arn:aws:iam::*:role/${aws:PrincipalTag/prefix}-*',
          }),
        },
      ];
    }
  },
  /** A group policy, named in the words of every member's hops, whose name holds the placeholder. */
  placeholderName(s: Scenario) {
    for (const group of s.groups ?? [])
      group.inlinePolicies = (group.inlinePolicies ?? []).map((p) => ({ ...p, name: '\u0000caller\u0000' }));
  },
  /** Trusts that turn away one account, or name a role, rather than only `*`. */
  trustNamesCallers(s: Scenario) {
    const [second, third] = s.accounts.slice(5);
    for (const [i, role] of (s.roles ?? []).entries()) {
      if (!/\/(star|app)-[^/]*$/.test(role.arn)) continue;
      role.trustPolicy =
        i % 2 === 0
          ? doc(
              { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
              {
                Effect: 'Deny',
                Principal: { AWS: `arn:aws:iam::${second?.id}:root` },
                Action: 'sts:AssumeRole',
              },
            )
          : doc({
              Effect: 'Allow',
              Principal: {
                AWS: [`arn:aws:iam::${third?.id}:role/OrgAdmin`, `arn:aws:iam::${second?.id}:root`],
              },
              Action: 'sts:AssumeRole',
            });
    }
  },
};

describe('SharedHops', () => {
  it('decides every hop as evaluating it on its own would, whatever the callers share', () => {
    const twist = fc.subarray(Object.keys(twists) as (keyof typeof twists)[]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), twist, (seed, chosen) => {
        const scenario = generateOrganization({ roles: 500, seed, rolesPerAccount: 20 });
        for (const name of chosen) twists[name](scenario);
        const prepared = prepareScenario(scenario, {});
        const index = buildCallerIndex(prepared);
        const hops = new SharedHops(prepared, { evaluations: 0 });
        const counter = { evaluations: 0 };
        for (const target of prepared.roles) {
          for (const caller of index.candidatesFor(target, trustNames(target))) {
            if (caller.arn === target.arn) continue;
            const alone = evaluateHop(
              prepared,
              {
                principal: caller.arn,
                caller,
                target,
                action: 'sts:AssumeRole',
                how: { mfa: caller.kind === 'user' && caller.mfa !== false },
                denialShown: false,
              },
              { evaluations: 0 },
            );
            const decided = hops.decide(caller, target);
            const pair = `${caller.arn} → ${target.arn}`;
            expect(decided?.permitted === true, pair).toBe(alone.permitted);
            // A denied hop is kept as cut exactly when deciding it alone finds a guardrail's cut.
            const mfa = caller.kind === 'user' && caller.mfa !== false;
            const cut = alone.permitted ? undefined : findCut(prepared, caller, target, alone, mfa, counter);
            expect(decided?.cut, pair).toEqual(cut && cutNote(prepared, cut.locator, caller, target));
            if (!decided?.permitted) continue;
            expect(decided.result.explanation, pair).toBe(alone.result.explanation);
            expect(decided.result.decision, pair).toBe(alone.result.decision);
            expect(decided.conditional, pair).toBe(alone.conditional);
            expect(decided.conditions, pair).toEqual(alone.conditions);
            expect(decided.record, pair).toEqual(alone.record);
          }
        }
      }),
      // Each run analyses an organization of 500 roles pair by pair (~1 s): 8 keep the test well inside
      // its timeout on a loaded 2-core machine.
      { numRuns: 8 },
    );
  });

  it('decides a role trusting the organization once per kind of caller, not once per account', () => {
    const prepared = prepareScenario(generateOrganization({ roles: 3000, seed: 2 }), {});
    const index = buildCallerIndex(prepared);
    const counter = { evaluations: 0 };
    const hops = new SharedHops(prepared, counter);
    let pairs = 0;
    let allowed = 0;
    for (const target of prepared.roles.filter((r) => r.arn.includes(':role/star-')))
      for (const caller of index.candidatesFor(target, trustNames(target)))
        if (caller.arn !== target.arn) {
          pairs++;
          if (hops.decide(caller, target)?.permitted) allowed++;
        }
    expect(allowed).toBeGreaterThan(500);
    expect(counter.evaluations).toBeLessThan(pairs / 5);
  });
});
