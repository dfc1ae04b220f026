/** What an incremental path (trustEdits.ts, identityEdits.ts, incremental.ts) is given and gives back. */
import type { DocumentRef } from '../../../model/documents';
import type { Scenario } from '../../../model/scenario';
import type { AnalysisRun } from '../analysis/analyzeScenario';
import type { CallerIndex } from '../hops/callerIndex';
import type { AdminCache } from '../analysis/adminPaths';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import { mergeEdges } from '../edges/edgeOrder';
import type { TrustNames } from '../hops/trustIndex';
import type { GraphEdge, GraphNode } from '../types';

/** What an incremental run starts from: the previous run and the scenario with its edits compiled. */
export interface EditContext {
  scenario: Scenario;
  run: AnalysisRun;
  /** A copy of the previous run's, with the changed documents compiled again, for the path to patch. */
  prepared: PreparedScenario;
  changed: DocumentRef[];
  counter: { evaluations: number };
  /** The analyzer's "administrator-level?" answers by principal, which an SCP edit can change. */
  admins: AdminCache;
}

export interface EditResult {
  edges: GraphEdge[];
  names: Map<string, TrustNames>;
  index: CallerIndex;
  /** Nodes the rebuilt edges created (outside accounts, service principals), with the base ones. */
  nodes: Map<string, GraphNode>;
}

/**
 * The previous run's edges with those an edit owns (`owns`) replaced by the rebuilt ones that it
 * owns, in edge order: both lists are in it already.
 */
export function spliceEdges(
  previous: readonly GraphEdge[],
  rebuilt: readonly GraphEdge[],
  owns: (edge: GraphEdge) => boolean,
): GraphEdge[] {
  return mergeEdges(
    previous.filter((e) => !owns(e)),
    rebuilt.filter(owns),
  );
}

/** Puts a principal's new version where its old one was, in the map and in its list. */
export function replacePrincipal(
  prepared: PreparedScenario,
  old: PreparedPrincipal,
  next: PreparedPrincipal,
): void {
  prepared.principals.set(next.arn, next);
  const list = next.kind === 'role' ? prepared.roles : prepared.users;
  const at = list.indexOf(old);
  if (at >= 0) list[at] = next;
}
