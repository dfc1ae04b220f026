/**
 * AssumeRole hops of the scenario's callers, decided once for the caller and role pairs a hop cannot
 * tell apart.
 *
 * In a large organization most hops repeat: every account's OrgAdmin role, each with the same
 * AdministratorAccess policy, may assume each of the roles that trust `*` fenced by
 * `aws:PrincipalOrgID` (2.4 million edges at 100k roles), and every application role of an account
 * trusts the account in the same words. Two pairs get the same decision when the evaluation reads
 * nothing that differs between them:
 *  - the same kind of caller (user or role) and the same MFA assumption;
 *  - the same boundaries and SCPs, level by level, and the same identity policies among those that
 *    have a statement reaching the role (same statements, kind and name: see `idOf`);
 *  - the same trust text and RCPs on the role's side;
 *  - the same statements reaching the role in every one of those policies (a Resource naming
 *    `role/security-*` reaches one role and not the next);
 *  - the same outcome for every condition of a statement the hop's policies can apply to
 *    sts:AssumeRole, met against the caller's own context keys (`aws:PrincipalOrgID`, a principal tag,
 *    `aws:PrincipalAccount`…); a condition with a policy variable is compared by the values of its key
 *    and variables instead;
 *  - the same side of the account line, and the same account when the trust names accounts (the
 *    words then say "trusts account …"); the same caller when the trust names users, roles or
 *    sessions, or uses NotPrincipal.
 * The key below is made of exactly these. Statements then apply alike, so the decision is the same,
 * and so are its words but for the names of the caller and the role. A Resource with a policy
 * variable is resolved from the caller's own keys, so such hops are never shared. A condition on a
 * key the request adds (`sts:ExternalId` once satisfied) sees the same value for every caller.
 *
 * The explanation names the caller and the role ("the trust policy of role ReadOnly allows a session
 * of role OrgAdmin and …"): it is worded for each pair (see `explain`), and the condition badges point
 * at each role's own trust policy. A hop whose badges come from another document (a condition in the
 * caller's identity policy) is not shared.
 *
 * A denied hop is dropped, so for a denied class only the decision is kept, unless only a guardrail
 * refuses it (cutHops.ts): a cut class keeps where the cut is, and each pair gets a cut outcome naming
 * its own levels and role. An allowed one's trace stays the first pair's; the edge reads only the
 * decision and the explanation, and each pair gets a record of its own.
 */
import type { CompiledPolicy } from '../../evaluate/compilePolicy';
import { describeCaller, describeResource } from '../../evaluate/describe';
import { callerPrincipal, callerRequestContext } from '../../evaluate/evaluateRequest';
import { SERVICE_LINKED_ROLE_ARN } from '../../evaluate/awsRules';
import { statementsReaching } from '../../evaluate/evaluatePolicy';
import type { EvaluationResult } from '../../evaluate/types';
import { cutNote, cutNoteKey, cutOutcome, findCut, type Cut } from './cutHops';
import { evaluateHop, type HopOutcome } from './evaluateHop';
import {
  ACTION_LOWER,
  conditionsKey,
  idOf,
  levelPolicies,
  mergeReads,
  policyReads,
  readsSignature,
  textId,
  type Reads,
} from './hopReads';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import type { EdgeCondition, EdgeNote } from '../types';

const ACTION = 'sts:AssumeRole';

interface CallerSide {
  /** Everything of the caller's side that the decision depends on but what reaches the role, numbered. */
  key: number;
  /** Each identity policy, its number and how the caller's context meets its conditions. */
  identity: { policy: CompiledPolicy; key: string }[];
  /** `identity`, numbered: callers with the same policies met alike share it. */
  identityKey: number;
  /** Boundaries and SCPs, whose statements reaching the role also count, and their numbers. */
  limits: CompiledPolicy[];
  limitsKey: number;
  /** How explanations name the caller. */
  words: string;
  /** The caller's account, numbered (see `RoleSide.account`). */
  account: number;
  /** How the caller meets the conditions of a role's side (numbered), by the role side's Reads. */
  met: Map<Reads, number>;
  /**
   * The latest of `met`: roles come one after another and neighbours mostly share their Reads, so
   * this answers most pairs without a map lookup.
   */
  lastReads: Reads | undefined;
  lastMet: number;
  variableResource: boolean;
}

/**
 * Stand for the caller's and the role's names in a worded-once explanation; a role or user name
 * cannot hold a NUL, so a real name never looks like them.
 */
const CALLER = '\u0000caller\u0000';
const ROLE = '\u0000role\u0000';

