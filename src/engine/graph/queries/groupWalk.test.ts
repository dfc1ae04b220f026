/**
 * A group's edges are its joiners' (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html:
 * a group is no principal): every walk over the graph (paths, reach, who can reach, permission chains,
 * administrator reach) takes one only right after that user's join, never after a member's MemberOf
 * edge or another user's join, and a replay decides it with the group's policies beside the user's.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  aGroup,
  aManagedPolicy,
  aRole,
  aScenario,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import { adminReach } from '../../diff/adminReach';
import { chainsFrom, chainsTo, edgeIndex } from '../../permissions/chains';
import { analyzeScenario } from '../analysis/analyzeScenario';
import { prepareScenario } from '../analysis/prepareScenario';
import { replayEdge } from './replayEdge';
import { findPaths, reachableFrom, whoCanReach } from './paths';

const ALICE = arns.user(ACCOUNT_A, 'alice');
const ERIN = arns.user(ACCOUNT_A, 'erin');
const DAVE = arns.user(ACCOUNT_A, 'dave');
const OPS = arns.group(ACCOUNT_A, 'Ops');
const DEPLOYER = arns.role(ACCOUNT_A, 'deployer');
const IAM_ONLY = arns.policy(ACCOUNT_A, 'IamOnlyBoundary');
const joinOps = anIdentityPolicy.allow('iam:AddUserToGroup', OPS);

/** alice and erin may add themselves to Ops; dave is a member whose boundary allows only IAM. */
const scenario = aScenario({
  users: [
    aUser(ALICE, { inline: { HelpDesk: joinOps }, mfa: false }),
    aUser(ERIN, { inline: { HelpDesk: joinOps }, mfa: false }),
    aUser(DAVE, { groups: [OPS], boundary: IAM_ONLY, mfa: false }),
  ],
  groups: [aGroup(OPS, { inline: { Deploy: anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER) } })],
  managedPolicies: [aManagedPolicy(IAM_ONLY, anIdentityPolicy.allow('iam:*'))],
  roles: [aRole(DEPLOYER, { managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] })],
});
const analysis = analyzeScenario(scenario, { now: () => 0 });
const prepared = prepareScenario(scenario);
const groupEdge = (joiner: string) =>
  analysis.edges.find((e) => e.from === OPS && e.to === DEPLOYER && e.joiner === joiner);

describe('walking through a group', () => {
  it('gives each user that can join its own edge from the group, with its own id', () => {
    expect(groupEdge(ALICE)?.id).toBe(`AssumeRole:${OPS}->${DEPLOYER}|as:${ALICE}`);
    expect(groupEdge(ERIN)?.id).toBe(`AssumeRole:${OPS}->${DEPLOYER}|as:${ERIN}`);
    expect(groupEdge(DAVE)).toBeUndefined();
  });

  it('finds the path of each joiner through its own edge, and none for the member', () => {
    const [path] = findPaths(analysis, ALICE, DEPLOYER);
    expect(path?.edges).toEqual([`Escalation:${ALICE}->${OPS}`, groupEdge(ALICE)?.id]);
    expect(path?.hops[1]).toMatchObject({ kind: 'AssumeRole', joiner: ALICE });
    // alice acts as herself, a user: a user's session, not role chaining.
    expect(path?.session).toMatchObject({ chained: false, mfaPossible: true });
    expect(findPaths(analysis, ERIN, DEPLOYER).map((p) => p.edges[1])).toEqual([groupEdge(ERIN)?.id]);
    expect(findPaths(analysis, DAVE, DEPLOYER)).toEqual([]);
  });

  it('reaches the role from each joiner and not from the member, nor from the group alone', () => {
    expect(reachableFrom(analysis, ALICE).map((r) => r.id)).toEqual([OPS, DEPLOYER]);
    expect(reachableFrom(analysis, ERIN).find((r) => r.id === DEPLOYER)?.edge.joiner).toBe(ERIN);
    expect(reachableFrom(analysis, DAVE).map((r) => r.id)).toEqual([OPS]);
    expect(reachableFrom(analysis, OPS)).toEqual([]);
  });

  it('names who can reach the role, each joiner with the hop it makes from the group', () => {
    const reached = whoCanReach(analysis, DEPLOYER);
    expect(reached.map((r) => r.id)).toEqual([ALICE, ERIN]);
    for (const user of [ALICE, ERIN]) {
      const entry = reached.find((r) => r.id === user);
      expect(entry?.edge).toMatchObject({ kind: 'Escalation', technique: 'iam:AddUserToGroup' });
      expect(entry?.joined).toMatchObject({ from: OPS, to: DEPLOYER, joiner: user });
    }
    expect(whoCanReach(analysis, OPS).map((r) => r.id)).toEqual([ALICE, DAVE, ERIN]);
  });

  it('gives the joiners, not the member, a permission chain into the role', () => {
    const index = edgeIndex(analysis);
    const into = chainsFrom(prepared, index, ALICE).find((c) => c.session.principal.arn === DEPLOYER);
    expect(into?.via).toEqual([ALICE, OPS, DEPLOYER]);
    expect(into?.edges[1]).toBe(groupEdge(ALICE)?.id);
    expect(chainsFrom(prepared, index, DAVE).some((c) => c.via.includes(DEPLOYER))).toBe(false);
    const to = chainsTo(prepared, index, DEPLOYER);
    expect(to.map((c) => c.via)).toEqual([[DEPLOYER], [ALICE, OPS, DEPLOYER], [ERIN, OPS, DEPLOYER]]);
    expect(to[2]?.edges[1]).toBe(groupEdge(ERIN)?.id);
  });

  it('gives administrator reach to the joiners only', () => {
    expect([...adminReach(analysis, new Set([DEPLOYER]))].sort()).toEqual([
      `${ALICE}|${DEPLOYER}`,
      `${ERIN}|${DEPLOYER}`,
    ]);
  });

  it('replays the hop as the user with the group’s policies', () => {
    const edge = groupEdge(ALICE);
    expect(edge?.decisions[0]?.request).toMatchObject({ callerArn: ALICE, joinedGroup: OPS });
    const [replayed] = edge ? replayEdge(prepared, edge) : [];
    expect(replayed?.result.decision).toBe('Allowed');
    expect(replayed?.result.explanation).toContain('Ops · Deploy');
  });
});
