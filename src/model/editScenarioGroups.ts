/**
 * IAM groups: add and delete a group, add a user to it or take one out. Membership is written on
 * the user (`groups`), as get-account-authorization-details exports it; a group's policies are
 * edited with editScenarioPolicies.ts, whose holders include groups. Pure, like editScenario.ts.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html
 */
import { aGroup, arns } from './builders';
import type { EditProblem } from './editScenario';
import { accountOfArn, type Scenario, type UserSpec } from './scenario';

/** Group names: 1–128 letters, digits and +=,.@_- (IAM's GroupName). */
const GROUP_NAME = /^[\w+=,.@-]{1,128}$/;

function fail(problem: EditProblem | null): void {
  if (problem) throw new Error(`invalid input: ${problem}`);
}

export interface GroupInput {
  account: string;
  name: string;
}

export const groupArnOf = (input: GroupInput) => arns.group(input.account, input.name);

export function checkGroup(s: Scenario, input: GroupInput): EditProblem | null {
  if (!GROUP_NAME.test(input.name)) return 'iamName';
  if (!s.accounts.some((a) => a.id === input.account)) return 'unknownAccount';
  return (s.groups ?? []).some((g) => g.arn === groupArnOf(input)) ? 'duplicate' : null;
}

/** Adds an empty group with no policies: it grants nothing until one is written or attached. */
export function addGroup(s: Scenario, input: GroupInput): Scenario {
  fail(checkGroup(s, input));
  return { ...s, groups: [...(s.groups ?? []), aGroup(groupArnOf(input))] };
}

/** The users of the scenario in the group. */
export function membersOf(s: Scenario, groupArn: string): UserSpec[] {
  return (s.users ?? []).filter((u) => (u.groups ?? []).includes(groupArn));
}

function withUser(s: Scenario, userArn: string, change: (u: UserSpec) => UserSpec): Scenario {
  return { ...s, users: (s.users ?? []).map((u) => (u.arn === userArn ? change(u) : u)) };
}

/** The user without `groupArn` among its groups; the field goes when no group is left. */
function leave(user: UserSpec, groupArn: string): UserSpec {
  if (!(user.groups ?? []).includes(groupArn)) return user;
  const { groups, ...rest } = user;
  const kept = (groups ?? []).filter((g) => g !== groupArn);
  return kept.length > 0 ? { ...rest, groups: kept } : rest;
}

/** Deletes the group and takes every member out of it (AWS asks for that first, by hand). */
export function removeGroup(s: Scenario, groupArn: string): Scenario {
  if (!(s.groups ?? []).some((g) => g.arn === groupArn)) throw new Error('invalid input: unknownGroup');
  return {
    ...s,
    groups: (s.groups ?? []).filter((g) => g.arn !== groupArn),
    users: (s.users ?? []).map((u) => leave(u, groupArn)),
  };
}

/** A user can join only a group of its own account. */
export function checkMembership(s: Scenario, userArn: string, groupArn: string): EditProblem | null {
  const user = (s.users ?? []).find((u) => u.arn === userArn);
  if (!user) return 'unknownPrincipal';
  if (!(s.groups ?? []).some((g) => g.arn === groupArn)) return 'unknownGroup';
  if (accountOfArn(userArn) !== accountOfArn(groupArn)) return 'groupAccount';
  return (user.groups ?? []).includes(groupArn) ? 'duplicate' : null;
}

export function addUserToGroup(s: Scenario, userArn: string, groupArn: string): Scenario {
  fail(checkMembership(s, userArn, groupArn));
  return withUser(s, userArn, (u) => ({ ...u, groups: [...(u.groups ?? []), groupArn] }));
}

export function removeUserFromGroup(s: Scenario, userArn: string, groupArn: string): Scenario {
  return withUser(s, userArn, (u) => leave(u, groupArn));
}