/** An explanation cut where it names the caller (odd pieces 'caller') and the role ('role'). */
type Pieces = string[];

function cut(text: string): Pieces {
  const pieces: Pieces = [];
  let at = 0;
  for (;;) {
    const caller = text.indexOf(CALLER, at);
    const role = text.indexOf(ROLE, at);
    const next = caller < 0 ? role : role < 0 ? caller : Math.min(caller, role);
    if (next < 0) break;
    const isCaller = next === caller;
    pieces.push(text.slice(at, next), isCaller ? 'caller' : 'role');
    at = next + (isCaller ? CALLER : ROLE).length;
  }
  pieces.push(text.slice(at));
  return pieces;
}

/** The pieces with the role's name filled in, joined between the places that name the caller. */
function aroundCaller(pieces: Pieces, role: string): string[] {
  const out = [''];
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) out[out.length - 1] += pieces[i] as string;
    else if (pieces[i] === 'role') out[out.length - 1] += role;
    else out.push('');
  }
  return out;
}

/**
 * `aroundCaller`'s pieces joined with the caller's name. An edge keeps its explanation for the life of
 * the analysis: made of the role's pieces and the caller's name, it is two joins (64 bytes), where
 * joining every piece was four and a flat copy about 170 (900k explanations at 100k roles).
 */
function withCaller(around: readonly string[], caller: string): string {
  let out = around[0] as string;
  for (let i = 1; i < around.length; i++) out += caller + (around[i] as string);
  return out;
}

/** One allowed decision shared by a class of pairs, and what words it for each. */
interface PairClass {
  outcome: HopOutcome;
  /** The pair it was first decided for, and how explanations name them. */
  caller: PreparedPrincipal;
  target: PreparedPrincipal;
  callerWords: string;
  roleWords: string;
  /**
   * Its badges come only from the role's trust policy, so they can be pointed at another role's: a
   * badge from the caller's own identity policy would point every pair at the first caller's.
   */
  shareable: boolean;
  /** The explanation cut where it names caller and role: undefined until needed, null when it cannot be. */
  pieces?: Pieces | null;
  /** For the role of the latest pair: badges pointing at its trust policy, results by caller words. */
  here?: Here;
}

/**
 * What a class words for the role of its latest pair: the badges, and the results by the caller's
 * words. Most classes meet one caller's name per role, so the first result is held inline and a map
 * is made only for a second: a map per class and role was a tenth of the garbage of a 100k analysis.
 * The map holds explanations, not results: a result made for a pair dies young, while one held for
 * the rest of the role outlived collections (at 100k roles, 800k of them).
 */
interface Here {
  target: PreparedPrincipal;
  badges: EdgeCondition[];
  words?: string;
  result?: EvaluationResult;
  more?: Map<string, string>;
  /** The class's pieces for this role (`aroundCaller`), made when the class's first names do not fit. */
  around?: string[];
}

/** A class whose hop is denied: nothing to word. */
const DENIED = 'denied';

/** A class whose hop only a guardrail refuses, and its notes by what they read of a pair (`cutNoteKey`). */
interface CutClass {
  cut: Cut;
  notes: Map<string, EdgeNote>;
}

type Known = PairClass | CutClass | typeof DENIED;

/**
 * The classes of pairs alike in every numbered part of their key (see `keyOf`), by whether the caller
 * is in the role's account, then by the caller's account or ARN when the key reads it ('' when not).
 */
interface Slot {
  same?: Map<string, Known>;
  other?: Map<string, Known>;
}

/** Slots by the numbers of the key's parts, one map per part: no key text is built per pair. */
type Trie = Map<number, Trie | Slot>;

function under(level: Trie, part: number): Trie {
  let next = level.get(part) as Trie | undefined;
  if (!next) level.set(part, (next = new Map()));
  return next;
}

/** What the role's side of a hop reads, and its part of the key. */
interface RoleSide {
  reads: Reads;
  /**
   * Trust text, RCPs and the statements of those reaching the role, numbered; the role itself when its
   * trust is named otherwise than the role (it is then worded apart).
   */
  key: number;
  /** How explanations name the role (its trust policy is named the same way). */
  words: string;
  /** The role's account, numbered: a pair compares two numbers, not two strings, for every caller. */
  account: number;
}

