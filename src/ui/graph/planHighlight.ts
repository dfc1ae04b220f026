/**
 * What a Terraform plan's what-changed marks in the graph: edges it opens (new or newly permitted),
 * loosens (fewer or other conditions) or closes (no longer permitted) among those drawn, the edges it
 * removes (drawn ghosted), and the accessible words for each, in the reader's language.
 */
import type { EdgeChangeKind, GraphEdge } from '../../engine';
import type { Translate } from '../../i18n/translate';
import type { PlanChanges } from '../../worker/planChanges';

export type PlanMark = 'added' | 'loosened' | 'closed' | 'removed';

export interface PlanHighlight {
  /** How the plan changed each edge of the after side, by edge id. */
  marks: ReadonlyMap<string, PlanMark>;
  /** Edges only the before side has: drawn ghosted where both ends are shown. */
  removed: readonly GraphEdge[];
  /** What a screen reader says for each marked or removed edge, by edge id. */
  words: ReadonlyMap<string, string>;
  /** The ends of the edges marked or removed: what a fitted view shows first (viewport.ts). */
  nodes: ReadonlySet<string>;
}

export const NO_PLAN: PlanHighlight = { marks: new Map(), removed: [], words: new Map(), nodes: new Set() };

const MARK: Readonly<Record<EdgeChangeKind, PlanMark | undefined>> = {
  added: 'added',
  'newly-permitted': 'added',
  'fewer-conditions': 'loosened',
  'other-conditions': 'loosened',
  // Tightened: listed in the panel, not marked in the graph.
  'more-conditions': undefined,
  'no-longer-permitted': 'closed',
  removed: 'removed',
};

export function planHighlight(changes: PlanChanges | null, t: Translate): PlanHighlight {
  if (!changes) return NO_PLAN;
  const marks = new Map<string, PlanMark>();
  const removed: GraphEdge[] = [];
  const words = new Map<string, string>();
  const nodes = new Set<string>();
  const label = (id: string) => changes.labels[id] ?? id;
  for (const { change, edge } of changes.diff.edges) {
    const mark = MARK[change];
    if (mark === undefined) continue;
    if (mark === 'removed') removed.push(edge);
    else marks.set(edge.id, mark);
    words.set(edge.id, t(`diff.plan.edge.${mark}`, { from: label(edge.from), to: label(edge.to) }));
    nodes.add(edge.from).add(edge.to);
  }
  return { marks, removed, words, nodes };
}
