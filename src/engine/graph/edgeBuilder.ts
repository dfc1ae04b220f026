/**
 * Collects edges, merging the decisions of multi-request hops and keeping ids stable.
 *
 * An organization of 100k roles has millions of edges, and most of them say the same few things
 * ("the trust policy of role ReadOnly allows a session of role OrgAdmin and identity policy
 * "AdministratorAccess" allows it"). So equal explanations are kept once, and so are the decision
 * lists of edges whose request is the edge itself: the hop's record is left out when it names the
 * edge's own caller and target with no context, and `hopRequest` puts it back for a replay.
 */
import type { HopOutcome } from './evaluateHop';
import { sortEdges } from './edgeOrder';
import { isEdgeOwn } from './hopRequest';
import type { EdgeCondition, EdgeKind, GraphEdge, HopDecision } from './types';

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

function distinctConditions(hops: { outcome: Pick<HopOutcome, 'conditions'> }[]): EdgeCondition[] {
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

const isList = (x: GraphEdge | GraphEdge[] | undefined): x is GraphEdge[] => Array.isArray(x);

export class EdgeBuilder {
  /**
   * By `from`, then `to` (keys are strings the analysis holds anyway, so their hashes are cached):
   * the edge, or the edges of different kinds between the same two nodes. With each `from`, the
   * start of its edges' ids by kind (`KIND:FROM->`): an id is then one joined string rather than
   * three, for millions of edges.
   */
  private readonly edges = new Map<
    string,
    { byTo: Map<string, GraphEdge | GraphEdge[]>; ids: Map<string, string> }
  >();
  private count = 0;
  /** `kind|to` of configured edges: asked once per service principal of every trust, so O(1). */
  private readonly configuredInto = new Set<string>();
  /**
   * Explanations kept once, each with the record-less decision list that says it (one decision of
   * the hop's action), made on first need.
   */
  private readonly said = new Map<string, { text: string; decisions?: HopDecision[] }>();

  /** One hop's conditions without repeats, kept per list: hops of one trust statement share theirs. */
  private readonly distinctLists = new WeakMap<EdgeCondition[], EdgeCondition[]>();

  private distinct(conditions: EdgeCondition[]): EdgeCondition[] {
    if (conditions.length === 0) return NO_CONDITIONS;
    let list = this.distinctLists.get(conditions);
    if (!list) this.distinctLists.set(conditions, (list = distinctConditions([{ outcome: { conditions } }])));
    return list;
  }

  private text(s: string): string {
    return this.interned(s).text;
  }

  private interned(s: string): { text: string; decisions?: HopDecision[] } {
    let known = this.said.get(flat(s));
    if (!known) this.said.set(s, (known = { text: s }));
    return known;
  }

  private sharedDecisions(
    action: string,
    decision: HopDecision['decision'],
    explanation: string,
  ): HopDecision[] {
    const known = this.interned(explanation);
    const only = known.decisions?.[0];
    if (known.decisions && only && only.action === action && only.decision === decision)
      return known.decisions;
    const list = [{ action, decision, explanation: known.text }];
    known.decisions ??= list;
    return list;
  }

  add(edge: Omit<GraphEdge, 'id'>): GraphEdge {
    let from = this.edges.get(edge.from);
    if (!from) this.edges.set(edge.from, (from = { byTo: new Map(), ids: new Map() }));
    const { byTo } = from;
    const between = byTo.get(edge.to);
    const existing = isList(between)
      ? between.find((e) => e.kind === edge.kind)
      : between?.kind === edge.kind
        ? between
        : undefined;
    if (existing) {
      existing.configured ||= edge.configured;
      existing.chained ||= edge.chained;
      if (existing.configured) this.configuredInto.add(`${existing.kind}|${existing.to}`);
      return existing;
    }
    let start = from.ids.get(edge.kind);
    if (start === undefined) from.ids.set(edge.kind, (start = flat(`${edge.kind}:${edge.from}->`)));
    const id = start + edge.to;
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
      chained: edge.chained,
    };
    if (between === undefined) byTo.set(edge.to, full);
    else if (isList(between)) between.push(full);
    else byTo.set(edge.to, [between, full]);
    this.count++;
    if (full.configured) this.configuredInto.add(`${full.kind}|${full.to}`);
    return full;
  }

  /**
   * The edge of one permitted AssumeRole hop from a scenario caller: what assumeRoleEdges adds by the
   * million in a large organization, without the lists the general case builds.
   */
  fromAssumeRole(from: string, to: string, outcome: HopOutcome, chained: boolean): GraphEdge {
    const known = this.interned(outcome.result.explanation);
    const decisions = isEdgeOwn('AssumeRole', outcome.record, from, to)
      ? this.sharedDecisions('sts:AssumeRole', outcome.result.decision, known.text)
      : [
          {
            action: 'sts:AssumeRole',
            decision: outcome.result.decision,
            explanation: known.text,
            request: outcome.record,
          },
        ];
    return this.add({
      from,
      to,
      kind: 'AssumeRole',
      configured: false,
      permitted: true,
      conditional: outcome.conditional,
      conditions: this.distinct(outcome.conditions),
      explanation: known.text,
      decisions,
      chained,
    });
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
    const said = hops.map((h) => this.text(h.outcome.result.explanation));
    const explanation = this.text(
      extra.explanation ??
        (failing
          ? `Broken: ${failing.action} ${failing.outcome.result.explanation.replace(/^Denied: /, '— ')}`
          : said.length === 1
            ? (said[0] as string)
            : said.join(' ')),
    );
    const only = hops.length === 1 ? (hops[0] as (typeof hops)[number]) : undefined;
    const decisions =
      only && isEdgeOwn(kind, only.outcome.record, from, to)
        ? this.sharedDecisions(only.action, only.outcome.result.decision, said[0] as string)
        : hops.map((h, i) => ({
            action: h.action,
            decision: h.outcome.result.decision,
            explanation: said[i] as string,
            request: h.outcome.record,
          }));
    return this.add({
      from,
      to,
      kind,
      configured,
      permitted,
      conditional: permitted && hops.some((h) => h.outcome.conditional),
      conditions: distinctConditions(hops),
      explanation,
      decisions,
      chained: extra.chained ?? false,
    });
  }

  /** Whether a configured edge of this kind already leads into `to`. */
  hasConfiguredInto(to: string, kind: EdgeKind): boolean {
    return this.configuredInto.has(`${kind}|${to}`);
  }

  list(): GraphEdge[] {
    const all = new Array<GraphEdge>(this.count);
    let at = 0;
    for (const { byTo } of this.edges.values())
      for (const between of byTo.values())
        if (isList(between)) for (const e of between) all[at++] = e;
        else all[at++] = between;
    return sortEdges(all);
  }
}
