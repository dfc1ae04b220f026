/**
 * One analysis on two threads (the command line's worker_threads; the engine itself starts none).
 * The AssumeRole edges from the scenario's own callers are most of a large organization's work, and
 * each role's are found apart from every other role's (`addAssumeRoleEdges` with `targets`, as an
 * edit re-analyses some roles). So both sides prepare the same scenario, then claim its roles a few
 * at a time until none are left, whichever side is free first; the helper hands its edges over and
 * the main side goes on with the rest of the run. No two roles' edges have the same endpoints, and a
 * role's edges do not depend on the roles decided before it, so the answer is the same however the
 * roles fell.
 */
import type { Scenario } from '../../model/scenario';
import { addAssumeRoleEdges } from './assumeRoleEdges';
import { buildCallerIndex } from './callerIndex';
import { EdgeBuilder } from './edgeBuilder';
import { DocumentCache, prepareScenario, type PreparedPrincipal } from './prepareScenario';
import { edgeSideAssumptions } from './sideAssumptions';
import { trustNames } from './trustIndex';
import type { GraphEdge } from './types';

/** Roles claimed at once: neighbours share what their hops read, and a claim is an atomic add. */
export const CLAIM = 32;

export interface RoleShare {
  /**
   * Claims the next CLAIM roles for this side: gives the position of the first in the prepared
   * scenario's roles (its `roles`, in scenario order), at or past their number when none are left.
   */
  claim: () => number;
  /** The helper's edges from scenario callers into the roles it claimed, in the order it added them. */
  theirs: () => readonly GraphEdge[];
}

/** The roles `claim` hands this side, claim after claim, until none are left. */
export function* claimedRoles(
  roles: readonly PreparedPrincipal[],
  claim: () => number,
): Generator<PreparedPrincipal> {
  for (let start = claim(); start < roles.length; start = claim())
    for (let i = start; i < Math.min(start + CLAIM, roles.length); i++) yield roles[i] as PreparedPrincipal;
}

/**
 * The helper's side: the AssumeRole edges from the scenario's callers into the roles it claims, in
 * the order added (`EdgeBuilder.inOrder`), for the main side to adopt.
 */
export function claimedCallerEdges(scenario: Scenario, claim: () => number): GraphEdge[] {
  const prepared = prepareScenario(scenario, {}, new DocumentCache());
  const edges = new EdgeBuilder(edgeSideAssumptions(prepared));
  const names = new Map(prepared.roles.map((r) => [r.arn, trustNames(r)]));
  addAssumeRoleEdges(prepared, names, new Map(), edges, { evaluations: 0 }, buildCallerIndex(prepared), {
    targets: claimedRoles(prepared.roles, claim),
    part: 'scenario',
  });
  return edges.inOrder();
}
