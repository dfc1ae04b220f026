/**
 * Which principals reach an administrator-level role, by the definition the analysis's findings use
 * (a role whose own policies let it attach any policy to a role: graph/analysis/adminPaths.ts), through
 * permitted edges, directly or through a chain.
 */
import { isAdministrator } from '../graph/analysis/adminPaths';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis } from '../graph/types';

/** The administrator-level roles of a prepared scenario. */
export function administratorRoles(prepared: PreparedScenario): Set<string> {
  const admins = new Set<string>();
  for (const [arn, principal] of prepared.principals)
    if (principal.kind === 'role' && isAdministrator(prepared, principal)) admins.add(arn);
  return admins;
}

/** `principal|admin` for every node that reaches an administrator role (itself excluded). */
export function adminReach(analysis: Pick<Analysis, 'edges'>, admins: ReadonlySet<string>): Set<string> {
  const next = new Map<string, string[]>();
  for (const edge of analysis.edges)
    if (edge.permitted) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const pairs = new Set<string>();
  for (const start of next.keys()) {
    const seen = new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      for (const to of next.get(queue[head] as string) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
        if (admins.has(to)) pairs.add(`${start}|${to}`);
      }
    }
  }
  return pairs;
}
