/**
 * What the inspector lists under "Can become" (`'from'`) and "Can be reached by" (`'into'`): the
 * nodes decided hops reach, each marked when its path rests on an assumption, then the nodes
 * behind a hop no evaluation decided, marked undecided, so an unknown is never shown as "nothing".
 */
import type { Analysis, GraphEdge, Reached } from '../../engine';
import { reachableFrom, undecidedHops, whoCanReach } from '../../engine/pageIndex';

export type ReachStatus = 'decided' | 'assumed' | 'undecided';

export interface ReachItem {
  id: string;
  hops: number;
  status: ReachStatus;
}

export interface Reach {
  items: ReachItem[];
  /** The node's undecided hops in this direction: each says why it is not decided. */
  undecided: GraphEdge[];
}

export function reachOf(analysis: Analysis, node: string, direction: 'from' | 'into'): Reach {
  const walk = direction === 'from' ? reachableFrom : whoCanReach;
  const undecided = undecidedHops(analysis, node, direction);
  const assumedEdges = new Set(analysis.edges.filter((e) => e.assumptions.length > 0).map((e) => e.id));
  const beyond = undecided.map((e) => {
    const end = direction === 'from' ? e.to : e.from;
    return { end, reached: walk(analysis, end) };
  });
  return { items: reachItems(node, walk(analysis, node), beyond, assumedEdges), undecided };
}

/** The decided nodes in their order, then what lies behind each undecided hop, nearest first. */
export function reachItems(
  start: string,
  decided: readonly Reached[],
  undecided: readonly { end: string; reached: readonly Reached[] }[],
  assumedEdges: ReadonlySet<string>,
): ReachItem[] {
  const restsOnAssumption = assumedAlong(start, decided, assumedEdges);
  const items: ReachItem[] = decided.map((r) => ({
    id: r.id,
    hops: r.hops,
    status: restsOnAssumption(r.id) ? 'assumed' : 'decided',
  }));
  const listed = new Set(decided.map((r) => r.id)).add(start);
  const behind = new Map<string, number>();
  for (const { end, reached } of undecided)
    for (const { id, hops } of [
      { id: end, hops: 1 },
      ...reached.map((r) => ({ id: r.id, hops: r.hops + 1 })),
    ]) {
      const known = behind.get(id);
      if (!listed.has(id) && (known === undefined || hops < known)) behind.set(id, hops);
    }
  const rest = [...behind]
    .map(([id, hops]): ReachItem => ({ id, hops, status: 'undecided' }))
    .sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
  return [...items, ...rest];
}

/**
 * Whether the shortest path to a reached node takes a hop that rests on an assumption: each
 * node's hop names the node before it (the breadth-first tree), walked back to the start.
 */
function assumedAlong(
  start: string,
  decided: readonly Reached[],
  assumedEdges: ReadonlySet<string>,
): (id: string) => boolean {
  const byId = new Map(decided.map((r) => [r.id, r]));
  const memo = new Map<string, boolean>([[start, false]]);
  const ask = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const hop = byId.get(id)?.edge;
    if (!hop) return false;
    // Into the node (reachableFrom) its hop comes from the one before; out of it (whoCanReach), it
    // leads to the one after, nearer the start.
    const before = hop.to === id ? hop.from : hop.to;
    const answer = assumedEdges.has(hop.edge) || ask(before);
    memo.set(id, answer);
    return answer;
  };
  return ask;
}
