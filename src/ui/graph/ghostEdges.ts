/**
 * Edges that are gone, drawn ghosted between the nodes still shown: those the last edit removed
 * (fading out) and those a Terraform plan removes (staying while its what-changed is shown, with
 * words for a screen reader). An edge both removed is drawn once, as the plan's.
 */
import type { GraphEdge } from '../../engine';
import type { PlanHighlight } from './planHighlight';
import type { FlowEdge, TrustEdgeData } from './toFlow';

function ghost(edge: GraphEdge, id: string, extra: Partial<TrustEdgeData>): FlowEdge {
  return {
    id,
    source: edge.from,
    target: edge.to,
    type: 'trust',
    selectable: false,
    data: { edge, badges: [], state: 'removed', added: false, dimmed: false, onPath: false, ...extra },
  };
}

export function ghostEdges(
  editRemoved: readonly GraphEdge[],
  plan: PlanHighlight,
  visible: ReadonlySet<string>,
): FlowEdge[] {
  const shown = (e: GraphEdge) => visible.has(e.from) && visible.has(e.to);
  const planned = new Set(plan.removed.map((e) => e.id));
  return [
    ...editRemoved.filter((e) => shown(e) && !planned.has(e.id)).map((e) => ghost(e, `removed:${e.id}`, {})),
    ...plan.removed.filter(shown).map((e) => {
      const words = plan.words.get(e.id);
      const flow = ghost(e, `plan-removed:${e.id}`, { plan: 'removed' });
      return words === undefined ? flow : { ...flow, ariaLabel: words };
    }),
  ];
}
