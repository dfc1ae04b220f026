import type { Finding, GraphEdge, GraphNode } from '../../engine';
import type { Translate } from '../../i18n/translate';

/** What every export reads: the analysis worded in the export's language (wordAnalysis.ts) and that language. */
export interface ExportInput {
  analysis: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; findings: readonly Finding[] };
  t: Translate;
}

/** How an edge is drawn and filtered: a configured hop AWS refuses is broken. */
export type EdgeStatus = 'allowed' | 'conditional' | 'broken' | 'refused';

export function edgeStatus(edge: GraphEdge): EdgeStatus {
  if (!edge.permitted) return edge.configured ? 'broken' : 'refused';
  return edge.conditional ? 'conditional' : 'allowed';
}

/** The badges a drawing puts on an edge that holds only under conditions ("ExternalId", "MFA"), each once. */
export function conditionBadges(edge: GraphEdge): string[] {
  return edge.conditional ? [...new Set(edge.conditions.map((c) => c.label))] : [];
}
