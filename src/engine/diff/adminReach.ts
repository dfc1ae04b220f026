/**
 * Which principals reach an administrator-level role, by the definition the analysis's findings use
 * (a role whose own policies let it attach any policy to a role: graph/analysis/adminPaths.ts), through
 * permitted edges, directly or through a chain.
 */
import { isAdministrator } from '../graph/analysis/adminPaths';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis, GraphEdge } from '../graph/types';
import { mayTakeForward, stateAfter } from '../graph/queries/groupWalk';

/** The administrator-level roles of a prepared scenario. */
export function administratorRoles(prepared: PreparedScenario): Set<string> {
  const admins = new Set<string>();
  for (const [arn, principal] of prepared.principals)
    if (principal.kind === 'role' && isAdministrator(prepared, principal)) admins.add(arn);
  return admins;
}

/**
 * `principal|admin` for every node that reaches an administrator role (itself excluded). A group's
 * edges are taken only by the user that joined it (graph/queries/groupWalk.ts).
 */
export function adminReach(analysis: Pick<Analysis, 'edges'>, admins: ReadonlySet<string>): Set<string> {
  const next = new Map<string, GraphEdge[]>();
  for (const edge of analysis.edges)
    if (edge.permitted) next.set(edge.from, [...(next.get(edge.from) ?? []), edge]);
  const pairs = new Set<string>();
  for (const start of next.keys()) {
    // Walk states, each with the node it is at.
    const seen = new Map([[start, start]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as string;
      for (const edge of next.get(seen.get(state) as string) ?? []) {
        const after = stateAfter(edge);
        if (seen.has(after) || !mayTakeForward(state, edge)) continue;
        seen.set(after, edge.to);
        queue.push(after);
        if (admins.has(edge.to)) pairs.add(`${start}|${edge.to}`);
      }
    }
  }
  return pairs;
}
