import { memo, useMemo, type MouseEvent } from 'react';
import { ViewportPortal, useReactFlow } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './toFlow';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A big graph zoomed out (`far`): its entities and edges drawn as a few SVG paths (one per kind of
 * node, one per colour and style of edge) instead of thousands of React Flow nodes and edges, each
 * mounted with store selectors that re-run on every pan frame. Edges straight and undashed, because
 * rasterising (in software, without a GPU) thousands of dashed curves takes longer than a frame.
 * Drawn from the projection, so measuring nodes does not redraw it. What stands out (the selection,
 * the path shown, edges just added or removed) stays React Flow's (`keptWhenFar`), and so do accounts
 * and clusters. A click on an entity selects it; zooming in brings every node and edge back.
 */
export const FarDrawing = memo(function FarDrawing({
  nodes,
  edges,
  kept,
  onSelect,
}: {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  kept: ReadonlySet<string>;
  onSelect: (id: string) => void;
}) {
  const { screenToFlowPosition } = useReactFlow();
  const drawing = useMemo(() => farDrawing(nodes, edges, kept), [nodes, edges, kept]);
  const onClick = (event: MouseEvent) => {
    const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const hit = drawing.entities.find(
      (b) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height,
    );
    if (!hit) return;
    event.stopPropagation();
    onSelect(hit.id);
  };
  return (
    <ViewportPortal>
      <svg className="far-drawing">
        {drawing.edges.map(({ className, d }) => (
          <path key={className} className={className} d={d} />
        ))}
        {drawing.nodes.map(({ kind, dimmed, d }) => (
          <path
            key={`${kind}${dimmed}`}
            className={`far-drawing__nodes${dimmed ? ' is-dimmed' : ''}`}
            style={{ fill: `var(--kind-${kind})` }}
            d={d}
            onClick={onClick}
          />
        ))}
      </svg>
    </ViewportPortal>
  );
});

export function isProminentEdge(edge: FlowEdge): boolean {
  const data = edge.data;
  return (
    edge.selected === true ||
    data === undefined ||
    data.onPath ||
    data.added ||
    data.state === 'removed' ||
    data.plan !== undefined
  );
}

/**
 * The nodes React Flow still draws when zoomed out: accounts and clusters, the selected node, those
 * on the path shown, and the ends of every prominent edge (React Flow draws no edge to a hidden node).
 */
export function keptWhenFar(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): ReadonlySet<string> {
  const kept = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'entity' || node.selected === true || node.data.onPath) kept.add(node.id);
  }
  for (const edge of edges) {
    if (!isProminentEdge(edge)) continue;
    kept.add(edge.source);
    kept.add(edge.target);
  }
  return kept;
}

/** Absolute boxes of the entities, and one `d` per node kind and per edge class list. */
export function farDrawing(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
  kept: ReadonlySet<string>,
): {
  entities: Box[];
  nodes: { kind: string; dimmed: boolean; d: string }[];
  edges: { className: string; d: string }[];
} {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = new Map<string, Box>();
  const place = (id: string): Box | undefined => {
    const known = absolute.get(id);
    if (known) return known;
    const node = byId.get(id);
    if (!node) return undefined;
    const parent = node.parentId !== undefined ? place(node.parentId) : undefined;
    const box = {
      id,
      x: node.position.x + (parent?.x ?? 0),
      y: node.position.y + (parent?.y ?? 0),
      width: Number(node.style?.width ?? 0),
      height: Number(node.style?.height ?? 0),
    };
    absolute.set(id, box);
    return box;
  };
  const entities: Box[] = [];
  const nodeParts = new Map<string, { kind: string; dimmed: boolean; parts: string[] }>();
  for (const node of nodes) {
    if (kept.has(node.id) || node.type !== 'entity') continue;
    const box = place(node.id) as Box;
    entities.push(box);
    const kind = node.data.node.kind;
    const key = `${kind}|${node.data.dimmed}`;
    const part = `M${box.x},${box.y}h${box.width}v${box.height}h${-box.width}z`;
    const entry = nodeParts.get(key);
    if (entry) entry.parts.push(part);
    else nodeParts.set(key, { kind, dimmed: node.data.dimmed, parts: [part] });
  }
  const edgeParts = new Map<string, string[]>();
  for (const edge of edges) {
    if (isProminentEdge(edge) || !edge.data) continue;
    const source = place(edge.source);
    const target = place(edge.target);
    if (!source || !target) continue;
    const d = `M${source.x + source.width / 2},${source.y + source.height}L${target.x + target.width / 2},${target.y}`;
    const { edge: graphEdge, state, dimmed } = edge.data;
    const className = `react-flow__edge-path trust-edge trust-edge--${graphEdge.kind} trust-edge--${state}${dimmed ? ' is-dimmed' : ''}`;
    const list = edgeParts.get(className);
    if (list) list.push(d);
    else edgeParts.set(className, [d]);
  }
  return {
    entities,
    nodes: [...nodeParts.values()].map(({ kind, dimmed, parts }) => ({ kind, dimmed, d: parts.join('') })),
    edges: [...edgeParts].map(([className, list]) => ({ className, d: list.join(' ') })),
  };
}
