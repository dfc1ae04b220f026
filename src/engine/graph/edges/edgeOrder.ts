/**
 * The order of an analysis's edges: by `from`, then `to`, then `kind` (plain string order each), then
 * a group's edges by their `joiner`, so a full run and an incremental one list the same edges the
 * same way.
 *
 * A large organization has millions of edges whose ids share long prefixes; sorting them by id took
 * ~6 s of a 100k-role analysis. Here every distinct endpoint is ranked once (a hundred thousand
 * strings, not millions), and the edges are put in order by two counting sorts over those numbers:
 * by `to` and `kind`, then, stably, by `from`. Edges equal in all three keep the order they came in.
 */
import type { GraphEdge } from '../types';

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return (
    compareStrings(a.from, b.from) ||
    compareStrings(a.to, b.to) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.joiner ?? '', b.joiner ?? '')
  );
}

/** Gives each key of `rank` its rank in plain string order. */
function rankKeys(rank: Map<string, number>): void {
  [...rank.keys()].sort(compareStrings).forEach((s, i) => rank.set(s, i));
}

/** `order` (positions) stably sorted by `keys[position]`, each key below `size`. */
function countingSort(order: Int32Array, keys: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size + 1);
  // Indexed loops: run cold, `for…of` over a typed array made an iterator result per element.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    next[key + 1] = (next[key + 1] as number) + 1;
  }
  for (let k = 1; k <= size; k++) next[k] = (next[k] as number) + (next[k - 1] as number);
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const at = order[i] as number;
    const key = keys[at] as number;
    const to = next[key] as number;
    next[key] = to + 1;
    out[to] = at;
  }
  return out;
}

/**
 * The edges in order, and for each whether it has the same `from`, `to` and `kind` as the one before
 * it (told from the ranks, without reading the strings again).
 */
export function sortEdgesMarkingRepeats(edges: {
  readonly length: number;
  at(index: number): GraphEdge | undefined;
}): {
  edges: GraphEdge[];
  repeats: Uint8Array;
} {
  const endpoints = new Map<string, number>();
  const kinds = new Map<string, number>();
  const n = edges.length;
  // Edges come grouped by `to` (role after role) and by kind: a run of one asks the map once.
  let lastTo: string | undefined;
  let lastKind: string | undefined;
  for (let i = 0; i < n; i++) {
    const e = edges.at(i) as GraphEdge;
    endpoints.set(e.from, 0);
    if (e.to !== lastTo) endpoints.set((lastTo = e.to), 0);
    if (e.kind !== lastKind) kinds.set((lastKind = e.kind), 0);
  }
  rankKeys(endpoints);
  rankKeys(kinds);
  const from = new Int32Array(n);
  const toAndKind = new Int32Array(n);
  const order = new Int32Array(n);
  let to = -1;
  let kind = -1;
  lastTo = lastKind = undefined;
  for (let i = 0; i < n; i++) {
    const e = edges.at(i) as GraphEdge;
    from[i] = endpoints.get(e.from) as number;
    if (e.to !== lastTo) to = endpoints.get((lastTo = e.to)) as number;
    if (e.kind !== lastKind) kind = kinds.get((lastKind = e.kind)) as number;
    toAndKind[i] = to * kinds.size + kind;
    order[i] = i;
  }
  const sorted = countingSort(
    countingSort(order, toAndKind, endpoints.size * kinds.size),
    from,
    endpoints.size,
  );
  const out = new Array<GraphEdge>(n);
  const repeats = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const at = sorted[i] as number;
    out[i] = edges.at(at) as GraphEdge;
    const before = sorted[i - 1];
    if (before !== undefined && from[before] === from[at] && toAndKind[before] === toAndKind[at])
      repeats[i] = 1;
  }
  return { edges: out, repeats };
}

/** Merges two lists of edges in this order (no edge in both). */
export function mergeEdges(a: readonly GraphEdge[], b: readonly GraphEdge[]): GraphEdge[] {
  const out: GraphEdge[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(
      compareEdges(a[i] as GraphEdge, b[j] as GraphEdge) < 0 ? (a[i++] as GraphEdge) : (b[j++] as GraphEdge),
    );
  while (i < a.length) out.push(a[i++] as GraphEdge);
  while (j < b.length) out.push(b[j++] as GraphEdge);
  return out;
}