export class SharedHops {
  private readonly callers = new WeakMap<PreparedPrincipal, CallerSide>();
  /** The same sides by the callers' positions in the caller index, when a pair comes with one. */
  private readonly callersAt: (CallerSide | undefined)[] = [];
  private target: PreparedPrincipal | undefined;
  private role: RoleSide | undefined;
  private readonly classes: Trie = new Map();
  /** The key in the map `keyOf` returned last, kept here so a pair allocates nothing to find its class. */
  private leafKey = '';
  /** For the current role: the statements of a policy that reach it, numbered, by statement list. */
  private readonly reaching = new Map<readonly unknown[], string>();
  private readonly readsByText = new Map<string, Reads>();
  private readonly readsBySignature = new Map<string, Reads>();
  /** For the current role: the key's parts that reach it, by `identityKey` and by `limitsKey`. */
  private readonly identityParts = new Map<number, number>();
  private readonly limitParts = new Map<number, number>();
  /** Texts that make up keys, numbered, so a key is a few small numbers. */
  private readonly numbers = new Map<string, number>();

  /**
   * `keep` gives the one copy of an evaluated explanation (the edge builder's). Explanations worded
   * from a class's pieces are not looked up there: each is two joins of pieces and names held once
   * (`withCaller`), and keeping one of each equal copy took a map of 800k entries at 100k roles.
   */
  constructor(
    private readonly prepared: PreparedScenario,
    private readonly counter: { evaluations: number },
    private readonly keep: (text: string) => string = (text) => text,
  ) {}

  /**
   * The hop `caller` → `target` for sts:AssumeRole when AWS allows it (possibly under conditions the
   * caller brings), a cut outcome (`cut`, not permitted) when only a guardrail refuses it, undefined
   * when it is denied otherwise: the graph drops those without reading why.
   */
  decide(caller: PreparedPrincipal, target: PreparedPrincipal, position?: number): HopOutcome | undefined {
    const mfa = caller.kind === 'user' && caller.mfa !== false;
    const side =
      position === undefined
        ? this.callerSide(caller, mfa)
        : (this.callersAt[position] ??= this.callerSide(caller, mfa));
    const leaf = this.keyOf(caller, side, target);
    const key = this.leafKey;
    const known = leaf?.get(key);
    if (known === DENIED) return undefined;
    if (known && 'cut' in known) return this.cutFor(known, caller, target);
    if (known?.shareable) {
      const shared = this.share(known, caller, side, target, mfa);
      if (shared) return shared;
    }
    const evaluated = this.evaluate(caller, target, mfa);
    if (!evaluated.permitted) {
      const cut = findCut(this.prepared, caller, target, evaluated, mfa, this.counter);
      if (!cut) {
        if (leaf && !known) leaf.set(key, DENIED);
        return undefined;
      }
      const made: CutClass = { cut, notes: new Map() };
      if (leaf && !known) leaf.set(key, made);
      return this.cutFor(made, caller, target);
    }
    const outcome = {
      ...evaluated,
      result: { ...evaluated.result, explanation: this.keep(evaluated.result.explanation) },
    };
    if (leaf && !known) {
      const trust = target.trustDocumentId;
      leaf.set(key, {
        outcome,
        caller,
        target,
        callerWords: side.words,
        roleWords: (this.role as RoleSide).words,
        shareable: outcome.conditions.every((c) => c.documentId === undefined || c.documentId === trust),
      });
    }
    return outcome;
  }

  /** The cut outcome of a pair of a cut class: one note for the pairs that read it alike. */
  private cutFor(known: CutClass, caller: PreparedPrincipal, target: PreparedPrincipal): HopOutcome {
    const key = cutNoteKey(known.cut.locator, caller, target);
    let note = known.notes.get(key);
    if (!note) known.notes.set(key, (note = cutNote(this.prepared, known.cut.locator, caller, target)));
    return cutOutcome(known.cut, note, caller, target);
  }

