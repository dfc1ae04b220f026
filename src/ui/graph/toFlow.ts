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
import type { LabelPlace, Point } from './edgeGeometry';
import { LABELLED_EDGES, spreadLabels, type Box } from './labelSpread';
import { absolutePlaces } from './viewport';
import type { EdgeState, FlowWords, Mechanism, NodeFindings } from './flowWords';
import { ghostEdges } from './ghostEdges';
import type { PlanHighlight, PlanMark } from './planHighlight';

export interface EntityNodeData extends Record<string, unknown> {
  node: GraphNode;
  hiddenMembers?: number;
  dimmed: boolean;
  onPath: boolean;
  /** Its document is the one open in the editor: a fitted view too small for the graph shows it. */
  documentOpen?: true;
  /** An end of an edge the Terraform plan shown changes: a fitted view shows these first. */
  planChanged?: true;
  findings?: NodeFindings;
}

export interface GroupNodeData extends Record<string, unknown> {
  node: GraphNode;
  dimmed: boolean;
}

export interface TrustEdgeData extends Record<string, unknown> {
  edge: GraphEdge;
  /** Short names of what a conditional hop needs (ExternalId, MFA, sub, tags). */
  badges: string[];
  state: EdgeState;
  /** What the arrow's label names. */
  mechanism: Mechanism;
  /** ELK's route around the boxes, when both ends are where the layout put them. */
  route?: Point[];
  /** Where the label sits on a route: clear of the source's other arrows and of group titles. */
  labelPlace: LabelPlace;
  /** Where the label moved to be clear of the others (labelSpread.ts), in flow coordinates. */
  labelAt?: Point;
  /** The label as written, in the reader's language. */
  label: string;
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
  /** The document open in the editor, if one is. */
  openDocument: string | null;
  findingsBySubject: ReadonlyMap<string, NodeFindings>;
}

export function badgesOf(conditions: readonly EdgeCondition[]): string[] {
  return [...new Set(conditions.map((c) => c.label))];
}

export function edgeState(edge: GraphEdge): EdgeState {
  if (!edge.permitted) return isUndecided(edge) ? 'undecided' : 'broken';
  return edge.conditional ? 'conditional' : 'permitted';
}

/** React Flow's handle box (6 px and a 1 px border), centred on the node's top and bottom sides. */
const HANDLE = 8;

/**
 * Where an entity's two handles are, declared rather than measured: React Flow then knows a node
 * without drawing it, so it mounts only the nodes on screen (an unmeasured node is always mounted,
 * once, to be measured) and draws edges to nodes it has not mounted. Arrows come in at the top and
 * leave at the bottom, as the layouts put layers top to bottom.
 */
const ENTITY_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Top,
    x: (NODE_WIDTH - HANDLE) / 2,
    y: -HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    type: 'source',
    position: Position.Bottom,
    x: (NODE_WIDTH - HANDLE) / 2,
    y: NODE_HEIGHT - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

/** A web identity hop from a Kubernetes service account is IRSA; the label says so. */
function mechanismOf(edge: GraphEdge, from: GraphNode | undefined): Mechanism {
  return edge.kind === 'AssumeRoleWithWebIdentity' && from?.kind === 'serviceAccount' ? 'Irsa' : edge.kind;
}

export function toFlow(
  graph: VisibleGraph,
  layout: LayoutResult | null,
  dragged: Readonly<Record<string, { x: number; y: number }>>,
  highlight: Highlight,
  words: FlowWords,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
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
        ariaLabel: words.node(v.node, undefined),
      };
    }
    const findings = highlight.findingsBySubject.get(v.node.id);
    const data: EntityNodeData = {
      node: v.node,
      dimmed,
      onPath: highlight.pathNodes?.has(v.node.id) ?? false,
    };
    if (findings) data.findings = findings;
    if (highlight.plan.nodes.has(v.node.id)) data.planChanged = true;
    if (highlight.openDocument !== null && v.node.documents?.includes(highlight.openDocument))
      data.documentOpen = true;
    if (v.hiddenMembers !== undefined) data.hiddenMembers = v.hiddenMembers;
    return {
      ...common,
      type: 'entity',
      ariaLabel: words.node(v.node, findings),
      data,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      handles: ENTITY_HANDLES,
      style: { width: NODE_WIDTH, height: NODE_HEIGHT },
    };
  });
  return { nodes, edges: spreadFlowLabels(nodes, toFlowEdges(graph, layout, dragged, highlight, words)) };
}

