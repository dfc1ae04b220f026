/** Collects edges, merging the decisions of multi-request hops and keeping ids stable. */
import type { HopOutcome } from './evaluateHop';
import type { EdgeCondition, EdgeKind, GraphEdge } from './types';

/** Shared by the (many) edges without conditions: an organization has hundreds of thousands of edges. */
const NO_CONDITIONS: EdgeCondition[] = [];

/** Written to, so the read in `flat` cannot be optimised away. */
let flattened = 0;

/**
 * The same string, flattened. Explanations are assembled from template pieces, which V8 keeps as a
 * tree of concatenations (a rope) until something reads the characters; reading one character turns
 * it into a flat copy. An edge keeps its explanation for the life of the analysis, and the rope cost
 * about 400 bytes per edge against about 230 flat (two million edges at 100k roles).
 */
function flat(s: string): string {
  flattened = (flattened + s.charCodeAt(0)) & 0xffff;
  return s;
}

function distinctConditions(hops: { outcome: HopOutcome }[]): EdgeCondition[] {
  if (hops.every((h) => h.outcome.conditions.length === 0)) return NO_CONDITIONS;
  const seen = new Set<string>();
  return hops
    .flatMap((h) => h.outcome.conditions)
    .filter((c) => {
      const key = `${c.key}|${c.operator}|${c.values.join(',')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export class EdgeBuilder {
  private readonly edges = new Map<string, GraphEdge>();
  /** `kind|to` of configured edges: asked once per service principal of every trust, so O(1). */
  private readonly configuredInto = new Set<string>();

  add(edge: Omit<GraphEdge, 'id'>): GraphEdge {
    const id = `${edge.kind}:${edge.from}->${edge.to}`;
    const existing = this.edges.get(id);
    if (existing) {
      existing.configured ||= edge.configured;
      if (existing.configured) this.configuredInto.add(`${existing.kind}|${existing.to}`);
      return existing;
    }
    // Written out rather than spread: a spread copy keeps its fields out of line, in a second object.
    const full: GraphEdge = {
      id,
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      configured: edge.configured,
      permitted: edge.permitted,
      conditional: edge.conditional,
      conditions: edge.conditions,
      explanation: edge.explanation,
      decisions: edge.decisions,
    };
    if (edge.chained !== undefined) full.chained = edge.chained;
    this.edges.set(id, full);
    if (full.configured) this.configuredInto.add(`${full.kind}|${full.to}`);
    return full;
  }

  /** An edge decided by one or more engine evaluations (every one must allow). */
  fromHops(
    from: string,
    to: string,
    kind: EdgeKind,
    configured: boolean,
    hops: { action: string; outcome: HopOutcome }[],
    extra: Partial<Pick<GraphEdge, 'chained' | 'explanation'>> = {},
  ): GraphEdge | undefined {
    const permitted = hops.every((h) => h.outcome.permitted);
    if (!permitted && !configured) return undefined;
    const failing = hops.find((h) => !h.outcome.permitted);
    const explanation = flat(
      extra.explanation ??
        (failing
          ? `Broken: ${failing.action} ${failing.outcome.result.explanation.replace(/^Denied: /, '— ')}`
          : hops.map((h) => flat(h.outcome.result.explanation)).join(' ')),
    );
    const edge = this.add({
      from,
      to,
      kind,
      configured,
      permitted,
      conditional: permitted && hops.some((h) => h.outcome.conditional),
      conditions: distinctConditions(hops),
      explanation,
      decisions: hops.map((h) => ({
        action: h.action,
        decision: h.outcome.result.decision,
        explanation: h.outcome.result.explanation,
        request: h.outcome.record,
      })),
    });
    if (extra.chained) edge.chained = true;
    return edge;
  }

  /** Whether a configured edge of this kind already leads into `to`. */
  hasConfiguredInto(to: string, kind: EdgeKind): boolean {
    return this.configuredInto.has(`${kind}|${to}`);
  }

  list(): GraphEdge[] {
    return [...this.edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
