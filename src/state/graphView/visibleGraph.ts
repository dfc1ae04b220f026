/**
 * What the canvas shows of an analysis: filters applied, accounts and clusters as groups, collapsed
 * groups standing in for their members (their edges redirected to the group). Pure, so tested in Node.
 */
import type { Analysis, EdgeKind, GraphEdge, GraphNode, NodeKind } from '../../engine';
import type { Focus } from '../viewSlice';
import { focusNeighbourhood, groupParent } from './focusNeighbourhood';

export interface ViewFilters {
  hiddenEdgeKinds: readonly EdgeKind[];
  hiddenNodeKinds: readonly NodeKind[];
  hiddenAccounts: readonly string[];
  collapsed: readonly string[];
  /** Show only this node's neighbourhood (focusNeighbourhood.ts); collapsing is set aside meanwhile. */
  focus: Focus | null;
}

export interface VisibleNode {
  node: GraphNode;
  parent?: string;
  group: boolean;
  /** For a collapsed group: how many members it stands for. */
  hiddenMembers?: number;
}

export interface VisibleEdge {
  id: string;
  edge: GraphEdge;
  from: string;
  to: string;
}

export interface VisibleGraph {
  nodes: VisibleNode[];
  edges: VisibleEdge[];
}

const GROUP_KINDS: ReadonlySet<NodeKind> = new Set(['account', 'eksCluster']);

export function visibleGraph(analysis: Analysis, filters: ViewFilters): VisibleGraph {
  const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
  const hiddenKinds = new Set(filters.hiddenNodeKinds);
  const hiddenAccounts = new Set(filters.hiddenAccounts);
  const focused = filters.focus ? focusNeighbourhood(analysis, filters.focus)?.ids : undefined;
  // A focused view is small by construction, and collapsing would fold the focus into its account.
  const collapsed = new Set(focused ? [] : filters.collapsed);

  const parentOf = (node: GraphNode) => groupParent(node, byId);
  /** The visible node standing for `id`: itself, or its nearest collapsed ancestor. */
  const standIn = new Map<string, string>();
  const hidden = new Set<string>();
  const nodes: VisibleNode[] = [];
  const members = new Map<string, number>();

  for (const node of analysis.nodes) {
    const chain: string[] = [];
    for (let p = parentOf(node); p !== undefined; p = parentOf(byId.get(p) as GraphNode)) chain.unshift(p);
    const account = node.kind === 'account' ? node.id : node.account;
    if (
      hiddenKinds.has(node.kind) ||
      (account !== undefined && hiddenAccounts.has(account)) ||
      (focused !== undefined && !focused.has(node.id))
    ) {
      hidden.add(node.id);
      continue;
    }
    const collapsedAncestor = chain.find((id) => collapsed.has(id));
    if (collapsedAncestor !== undefined) {
      standIn.set(node.id, collapsedAncestor);
      members.set(collapsedAncestor, (members.get(collapsedAncestor) ?? 0) + 1);
      continue;
    }
    standIn.set(node.id, node.id);
    const parent = chain[chain.length - 1];
    const visible: VisibleNode = { node, group: GROUP_KINDS.has(node.kind) && !collapsed.has(node.id) };
    if (parent !== undefined) visible.parent = parent;
    nodes.push(visible);
  }
  for (const v of nodes) {
    const count = members.get(v.node.id);
    if (count !== undefined) v.hiddenMembers = count;
  }
  // Parents before children, as React Flow requires: accounts, then clusters, then the rest.
  const depth = (v: VisibleNode) => (v.node.kind === 'account' ? 0 : v.group ? 1 : 2);
  nodes.sort((a, b) => depth(a) - depth(b) || (a.node.id < b.node.id ? -1 : 1));

  const hiddenEdgeKinds = new Set(filters.hiddenEdgeKinds);
  const edges = new Map<string, VisibleEdge>();
  for (const edge of analysis.edges) {
    if (hiddenEdgeKinds.has(edge.kind) || hidden.has(edge.from) || hidden.has(edge.to)) continue;
    const from = standIn.get(edge.from);
    const to = standIn.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    const id = from === edge.from && to === edge.to ? edge.id : `${edge.kind}:${from}->${to}`;
    if (!edges.has(id)) edges.set(id, { id, edge, from, to });
  }
  return { nodes, edges: [...edges.values()] };
}

let last: { analysis: Analysis; filters: ViewFilters; graph: VisibleGraph } | undefined;

/**
 * `visibleGraph`, remembering the last answer: the layout request and the canvas both ask for the
 * same analysis and filters (5,000 nodes: tens of ms each time, in the task that delivers the analysis).
 */
export function visibleGraphOf(analysis: Analysis, filters: ViewFilters): VisibleGraph {
  if (
    last?.analysis !== analysis ||
    last.filters.hiddenEdgeKinds !== filters.hiddenEdgeKinds ||
    last.filters.hiddenNodeKinds !== filters.hiddenNodeKinds ||
    last.filters.hiddenAccounts !== filters.hiddenAccounts ||
    last.filters.collapsed !== filters.collapsed ||
    last.filters.focus !== filters.focus
  ) {
    last = { analysis, filters, graph: visibleGraph(analysis, filters) };
  }
  return last.graph;
}