  /** The class's outcome for another pair, or undefined when it cannot be worded for it. */
  private share(
    known: PairClass,
    caller: PreparedPrincipal,
    side: CallerSide,
    target: PreparedPrincipal,
    mfa: boolean,
  ): HopOutcome | undefined {
    const { outcome } = known;
    // Pairs come role by role: what is worded for this role is kept until the next one.
    let here = known.here;
    if (here?.target !== target) {
      const trust = target.trustDocumentId;
      const first = known.target.trustDocumentId;
      const badges =
        outcome.conditions.length === 0
          ? outcome.conditions
          : outcome.conditions.map((c) =>
              c.documentId === first && trust !== undefined ? { ...c, documentId: trust } : c,
            );
      here = known.here = { target, badges };
    }
    const words = side.words;
    let result = here.words === words ? here.result : undefined;
    if (!result) {
      let explanation = here.more?.get(words);
      if (explanation === undefined) {
        const worded = this.explain(known, here, words, (this.role as RoleSide).words, mfa);
        if (worded === undefined) return undefined;
        explanation = worded;
        if (here.words !== undefined) (here.more ??= new Map()).set(words, explanation);
      }
      result =
        explanation === outcome.result.explanation ? outcome.result : { ...outcome.result, explanation };
      if (here.words === undefined) {
        here.words = words;
        here.result = result;
      }
    }
    return {
      permitted: true,
      conditional: outcome.conditional,
      conditions: here.badges,
      result,
      record: {
        principal: caller.arn,
        callerArn: caller.arn,
        targetArn: target.arn,
        action: outcome.record.action,
        context: outcome.record.context,
      },
    };
  }

  private evaluate(
    caller: PreparedPrincipal,
    target: PreparedPrincipal,
    mfa: boolean,
    words?: { caller: string; role: string },
  ): HopOutcome {
    return evaluateHop(
      this.prepared,
      {
        principal: caller.arn,
        caller,
        target,
        action: ACTION,
        how: { mfa },
        denialShown: false,
        ...(words ? { callerWords: words.caller, resourceWords: words.role } : {}),
      },
      this.counter,
    );
  }

  /**
   * The class's explanation for a caller and a role named `callerWords` and `roleWords`. The first
   * time other names are needed, the first pair's hop is decided once more with placeholders for
   * both (the role's trust policy renamed to match), and the pieces are kept only if putting the
   * first pair's names back gives its explanation exactly: a policy name or Sid that happened to hold
   * a placeholder would fail that. The pieces filled with the role's name are kept in `here`.
   */
  private explain(
    known: PairClass,
    here: Here,
    callerWords: string,
    roleWords: string,
    mfa: boolean,
  ): string | undefined {
    const said = known.outcome.result.explanation;
    if (callerWords === known.callerWords && roleWords === known.roleWords) return said;
    if (known.pieces === undefined) {
      const { target } = known;
      const renamed = target.trust ? { ...target, trust: { ...target.trust, name: ROLE } } : target;
      const worded = this.evaluate(known.caller, renamed, mfa, { caller: CALLER, role: ROLE });
      const pieces = cut(worded.result.explanation);
      known.pieces =
        worded.permitted && withCaller(aroundCaller(pieces, known.roleWords), known.callerWords) === said
          ? pieces
          : null;
    }
    if (known.pieces === null) return undefined;
    return withCaller((here.around ??= aroundCaller(known.pieces, roleWords)), callerWords);
  }

