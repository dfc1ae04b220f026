/**
 * Edges that are gone, drawn ghosted between the nodes still shown: those the last edit removed
 * (fading out) and those a Terraform plan removes (staying while its what-changed is shown, with
 * words for a screen reader). An edge both removed is drawn once, as the plan's.
 */
import type { GraphEdge } from '../../engine';
import type { PlanHighlight } from './planHighlight';

export interface Ghost {
  edge: GraphEdge;
  /** The flow edge's id: never an edge id of the graph drawn. */
  id: string;
  /** Set when the plan removes it (it stays); absent for an edit's (it fades). */
  plan?: 'removed';
  /** What a screen reader says, when the plan words it. */
  words?: string;
}

export function ghostEdges(
  editRemoved: readonly GraphEdge[],
  plan: PlanHighlight,
  visible: { has(id: string): boolean },
): Ghost[] {
  const shown = (e: GraphEdge) => visible.has(e.from) && visible.has(e.to);
  const planned = new Set(plan.removed.map((e) => e.id));
  return [
    ...editRemoved
      .filter((e) => shown(e) && !planned.has(e.id))
      .map((edge) => ({ edge, id: `removed:${edge.id}` })),
    ...plan.removed.filter(shown).map((edge): Ghost => {
      const words = plan.words.get(edge.id);
      const ghost: Ghost = { edge, id: `plan-removed:${edge.id}`, plan: 'removed' };
      if (words !== undefined) ghost.words = words;
      return ghost;
    }),
  ];
}
