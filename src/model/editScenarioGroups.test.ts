import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from './builders';
import {
  addGroup,
  addUserToGroup,
  checkGroup,
  checkMembership,
  groupArnOf,
  membersOf,
  removeGroup,
  removeUserFromGroup,
} from './editScenarioGroups';
import { addInlinePolicy, attachManagedPolicy, checkInlinePolicy } from './editScenarioPolicies';
import type { Scenario } from './scenario';
import { validateScenarioValue } from './validateScenario';

const ALICE = arns.user(ACCOUNT_A, 'alice');
const READER = arns.role(ACCOUNT_A, 'ReportsReader');
const DEVELOPERS = groupArnOf({ account: ACCOUNT_A, name: 'Developers' });
// A trust naming the account: alice may assume the role only once some identity policy allows it.
const story = aScenario({
  accounts: [
    { id: ACCOUNT_A, name: 'A' },
    { id: ACCOUNT_B, name: 'B' },
  ],
  users: [aUser(ALICE)],
  roles: [aRole(READER, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
});
const assume = anIdentityPolicy.allow('sts:AssumeRole', READER).build();
const hop = (s: Scenario) =>
  analyzeScenario(s, { now: () => 0 }).edges.some((e) => e.from === ALICE && e.to === READER && e.permitted);

describe('groups, their policies and members', () => {
  const grouped = addGroup(story, { account: ACCOUNT_A, name: 'Developers' });
  const withPolicy = addInlinePolicy(grouped, DEVELOPERS, { name: 'assume-reader', document: assume });

  it('a group’s policy reaches a user once the user is a member, and stops when they leave', () => {
    expect(grouped.groups).toEqual([{ arn: DEVELOPERS }]);
    expect(hop(withPolicy)).toBe(false);
    const member = addUserToGroup(withPolicy, ALICE, DEVELOPERS);
    expect(member.users?.[0]?.groups).toEqual([DEVELOPERS]);
    expect(membersOf(member, DEVELOPERS).map((u) => u.arn)).toEqual([ALICE]);
    expect(hop(member)).toBe(true);
    expect(validateScenarioValue(member).problems).toEqual([]);
    const left = removeUserFromGroup(member, ALICE, DEVELOPERS);
    expect(left.users?.[0]).toEqual(story.users?.[0]);
    expect(hop(left)).toBe(false);
  });

  it('an AWS managed policy attached to the group counts for its members', () => {
    const admin = attachManagedPolicy(grouped, DEVELOPERS, 'arn:aws:iam::aws:policy/AdministratorAccess');
    expect(hop(addUserToGroup(admin, ALICE, DEVELOPERS))).toBe(true);
  });

  it('deleting a group takes its members out of it, so no user names a missing group', () => {
    const member = addUserToGroup(withPolicy, ALICE, DEVELOPERS);
    const deleted = removeGroup(member, DEVELOPERS);
    expect(deleted.groups).toEqual([]);
    expect(deleted.users?.[0]?.groups).toBeUndefined();
    expect(validateScenarioValue(deleted).problems).toEqual([]);
    expect(() => removeGroup(deleted, DEVELOPERS)).toThrow('unknownGroup');
  });

  it('names what is wrong with the input', () => {
    const frozen = structuredClone(grouped);
    expect(checkGroup(grouped, { account: ACCOUNT_A, name: 'Developers' })).toBe('duplicate');
    expect(checkGroup(grouped, { account: ACCOUNT_A, name: 'has space' })).toBe('iamName');
    expect(checkGroup(grouped, { account: '999988887777', name: 'Ops' })).toBe('unknownAccount');
    expect(checkMembership(grouped, arns.user(ACCOUNT_A, 'nobody'), DEVELOPERS)).toBe('unknownPrincipal');
    expect(checkMembership(grouped, ALICE, arns.group(ACCOUNT_A, 'Nope'))).toBe('unknownGroup');
    const other = addGroup(grouped, { account: ACCOUNT_B, name: 'Ops' });
    expect(checkMembership(other, ALICE, arns.group(ACCOUNT_B, 'Ops'))).toBe('groupAccount');
    expect(checkMembership(addUserToGroup(grouped, ALICE, DEVELOPERS), ALICE, DEVELOPERS)).toBe('duplicate');
    expect(checkInlinePolicy(withPolicy, DEVELOPERS, 'assume-reader')).toBe('duplicate');
    expect(grouped).toEqual(frozen);
  });
});
