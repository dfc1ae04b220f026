/**
 * The focus view: a graph too large to look at whole is shown as the neighbourhood of one node, the
 * nodes within a few hops of it along edges in either direction (who can reach it, whom it reaches),
 * with the accounts and clusters that hold them. Pure, so tested in Node.
 */
import type { Analysis, GraphNode } from '../../engine';
import type { Focus } from '../viewSlice';

export interface Neighbourhood {
  /** Nodes to show: those within `hops` of the focus, and the groups that hold them. */
  ids: ReadonlySet<string>;
  /** The hops actually shown: fewer than asked when the graph ends sooner or the budget stops it. */
  hops: number;
  /** The next ring was left out because it would exceed the node budget. */
  limited: boolean;
  /** No node lies further out: another hop would show nothing new. */
  complete: boolean;
}

/** A ring that would take the view past this many nodes is left out (the direct neighbours never are). */
export const FOCUS_NODE_BUDGET = 2000;

export const MAX_FOCUS_HOPS = 6;

/**
 * The last answer, by its analysis and focus: the canvas projection and the focus bar both ask, and
 * each question walks every edge of the largest graphs, where the focus view is used.
 */
let last: { analysis: Analysis; focus: Focus; answer: Neighbourhood | undefined } | undefined;

export function focusNeighbourhood(analysis: Analysis, focus: Focus): Neighbourhood | undefined {
  if (last?.analysis !== analysis || last.focus !== focus)
    last = { analysis, focus, answer: neighbourhood(analysis, focus) };
  return last.answer;
}

function neighbourhood(analysis: Analysis, focus: Focus): Neighbourhood | undefined {
  const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
  if (!byId.has(focus.id)) return undefined;
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const e of analysis.edges) {
    link(e.from, e.to);
    link(e.to, e.from);
  }

  const seen = new Set([focus.id]);
  let ring = [focus.id];
  let hops = 0;
  let limited = false;
  let complete = false;
  const ringAfter = (current: string[]) => {
    const following = new Set<string>();
    for (const id of current) for (const n of next.get(id) ?? []) if (!seen.has(n)) following.add(n);
    return following;
  };
  for (;;) {
    const following = ringAfter(ring);
    if (following.size === 0) {
      complete = true;
      break;
    }
    if (hops >= Math.min(focus.hops, MAX_FOCUS_HOPS)) break;
    if (hops > 0 && seen.size + following.size > FOCUS_NODE_BUDGET) {
      limited = true;
      break;
    }
    for (const n of following) seen.add(n);
    ring = [...following];
    hops++;
  }

  const ids = new Set(seen);
  for (const id of seen) {
    for (let node = byId.get(id); node; node = byId.get(groupParent(node, byId) ?? '')) ids.add(node.id);
  }
  return { ids, hops, limited, complete };
}

/**
 * The cluster or account a node sits in, as the canvas groups it: outside accounts name themselves
 * as their account and are held by nothing.
 */
export function groupParent(node: GraphNode, byId: ReadonlyMap<string, GraphNode>): string | undefined {
  if (node.kind === 'account') return undefined;
  if (node.parent !== undefined && byId.has(node.parent)) return node.parent;
  return node.account !== undefined && byId.get(node.account)?.kind === 'account' ? node.account : undefined;
}
