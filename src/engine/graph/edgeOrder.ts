/**
 * The order of an analysis's edges: by `from`, then `to`, then `kind` (plain string order each), so
 * a full run and an incremental one list the same edges the same way.
 *
 * A large organization has millions of edges whose ids share long prefixes; sorting them by id took
 * ~6 s of a 100k-role analysis. Here every distinct endpoint is ranked once (a hundred thousand
 * strings, not millions), edges are bucketed by their `from` rank, and each bucket, a few dozen
 * edges at most in practice, is sorted by numbers.
 */
import type { GraphEdge } from './types';

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.kind, b.kind);
}

export function sortEdges(edges: readonly GraphEdge[]): GraphEdge[] {
  const rank = new Map<string, number>();
  for (const e of edges) {
    rank.set(e.from, 0);
    rank.set(e.to, 0);
    rank.set(e.kind, 0);
  }
  const names = [...rank.keys()].sort(compareStrings);
  names.forEach((name, i) => rank.set(name, i));
  const rankOf = (s: string) => rank.get(s) as number;

  // Counting sort by `from`, stable, then each run of one `from` by `to` and `kind`.
  const starts = new Uint32Array(names.length + 1);
  for (const e of edges) {
    const r = rankOf(e.from) + 1;
    starts[r] = (starts[r] ?? 0) + 1;
  }
  for (let i = 1; i <= names.length; i++) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
  const next = starts.slice(0, names.length);
  const out = new Array<GraphEdge>(edges.length);
  for (const e of edges) {
    const r = rankOf(e.from);
    const at = next[r] ?? 0;
    next[r] = at + 1;
    out[at] = e;
  }
  const byToThenKind = (a: GraphEdge, b: GraphEdge) =>
    rankOf(a.to) - rankOf(b.to) || rankOf(a.kind) - rankOf(b.kind);
  for (let r = 0; r < names.length; r++) {
    const from = starts[r] ?? 0;
    const to = starts[r + 1] ?? 0;
    if (to - from > 1) {
      const run = out.slice(from, to).sort(byToThenKind);
      for (let i = 0; i < run.length; i++) out[from + i] = run[i] as GraphEdge;
    }
  }
  return out;
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