/** The arrows: drawn ones with their route and label place, then the hops the last edit removed. */
function toFlowEdges(
  graph: VisibleGraph,
  layout: LayoutResult | null,
  dragged: Readonly<Record<string, { x: number; y: number }>>,
  highlight: Highlight,
  words: FlowWords,
): FlowEdge[] {
  const visible = new Map(graph.nodes.map((v) => [v.node.id, v]));
  const groupsOf = (id: string): string[] => {
    const chain: string[] = [];
    for (let v = visible.get(id); v?.parent !== undefined; v = visible.get(v.parent)) chain.push(v.parent);
    return chain;
  };
  // A dragged node, or a node inside a dragged group, has left its place: ELK's routes no longer fit.
  const moved = (id: string) => dragged[id] !== undefined || groupsOf(id).some((g) => dragged[g]);
  const outgoing = new Map<string, number>();
  for (const e of graph.edges) outgoing.set(e.from, (outgoing.get(e.from) ?? 0) + 1);
  const labelPlace = (from: string, to: string): LabelPlace => {
    if ((outgoing.get(from) ?? 0) < 2) return { near: 'source', entered: 0 };
    const left = new Set(groupsOf(from));
    return { near: 'target', entered: groupsOf(to).filter((g) => !left.has(g)).length };
  };
  const labelOf = (id: string) => visible.get(id)?.node.label ?? id;

  const edges: FlowEdge[] = graph.edges.map((e) => {
    const mechanism = mechanismOf(e.edge, visible.get(e.from)?.node);
    const onPath = highlight.pathEdges?.has(e.edge.id) ?? false;
    const plan = highlight.plan.marks.get(e.edge.id);
    const data: TrustEdgeData = {
      edge: e.edge,
      badges: e.edge.accessLevels
        ? [...e.edge.accessLevels]
        : e.edge.conditional || !e.edge.permitted
          ? badgesOf(e.edge.conditions)
          : [],
      state: edgeState(e.edge),
      mechanism,
      labelPlace: labelPlace(e.from, e.to),
      label: words.label({ mechanism, edge: e.edge }),
      added: highlight.added.has(e.edge.id),
      dimmed: highlight.pathEdges !== null && !onPath,
      onPath,
    };
    if (plan) data.plan = plan;
    const route = layout?.routes?.[e.id];
    if (route && !moved(e.from) && !moved(e.to)) data.route = route;
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      type: 'trust',
      selected: highlight.selectedId === e.id,
      ariaLabel: highlight.plan.words.get(e.edge.id) ?? words.edge(data, labelOf(e.from), labelOf(e.to)),
      data,
    };
  });
  for (const ghost of ghostEdges(highlight.removed, highlight.plan, visible)) {
    const { edge } = ghost;
    const mechanism = mechanismOf(edge, visible.get(edge.from)?.node);
    const data: TrustEdgeData = {
      edge,
      badges: [],
      state: 'removed',
      mechanism,
      labelPlace: { near: 'source', entered: 0 },
      label: words.label({ mechanism, edge }),
      added: false,
      dimmed: false,
      onPath: false,
    };
    if (ghost.plan) data.plan = ghost.plan;
    edges.push({
      id: ghost.id,
      source: edge.from,
      target: edge.to,
      type: 'trust',
      selectable: false,
      focusable: false,
      ariaLabel: ghost.words ?? words.edge(data, labelOf(edge.from), labelOf(edge.to)),
      data,
    });
  }
  return edges;
}

/**
 * The arrows with their labels moved clear of one another, of the boxes and of the groups' titles
 * (labelSpread.ts), when the graph is small enough for labels to be written at all.
 */
function spreadFlowLabels(nodes: readonly FlowNode[], edges: FlowEdge[]): FlowEdge[] {
  const routed = edges.filter((e) => e.data?.route !== undefined);
  if (routed.length === 0 || edges.length > LABELLED_EDGES) return edges;
  const absolute = absolutePlaces(nodes);
  const obstacles: Box[] = nodes.map((node) => {
    const { x, y } = absolute(node);
    if (node.type === 'entity') return { x, y, width: NODE_WIDTH, height: NODE_HEIGHT };
    // A group's title chip (GroupTitles.tsx): its icon beside its name over its account id or kind.
    const group = node.data.node;
    const longest = Math.max(group.label.length, group.kind === 'account' ? group.id.length : 12);
    return { x, y, width: Math.min(Number(node.style?.width ?? 0), 40 + longest * 8.5), height: 48 };
  });
  const moved = spreadLabels(
    routed.map((e) => {
      const data = e.data as TrustEdgeData;
      const marks = data.state === 'broken' ? ['✕'] : data.state === 'undecided' ? ['?'] : [];
      return {
        id: e.id,
        route: data.route as Point[],
        place: data.labelPlace,
        text: data.label,
        badges: [...marks, ...data.badges],
      };
    }),
    obstacles,
  );
  if (moved.size === 0) return edges;
  return edges.map((e) => {
    const at = moved.get(e.id);
    return at === undefined || !e.data ? e : { ...e, data: { ...e.data, labelAt: at } };
  });
}
