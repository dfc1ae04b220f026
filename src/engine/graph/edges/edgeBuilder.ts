/**
 * Collects edges, merging the decisions of multi-request hops and keeping ids stable.
 *
 * An organization of 100k roles has millions of edges, and most of them say the same few things
 * ("the trust policy of role ReadOnly allows a session of role OrgAdmin and identity policy
 * "AdministratorAccess" allows it"). So equal explanations an evaluation words are kept once (those
 * shared hops word for further pairs are joins of pieces held once: sharedHops.ts), and a decision
 * leaves out what the edge already holds: its record when it names the edge's own caller and target
 * with no context (`hopRequest` puts it back for a replay), and its explanation when it is the edge's
 * (`decisionExplanation`). The decision lists of such edges are then one per action and decision.
 */
import { allAssumptions, assumption, NO_ASSUMPTIONS } from '../analysis/assumptions';
import type { HopOutcome } from '../hops/evaluateHop';
import { sortEdgesMarkingRepeats } from './edgeOrder';
import { edgeNote, isCut, wordEdgeNote } from './edgeNotes';
import { isEdgeOwn } from '../hops/hopRequest';
import type { Assumption, EdgeCondition, EdgeKind, EdgeNote, GraphEdge, HopDecision } from '../types';

/** Shared by the (many) edges without conditions: an organization has hundreds of thousands of edges. */
const NO_CONDITIONS: EdgeCondition[] = [];

/** Written to, so the read in `flat` cannot be optimised away. */
let flattened = 0;

/**
 * The same string, flattened. Explanations are assembled from template pieces, which V8 keeps as a
 * tree of concatenations (a rope) until something reads the characters; reading one character turns
 * it into a flat copy. An edge keeps its explanation for the life of the analysis, and an evaluation's
 * rope of many template pieces cost about 400 bytes per edge against about 230 flat.
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

/** Edges added: blocks of 8192 (64 KB, below V8's large-object size). */
const BLOCK_BITS = 13;
const BLOCK = 1 << BLOCK_BITS;

/**
 * Edges in the order added, in blocks of fixed size. Millions pushed onto one array regrew it some
 * thirty times, and every outgrown copy was left behind (about 40 MB at 100k roles).
 */
class AddedEdges {
  private readonly blocks: GraphEdge[][] = [];
  length = 0;

  push(edge: GraphEdge): void {
    const at = this.length & (BLOCK - 1);
    if (at === 0) this.blocks.push(new Array<GraphEdge>(BLOCK));
    (this.blocks[this.blocks.length - 1] as GraphEdge[])[at] = edge;
    this.length++;
  }

  at(index: number): GraphEdge | undefined {
    return index < this.length ? this.blocks[index >>> BLOCK_BITS]?.[index & (BLOCK - 1)] : undefined;
  }
}

export class EdgeBuilder {
  /**
   * In the order added. `add` finds an equal edge (the same two nodes and kind) by id; the millions
   * `fromAssumeRole` adds are not looked up, and their repeats (a configured Pod Identity chain that
   * an identity policy also allows) are merged once the list is sorted: a map asked once per edge
   * took about a tenth of a 100k-role analysis.
   */
  private readonly added = new AddedEdges();
  /**
   * The start of ids by kind, then `from` (`KIND:FROM->`): an id is then one joined string rather
   * than three, for millions of edges.
   */
  private readonly idStarts = new Map<EdgeKind, Map<string, string>>();
  /** The edges `add` made, by id: workload, outside, service and federation edges, a few per role. */
  private readonly byId = new Map<string, GraphEdge>();
  /** `kind|to` of configured edges: asked once per service principal of every trust, so O(1). */
  private readonly configuredInto = new Set<string>();
  /** Explanations kept once. */
  private readonly said = new Map<string, string>();
  /** The words of cut notes, by note. */
  private readonly noteWords = new WeakMap<EdgeNote, string>();
  /** The decision lists of edges whose one decision is the edge's own, by action and decision. */
  private readonly own = new Map<string, Map<HopDecision['decision'], HopDecision[]>>();

  /** One hop's conditions without repeats, kept per list: hops of one trust statement share theirs. */
  private readonly distinctLists = new WeakMap<EdgeCondition[], EdgeCondition[]>();
  /** The caller side's assumptions joined with a target's, kept per pair of lists. */
  private readonly joined = new WeakMap<
    readonly Assumption[],
    WeakMap<readonly Assumption[], readonly Assumption[]>
  >();

  /**
   * @param sides What an edge rests on besides its caller's documents (sideAssumptions.ts); empty
   * for most edges.
   */
  constructor(
    private readonly sides: (from: string, to: string) => readonly Assumption[] = () => NO_ASSUMPTIONS,
  ) {}

