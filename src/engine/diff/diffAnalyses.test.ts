import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anAccount,
  anIdentityPolicy,
  arns,
} from '../../model/builders';
import type { Scenario } from '../../model/scenario';
import { administratorRoles, analyzeScenario, diffAnalyses, failMatches, prepareScenario } from '../index';

const alice = arns.user(ACCOUNT_A, 'alice');
const deploy = arns.role(ACCOUNT_A, 'DeployRole');
const release = arns.role(ACCOUNT_A, 'ReleaseRole');
const ops = arns.role(ACCOUNT_A, 'OpsRole');
const admin = { admin: anIdentityPolicy.allow('*', '*') };

function scenario(roles: NonNullable<Scenario['roles']>): Scenario {
  return aScenario({
    accounts: [anAccount(ACCOUNT_A)],
    users: [aUser(alice, { inline: { assume: anIdentityPolicy.allow('sts:AssumeRole', '*') } })],
    roles,
  });
}

const before = scenario([
  aRole(deploy, {
    trust: aTrustPolicy.forUser(alice).when('Bool', 'aws:MultiFactorAuthPresent', 'true'),
    inline: admin,
  }),
  aRole(ops, { trust: aTrustPolicy.forUser(alice) }),
]);
const after = scenario([
  aRole(deploy, { trust: aTrustPolicy.forUser(alice), inline: admin }),
  aRole(release, { trust: aTrustPolicy.forUser(alice), inline: admin }),
]);

function diffOf(a: Scenario, b: Scenario) {
  return diffAnalyses({
    before: analyzeScenario(a),
    after: analyzeScenario(b),
    admins: { before: administratorRoles(prepareScenario(a)), after: administratorRoles(prepareScenario(b)) },
  });
}

describe('what changed between two analyses', () => {
  const diff = diffOf(before, after);

  it('lists edges added, removed and under fewer conditions', () => {
    expect(diff.edges.map((c) => [c.change, c.edge.from, c.edge.to])).toEqual([
      ['fewer-conditions', alice, deploy],
      ['removed', alice, ops],
      ['added', alice, release],
    ]);
  });

  it('lists the principals that newly reach an administrator-level role', () => {
    expect(diff.adminReach).toEqual([{ change: 'added', principal: alice, admin: release }]);
  });

  it('summarises as codes and parameters', () => {
    expect(diff.summary).toEqual([
      { code: 'new-ways-into', params: { target: 'ReleaseRole', id: release, count: 1 } },
      { code: 'fewer-conditions-into', params: { target: 'DeployRole', id: deploy, count: 1 } },
      { code: 'lost-ways-into', params: { target: 'OpsRole', id: ops, count: 1 } },
      { code: 'new-admin-reach', params: { count: 1 } },
    ]);
  });

  it('meets the review gates it should', () => {
    expect(failMatches(diff, { kind: 'new-edge-into', target: deploy })).toHaveLength(1);
    expect(failMatches(diff, { kind: 'new-edge-into', target: ops })).toEqual([]);
    expect(failMatches(diff, { kind: 'new-admin-path' })).toEqual([`${alice} → ${release}`]);
    expect(failMatches(diff, { kind: 'finding-severity', severity: 'low' })).toEqual([]);
  });

  it('the other way round, closes what it opened', () => {
    const back = diffOf(after, before);
    expect(back.edges.map((c) => c.change)).toEqual(['more-conditions', 'added', 'removed']);
    expect(back.adminReach).toEqual([{ change: 'removed', principal: alice, admin: release }]);
    expect(failMatches(back, { kind: 'new-edge-into', target: deploy })).toEqual([]);
  });

  it('says when nothing changed', () => {
    expect(diffOf(before, before).summary).toEqual([{ code: 'no-change', params: {} }]);
  });
});
