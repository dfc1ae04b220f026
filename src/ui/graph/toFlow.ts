/**
 * React Flow nodes and edges from the visible graph, its layout and what is highlighted. Pure:
 * components only render what this returns.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { EdgeCondition, GraphEdge, GraphNode } from '../../engine';
import { isUndecided } from '../../engine/pageIndex';
import type { LayoutResult } from '../../worker/layout/layoutTypes';
import { NODE_HEIGHT, NODE_WIDTH } from '../../state/graphView/toLayoutRequest';
import type { VisibleGraph } from '../../state/graphView/visibleGraph';
import { ghostEdges } from './ghostEdges';
import type { PlanHighlight, PlanMark } from './planHighlight';

export interface EntityNodeData extends Record<string, unknown> {
  node: GraphNode;
  hiddenMembers?: number;
  dimmed: boolean;
  onPath: boolean;
  findings: number;
}

export interface GroupNodeData extends Record<string, unknown> {
  node: GraphNode;
  dimmed: boolean;
}

export interface TrustEdgeData extends Record<string, unknown> {
  edge: GraphEdge;
  /** Short names of what a conditional hop needs (ExternalId, MFA, sub, tags). */
  badges: string[];
  state: 'permitted' | 'conditional' | 'broken' | 'undecided' | 'removed';
  added: boolean;
  dimmed: boolean;
  onPath: boolean;
  /** How the Terraform plan shown changes it, when it does. */
  plan?: PlanMark;
}

export type FlowNode = Node<EntityNodeData, 'entity'> | Node<GroupNodeData, 'container'>;
export type FlowEdge = Edge<TrustEdgeData, 'trust'>;

export interface Highlight {
  selectedId: string | null;
  /** Nodes and edges of the path being shown; everything else is dimmed. */
  pathNodes: ReadonlySet<string> | null;
  pathEdges: ReadonlySet<string> | null;
  added: ReadonlySet<string>;
  removed: readonly GraphEdge[];
  /** What the Terraform plan shown changes (planHighlight.ts). */
  plan: PlanHighlight;
  findingsBySubject: ReadonlyMap<string, number>;
}

export function badgesOf(conditions: readonly EdgeCondition[]): string[] {
  return [...new Set(conditions.map((c) => c.label))];
}

export function edgeState(edge: GraphEdge): TrustEdgeData['state'] {
  if (!edge.permitted) return isUndecided(edge) ? 'undecided' : 'broken';
  return edge.conditional ? 'conditional' : 'permitted';
}

/** React Flow's handle box (6 px and a 1 px border), centred on the node's left and right sides. */
const HANDLE = 8;

/**
 * Where an entity's two handles are, declared rather than measured: React Flow then knows a node
 * without drawing it, so it mounts only the nodes on screen (an unmeasured node is always mounted,
 * once, to be measured) and draws edges to nodes it has not mounted.
 */
const ENTITY_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Left,
    x: -HANDLE / 2,
    y: (NODE_HEIGHT - HANDLE) / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    type: 'source',
    position: Position.Right,
    x: NODE_WIDTH - HANDLE / 2,
    y: (NODE_HEIGHT - HANDLE) / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

export function toFlow(
  graph: VisibleGraph,
  layout: LayoutResult | null,
  dragged: Readonly<Record<string, { x: number; y: number }>>,
  highlight: Highlight,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const visible = new Set(graph.nodes.map((v) => v.node.id));
  let fallbackRow = 0;
  const nodes = graph.nodes.map((v): FlowNode => {
    const placed = layout?.positions[v.node.id];
    const position =
      dragged[v.node.id] ??
      (placed ? { x: placed.x, y: placed.y } : { x: 0, y: fallbackRow++ * (NODE_HEIGHT + 20) });
    const dimmed = highlight.pathNodes !== null && !highlight.pathNodes.has(v.node.id);
    const common = {
      id: v.node.id,
      position,
      selected: highlight.selectedId === v.node.id,
      ...(v.parent !== undefined ? { parentId: v.parent } : {}),
    };
    if (v.group) {
      return {
        ...common,
        type: 'container',
        data: { node: v.node, dimmed },
        style: { width: placed?.width ?? NODE_WIDTH + 40, height: placed?.height ?? NODE_HEIGHT + 80 },
        selectable: true,
      };
    }
    const data: EntityNodeData = {
      node: v.node,
      dimmed,
      onPath: highlight.pathNodes?.has(v.node.id) ?? false,
      findings: highlight.findingsBySubject.get(v.node.id) ?? 0,
    };
    if (v.hiddenMembers !== undefined) data.hiddenMembers = v.hiddenMembers;
    return {
      ...common,
      type: 'entity',
      data,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      handles: ENTITY_HANDLES,
      style: { width: NODE_WIDTH, height: NODE_HEIGHT },
    };
  });

  const edges: FlowEdge[] = graph.edges.map((e) => {
    const onPath = highlight.pathEdges?.has(e.edge.id) ?? false;
    const plan = highlight.plan.marks.get(e.edge.id);
    const words = highlight.plan.words.get(e.edge.id);
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      type: 'trust',
      selected: highlight.selectedId === e.id,
      ...(words !== undefined && { ariaLabel: words }),
      data: {
        edge: e.edge,
        badges: e.edge.accessLevels
          ? [...e.edge.accessLevels]
          : e.edge.conditional || !e.edge.permitted
            ? badgesOf(e.edge.conditions)
            : [],
        state: edgeState(e.edge),
        added: highlight.added.has(e.edge.id),
        dimmed: highlight.pathEdges !== null && !onPath,
        onPath,
        ...(plan && { plan }),
      },
    };
  });
  edges.push(...ghostEdges(highlight.removed, highlight.plan, visible));
  return { nodes, edges };
}
