/**
 * The session at the end of an `iam:AddUserToGroup` escalation edge: the user that added itself to
 * the group acts as itself, with the group's attached and inline policies added to its own identity
 * policies, as every member's are (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html).
 * Its permissions boundary and its account's SCPs still apply to each request
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
import type { CompiledPolicy } from '../../evaluate/compilePolicy';
import { allAssumptions, assumption } from './assumptions';
import {
  managedLookup,
  unreadableAssumptions,
  type PreparedPrincipal,
  type PreparedScenario,
} from './prepareScenario';
import type { Assumption, GraphEdge, GraphNode } from '../types';

/** What joining a group adds to a user's session. */
export interface JoinedGroup {
  group: string;
  /** The group's inline and managed policies (those the scenario has documents for). */
  policies: CompiledPolicy[];
  /**
   * What the input does not show of them: a managed policy the scenario has no document for, and a
   * document that could not be read in full. Each is taken as nothing, as for the group's members.
   */
  assumptions: readonly Assumption[];
}

/** Whether an edge is a user joining a group: the only escalation edge that ends in a group. */
export function isJoinEdge(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): boolean {
  return edge.kind === 'Escalation' && nodes.get(edge.to)?.kind === 'group';
}

const byPrepared = new WeakMap<PreparedScenario, Map<string, JoinedGroup>>();
/** By the group's policies of one analysis: an edit of the group's documents makes a new member. */
const joinedUsers = new WeakMap<PreparedPrincipal, WeakMap<JoinedGroup, PreparedPrincipal>>();

/** The group's policies, compiled from the scenario's documents once per analysis. */
export function joinedGroup(prepared: PreparedScenario, group: string): JoinedGroup {
  let groups = byPrepared.get(prepared);
  if (!groups) {
    groups = new Map<string, JoinedGroup>();
    const managed = managedLookup(prepared.documents);
    for (const spec of prepared.scenario.groups ?? []) {
      const policies: CompiledPolicy[] = [];
      const ids = (spec.inlinePolicies ?? []).map((p) => `${spec.arn}#inline/${p.name}`);
      for (const id of ids) {
        const c = prepared.documents.get(id);
        if (c) policies.push(c);
      }
      const missing: Assumption[] = [];
      for (const arn of spec.managedPolicies ?? []) {
        const c = managed(arn, 'identity');
        if (c) policies.push(c);
        // In the scenario but not compiled: named as unreadable below.
        else if (!prepared.documents.has(arn))
          missing.push(assumption('policy-not-imported', { principal: spec.arn, policy: arn }));
      }
      ids.push(...(spec.managedPolicies ?? []));
      const unreadable = unreadableAssumptions(ids, prepared.documents);
      groups.set(spec.arn, { group: spec.arn, policies, assumptions: allAssumptions([missing, unreadable]) });
    }
    byPrepared.set(prepared, groups);
  }
  return groups.get(group) ?? { group, policies: [], assumptions: [] };
}

/**
 * The user as a member of the group: its own identity policies and the group's, and what the input
 * does not show of either; the rest unchanged.
 */
export function asMember(user: PreparedPrincipal, joined: JoinedGroup): PreparedPrincipal {
  let byGroup = joinedUsers.get(user);
  if (!byGroup) joinedUsers.set(user, (byGroup = new WeakMap<JoinedGroup, PreparedPrincipal>()));
  let member = byGroup.get(joined);
  if (!member) {
    member = {
      ...user,
      identityPolicies: [...user.identityPolicies, ...joined.policies],
      assumptions: allAssumptions([user.assumptions, joined.assumptions]),
    };
    byGroup.set(joined, member);
  }
  return member;
}