  private assumptionsOf(edge: Pick<GraphEdge, 'from' | 'to' | 'assumptions'>): readonly Assumption[] {
    const extra = this.sides(edge.from, edge.to);
    if (extra.length === 0) return edge.assumptions;
    let byExtra = this.joined.get(edge.assumptions);
    if (!byExtra) this.joined.set(edge.assumptions, (byExtra = new WeakMap()));
    let both = byExtra.get(extra);
    if (!both) byExtra.set(extra, (both = allAssumptions([edge.assumptions, extra])));
    return both;
  }

  private distinct(conditions: EdgeCondition[]): EdgeCondition[] {
    if (conditions.length === 0) return NO_CONDITIONS;
    let list = this.distinctLists.get(conditions);
    if (!list) this.distinctLists.set(conditions, (list = distinctConditions([{ outcome: { conditions } }])));
    return list;
  }

  /** The one copy kept of an explanation equal to `s`. */
  keep(s: string): string {
    let known = this.said.get(flat(s));
    if (known === undefined) this.said.set(s, (known = s));
    return known;
  }

  /** A cut note's words, kept once per note. */
  private cutWords(note: EdgeNote): string {
    let words = this.noteWords.get(note);
    if (words === undefined)
      this.noteWords.set(note, (words = this.keep(wordEdgeNote(note.code, note.params))));
    return words;
  }

  /** The list of one decision whose request is the edge and whose explanation is the edge's. */
  private ownDecisions(action: string, decision: HopDecision['decision']): HopDecision[] {
    let byDecision = this.own.get(action);
    if (!byDecision) this.own.set(action, (byDecision = new Map<HopDecision['decision'], HopDecision[]>()));
    let list = byDecision.get(decision);
    if (!list) byDecision.set(decision, (list = [{ action, decision }]));
    return list;
  }

  /**
   * Adds an edge, or gives back the one already added between the same nodes with the same kind,
   * which stays and takes on this one's `configured` and `chained` when they are true: a configured
   * Pod Identity chain is decided from the association's edge that stays.
   */
  add(edge: Omit<GraphEdge, 'id'>): GraphEdge {
    const id = this.idStart(edge.kind, edge.from) + edge.to;
    const existing = this.byId.get(id);
    if (existing) {
      existing.configured ||= edge.configured;
      existing.chained ||= edge.chained;
      if (existing.configured) this.configuredInto.add(`${existing.kind}|${existing.to}`);
      return existing;
    }
    const full = this.push(edge, id);
    this.byId.set(id, full);
    return full;
  }

