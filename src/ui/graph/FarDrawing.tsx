import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './toFlow';

/**
 * The edges of a zoomed-out graph, drawn as one SVG path per colour and style instead of one React
 * Flow edge each: thousands of edges then cost a few path strings, not thousands of components
 * mounted, each with store selectors re-run on every pan frame. Straight and undashed, because
 * rasterising (in software, without a GPU) thousands of dashed curves takes longer than a frame.
 * Drawn from the projection, not React Flow's live nodes, so measuring nodes does not redraw them
 * (a node dragged while zoomed out has its lines follow when dropped). Too small to click or read at that zoom; the edges that stand out (selected, on the shown path,
 * just added or removed) stay React Flow edges (`isProminent`), and zooming in brings every edge
 * back as one.
 */
export const FarEdges = memo(function FarEdges({
  nodes,
  edges,
}: {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
}) {
  const paths = useMemo(() => farPaths(nodes, edges), [nodes, edges]);
  return (
    <ViewportPortal>
      <svg className="far-edges">
        {paths.map(({ className, d }) => (
          <path key={className} className={className} d={d} />
        ))}
      </svg>
    </ViewportPortal>
  );
});

export function isProminent(edge: FlowEdge): boolean {
  const data = edge.data;
  return (
    edge.selected === true || data === undefined || data.onPath || data.added || data.state === 'removed'
  );
}

/** One `d` per class list: every other edge as a line from its source's right side to its target's left. */
export function farPaths(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
): { className: string; d: string }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = new Map<string, { x: number; y: number; width: number; height: number }>();
  const place = (id: string): { x: number; y: number; width: number; height: number } | undefined => {
    const known = absolute.get(id);
    if (known) return known;
    const node = byId.get(id);
    if (!node) return undefined;
    const parent = node.parentId !== undefined ? place(node.parentId) : undefined;
    const box = {
      x: node.position.x + (parent?.x ?? 0),
      y: node.position.y + (parent?.y ?? 0),
      width: Number(node.style?.width ?? 0),
      height: Number(node.style?.height ?? 0),
    };
    absolute.set(id, box);
    return box;
  };
  const parts = new Map<string, string[]>();
  for (const edge of edges) {
    if (isProminent(edge) || !edge.data) continue;
    const source = place(edge.source);
    const target = place(edge.target);
    if (!source || !target) continue;
    const d = `M${source.x + source.width},${source.y + source.height / 2}L${target.x},${target.y + target.height / 2}`;
    const { edge: graphEdge, state, dimmed } = edge.data;
    const className = `react-flow__edge-path trust-edge trust-edge--${graphEdge.kind} trust-edge--${state}${dimmed ? ' is-dimmed' : ''}`;
    const list = parts.get(className);
    if (list) list.push(d);
    else parts.set(className, [d]);
  }
  return [...parts].map(([className, list]) => ({ className, d: list.join(' ') }));
}
