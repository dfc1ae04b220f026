/**
 * The graph's access layer: an edge from each user or role to each resource of the scenario its
 * own session can act on, with the access levels it has there. With the trust edges, a path from an
 * instance to a bucket is then the whole story: instance → its role → the role it assumes → bucket.
 */
import { edgeNote, notedEdge } from '../graph/edges/edgeNotes';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis, EdgeCondition, GraphEdge } from '../graph/types';
import { ACCESS_LEVELS, type ServiceCatalogue } from './catalogue';
import { nameOf } from './targets';
import type { PermissionRow } from './types';
import { whoCanAccess } from './whoCanAccess';

export function accessEdges(
  prepared: PreparedScenario,
  analysis: Analysis,
  catalogue: ServiceCatalogue,
): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const resource of prepared.scenario.resources ?? []) {
    const bySession = new Map<string, PermissionRow[]>();
    for (const row of whoCanAccess(prepared, analysis, catalogue, resource.arn, { direct: true })) {
      const list = bySession.get(row.principal);
      if (list) list.push(row);
      else bySession.set(row.principal, [row]);
    }
    for (const [session, rows] of bySession) edges.push(accessEdge(session, resource.arn, rows));
  }
  return edges.sort((a, b) => a.id.localeCompare(b.id));
}

function accessEdge(session: string, resource: string, rows: PermissionRow[]): GraphEdge {
  const levels = ACCESS_LEVELS.filter((l) => rows.some((r) => r.accessLevel === l));
  const conditional = rows.every((r) => r.decision === 'Conditional');
  const conditions = conditional ? uniqueConditions(rows.flatMap((r) => r.conditions)) : [];
  const note = edgeNote(conditional ? 'access-conditional' : 'access', {
    session: nameOf(session),
    resource: nameOf(resource),
    levels: levels.join(','),
    actions: rows.length,
  });
  return {
    id: `Access:${session}->${resource}`,
    ...notedEdge(session, resource, 'Access', note, {
      configured: false,
      conditional,
      conditions,
      accessLevels: levels,
    }),
  };
}

function uniqueConditions(conditions: EdgeCondition[]): EdgeCondition[] {
  const seen = new Set<string>();
  return conditions.filter((c) => {
    const key = `${c.key}|${c.operator}|${c.values.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