  /**
   * Adds an edge without looking for an equal one: `list` merges such repeats, keeping the first
   * added. Used for the millions of AssumeRole edges from scenario callers, which nothing reads back.
   */
  private push(edge: Omit<GraphEdge, 'id'>, id: string): GraphEdge {
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
      assumptions: this.assumptionsOf(edge),
    };
    // Only the few edges no evaluation decides have one: millions of others stay one field smaller.
    if (edge.note) full.note = edge.note;
    this.added.push(full);
    if (full.configured) this.configuredInto.add(`${full.kind}|${full.to}`);
    return full;
  }

  /** The start of the ids of edges of `kind` from `from`: `KIND:FROM->`, one string for all of them. */
  idStart(kind: EdgeKind, from: string): string {
    let starts = this.idStarts.get(kind);
    if (!starts) this.idStarts.set(kind, (starts = new Map<string, string>()));
    let start = starts.get(from);
    if (start === undefined) starts.set(from, (start = flat(`${kind}:${from}->`)));
    return start;
  }

  /**
   * The edge of one permitted AssumeRole hop from a scenario caller: what assumeRoleEdges adds by the
   * million in a large organization, without the lists the general case builds and without looking
   * for an equal edge (see `push`). The outcome comes from SharedHops, which keeps the explanations
   * evaluations word through `keep`; `assumptions` are the caller's (PreparedPrincipal), shared by
   * all its edges; `start` is `idStart('AssumeRole', from)`, which the caller may keep at hand.
   */
  fromAssumeRole(
    from: string,
    to: string,
    outcome: HopOutcome,
    chained: boolean,
    assumptions: readonly Assumption[] = NO_ASSUMPTIONS,
    start = this.idStart('AssumeRole', from),
  ): GraphEdge {
    const { cut } = outcome;
    // A cut hop is worded from its note, which the pairs of a class share (SharedHops): worded once.
    const explanation = cut ? this.cutWords(cut) : outcome.result.explanation;
    const decisions = isEdgeOwn('AssumeRole', outcome.record, from, to)
      ? this.ownDecisions('sts:AssumeRole', outcome.result.decision)
      : [{ action: 'sts:AssumeRole', decision: outcome.result.decision, request: outcome.record }];
    const edge: Omit<GraphEdge, 'id'> = {
      from,
      to,
      kind: 'AssumeRole',
      configured: false,
      permitted: !cut,
      conditional: outcome.conditional,
      conditions: this.distinct(outcome.conditions),
      explanation,
      decisions,
      chained,
      assumptions,
    };
    if (cut) edge.note = cut;
    return this.push(edge, start + to);
  }

  /**
   * An edge decided by one or more engine evaluations (every one must allow). One that is neither
   * permitted nor configured is not drawn, unless its one hop is cut (cutHops.ts): then it is drawn
   * cut, worded from its note rather than `extra.explanation`.
   */
  fromHops(
    from: string,
    to: string,
    kind: EdgeKind,
    configured: boolean,
    hops: { action: string; outcome: HopOutcome }[],
    extra: Partial<Pick<GraphEdge, 'chained' | 'explanation' | 'assumptions'>> = {},
  ): GraphEdge | undefined {
    const permitted = hops.every((h) => h.outcome.permitted);
    const cut = !configured && hops.length === 1 ? hops[0]?.outcome.cut : undefined;
    if (!permitted && !configured && !cut) return undefined;
    const failing = hops.find((h) => !h.outcome.permitted);
    const said = hops.map((h) => this.keep(h.outcome.result.explanation));
    const explanation = this.keep(
      (cut && this.cutWords(cut)) ??
        extra.explanation ??
        (failing
          ? `Broken: ${failing.action} — ${failing.outcome.result.explanation.replace(/^Denied: /, '').replace(/^Explicitly denied: /, 'explicitly denied: ')}`
          : said.length === 1
            ? (said[0] as string)
            : said.join(' ')),
    );
    const only = hops.length === 1 ? (hops[0] as (typeof hops)[number]) : undefined;
    const own = only !== undefined && isEdgeOwn(kind, only.outcome.record, from, to);
    const decisions =
      only && own && said[0] === explanation
        ? this.ownDecisions(only.action, only.outcome.result.decision)
        : hops.map((h, i) => {
            const d: HopDecision = { action: h.action, decision: h.outcome.result.decision };
            if (said[i] !== explanation) d.explanation = said[i] as string;
            if (!own) d.request = h.outcome.record;
            return d;
          });
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
      assumptions: extra.assumptions ?? NO_ASSUMPTIONS,
      ...(cut ? { note: cut } : {}),
    });
  }

  /** A configured edge that cannot work, for the reason `note` gives (no engine decision). */
  broken(
    from: string,
    to: string,
    kind: EdgeKind,
    note: EdgeNote,
    assumptions: readonly Assumption[] = NO_ASSUMPTIONS,
  ): GraphEdge {
    return this.add({
      from,
      to,
      kind,
      configured: true,
      permitted: false,
      conditional: false,
      conditions: NO_CONDITIONS,
      explanation: wordEdgeNote(note.code, note.params),
      decisions: [],
      chained: false,
      assumptions,
      note,
    });
  }

  /**
   * A configured hop into a role of an account the scenario does not hold: not permitted, but not
   * broken either (nothing is broken on the strength of an absence); it says what it rests on.
   */
  undecided(from: string, to: string, kind: EdgeKind): GraphEdge {
    const account = to.split(':')[4] ?? '?';
    return this.broken(
      from,
      to,
      kind,
      edgeNote('role-not-imported', { role: to, account }),
      Object.freeze([assumption('role-not-imported', { role: to, account })]),
    );
  }

  /** Whether a configured edge of this kind already leads into `to`. */
  hasConfiguredInto(to: string, kind: EdgeKind): boolean {
    return this.configuredInto.has(`${kind}|${to}`);
  }

  /** Every edge in edge order (edgeOrder.ts), each pair of nodes and kind once. */
  list(): GraphEdge[] {
    const { edges, repeats } = sortEdgesMarkingRepeats(this.added);
    // Repeats are merged in place: a second list of millions of edges, grown push by push, was
    // about 50 MB more at the end of a 100k-role analysis.
    let kept = 0;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i] as GraphEdge;
      // The sort is stable, so of equal edges the first added comes first, and it is the one kept.
      const last = edges[kept - 1];
      if (repeats[i] === 1 && last) {
        // A hop cut for the caller's own name but allowed another way (a named session) is not cut.
        const keep = isCut(last) && edge.permitted ? edge : last;
        keep.configured = last.configured || edge.configured;
        keep.chained = last.chained || edge.chained;
        edges[kept - 1] = keep;
      } else edges[kept++] = edge;
    }
    edges.length = kept;
    return edges;
  }
}