  private number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) this.numbers.set(text, (n = this.numbers.size));
    return n;
  }

  /** The statements of a policy that reach the current role, as text. */
  private reachingOf(policy: CompiledPolicy, target: PreparedPrincipal): string {
    let reaching = this.reaching.get(policy.statements);
    if (reaching === undefined) {
      reaching = statementsReaching(policy, ACTION_LOWER, target.arn).join(',');
      this.reaching.set(policy.statements, reaching);
    }
    return reaching;
  }

  private roleSide(target: PreparedPrincipal): RoleSide {
    if (this.target === target && this.role) return this.role;
    this.target = target;
    // Cleared only when used: clearing a map allocates a new table, and this runs once per role.
    if (this.reaching.size > 0) this.reaching.clear();
    if (this.identityParts.size > 0) this.identityParts.clear();
    if (this.limitParts.size > 0) this.limitParts.clear();
    // RCPs do not govern assuming a service-linked role (evaluateRequest.ts): its class reads none.
    const levels = SERVICE_LINKED_ROLE_ARN.test(target.arn)
      ? []
      : (this.prepared.rcpLevels(target.account) ?? []);
    const policies = [...(target.trust ? [target.trust] : []), ...levelPolicies(levels)];
    // Roles with the same trust text under the same RCPs read the same conditions: one Reads for
    // them, so each caller meets those conditions once (`CallerSide.met`).
    const text = `${target.trust ? textId(target.trust) : ''}|${levels.map((l) => l.policies.map(textId).join(',')).join(';')}`;
    let reads = this.readsByText.get(text);
    if (!reads) {
      // Texts that read the same conditions (the same trust under different RCPs without any) share
      // one Reads, so a caller's latest outcome (`CallerSide.lastReads`) serves them all.
      const made = mergeReads(policies.map(policyReads));
      const said = readsSignature(made);
      reads = this.readsBySignature.get(said) ?? made;
      this.readsBySignature.set(said, reads);
      this.readsByText.set(text, reads);
    }
    const words = describeResource(target.arn);
    const reach = policies.map((p) => this.reachingOf(p, target)).join(';');
    // A trust named otherwise than its role would be worded apart: then the role is its own class.
    const apart = target.trust && target.trust.name !== words ? target.arn : '';
    this.role = {
      reads,
      key: this.number(`${text}|${reach}|${apart}`),
      words,
      account: this.number(target.account),
    };
    return this.role;
  }

  /**
   * The map holding the class of the pair, its key there left in `leafKey`; undefined when the pair is
   * never shared. The key is made of the numbered parts below, whether the pair is within one
   * account, then the caller's account when the role's side reads accounts, or its ARN when it reads
   * ARNs.
   */
  private keyOf(
    caller: PreparedPrincipal,
    side: CallerSide,
    target: PreparedPrincipal,
  ): Map<string, Known> | undefined {
    const role = this.roleSide(target);
    const { reads } = role;

    if (reads.variableResource || side.variableResource) return undefined;
    let identity = this.identityParts.get(side.identityKey);
    if (identity === undefined) {
      // An identity policy none of whose statements reaches the role neither allows nor denies the
      // hop, nor is named in its words: callers that differ only in such policies are alike.
      let part = '';
      for (const { policy, key: own } of side.identity) {
        const reaching = this.reachingOf(policy, target);
        if (reaching !== '') part += `${own}:${reaching};`;
      }
      this.identityParts.set(side.identityKey, (identity = this.number(part)));
    }
    let limits = this.limitParts.get(side.limitsKey);
    if (limits === undefined) {
      limits = this.number(side.limits.map((p) => this.reachingOf(p, target)).join(';'));
      this.limitParts.set(side.limitsKey, limits);
    }
    let met: number;
    if (side.lastReads === reads) met = side.lastMet;
    else {
      const known = side.met.get(reads);
      met =
        known ?? this.number(conditionsKey(reads.conditions, callerRequestContext(caller.arn, caller.facts)));
      if (known === undefined) side.met.set(reads, met);
      side.lastReads = reads;
      side.lastMet = met;
    }
    const level = under(under(under(under(this.classes, role.key), side.key), identity), limits);
    let slot = level.get(met) as Slot | undefined;
    if (!slot) level.set(met, (slot = {}));
    const same = side.account === role.account;
    this.leafKey = reads.byArn ? caller.arn : reads.byAccount ? caller.account : '';
    return same ? (slot.same ??= new Map()) : (slot.other ??= new Map());
  }

  private callerSide(caller: PreparedPrincipal, mfa: boolean): CallerSide {
    let side = this.callers.get(caller);
    if (side) return side;
    const levels = this.prepared.scpLevels(caller.account) ?? [];
    const context = callerRequestContext(caller.arn, caller.facts);
    const bounds = [...caller.boundaries, ...levelPolicies(levels)];
    const reads = mergeReads(bounds.map(policyReads));
    const ids = (list: readonly CompiledPolicy[]) => list.map(idOf).join(',');
    // A policy none of whose statements applies to sts:AssumeRole never decides a hop: which of its
    // statements reach a role is not worth asking role after role (a boundary still counts, by id).
    const limits = bounds.filter((p) => policyReads(p).acts);
    const identity = caller.identityPolicies.flatMap((policy) => {
      const own = policyReads(policy);
      if (own.variableResource) reads.variableResource = true;
      return own.acts ? [{ policy, key: `${idOf(policy)}:${conditionsKey(own.conditions, context)}` }] : [];
    });
    side = {
      identity,
      identityKey: this.number(identity.map((i) => i.key).join(';')),
      limits,
      limitsKey: this.number(limits.map(textId).join(',')),
      key: this.number(
        [
          caller.kind,
          mfa ? 'mfa' : '',
          caller.facts.serviceLinkedRole === true ||
          (caller.facts.rolePath ?? '').startsWith('/aws-service-role/')
            ? 'linked'
            : '',
          ids(caller.boundaries),
          levels.map((l) => ids(l.policies)).join(';'),
          conditionsKey(reads.conditions, context),
        ].join('\u0001'),
      ),
      words: describeCaller(callerPrincipal(caller.arn, caller.facts), caller.arn),
      account: this.number(caller.account),
      met: new Map(),
      lastReads: undefined,
      lastMet: 0,
      variableResource: reads.variableResource,
    };
    this.callers.set(caller, side);
    return side;
  }
}
