/**
 * AssumeRole hops of the scenario's callers, decided once for callers the hop cannot tell apart.
 *
 * In a large organization most hops repeat: every account's OrgAdmin role, each with the same
 * AdministratorAccess policy, may assume each of the roles that trust `*` fenced by
 * `aws:PrincipalOrgID` (2.4 million edges at 100k roles). For a given role, two callers get the same
 * decision when the evaluation reads nothing that differs between them:
 *  - the same boundaries and SCPs, level by level, and the same identity policies among those
 *    that have a statement reaching the role (same statements, kind and name: see `idOf`);
 *  - the same kind of caller (user or role) and the same MFA assumption;
 *  - the same side of the account line (same account as the role or not);
 *  - the same outcome for every condition that a statement of the hop's policies can test for
 *    sts:AssumeRole, against the caller's own context keys (`aws:PrincipalOrgID`, a principal tag,
 *    `aws:PrincipalAccount`…); a condition with a policy variable is compared by the values of its
 *    key and variables instead;
 *  - and, when the trust policy names accounts, the same account; when it names users, roles or
 *    sessions (or uses NotPrincipal), the same ARN — there is no sharing then.
 * The key below is made of exactly these. Statements then apply alike (action and resource do not
 * depend on the caller), so the decision is the same, and so are its words but for the caller's name. A Resource with a policy
 * variable is resolved from the caller's own keys, so such hops are never shared. A condition on a
 * key the request adds (`sts:ExternalId` once satisfied) sees the same value for every caller.
 *
 * The explanation names the caller ("the trust policy of role ReadOnly allows a session of role
 * OrgAdmin and …"): it is worded for each caller of the class (see `explain`).
 *
 * A denied hop is dropped, so for a denied class only the decision is kept. An allowed one's trace
 * stays the first caller's; the edge reads only the decision and the explanation, and each caller
 * gets a record of its own.
 */
import type { CompiledCondition } from '../conditions/evaluateCondition';
import type { RequestContext } from '../context/requestContext';
import { candidateStatements, type CompiledPolicy } from '../evaluate/compilePolicy';
import { statementsReaching } from '../evaluate/evaluatePolicy';
import { describeCaller } from '../evaluate/describe';
import { callerRequestContext } from '../evaluate/evaluateRequest';
import { parsePrincipalArn } from '../context/principal';
import { evaluateHop, type HopOutcome } from './evaluateHop';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';

const ACTION = 'sts:AssumeRole';
const ACTION_LOWER = 'sts:assumerole';

/** What a policy's statements for sts:AssumeRole read of the caller. */
interface Reads {
  /** The conditions of the statements that can match sts:AssumeRole, Allow and Deny. */
  conditions: CompiledCondition[];
  /** A Resource entry has a policy variable: the caller's keys shape the match. */
  variableResource: boolean;
  /** A Principal or NotPrincipal entry names an account / a user, role or session. */
  byAccount: boolean;
  byArn: boolean;
}

const readsOf = new WeakMap<CompiledPolicy, Reads>();

function policyReads(policy: CompiledPolicy): Reads {
  let reads = readsOf.get(policy);
  if (reads) return reads;
  reads = { conditions: [], variableResource: false, byAccount: false, byArn: false };
  // Every candidate statement, Allow and Deny alike, whether or not its action pattern matches in
  // the end: reading more than needed only shares less.
  for (const i of candidateStatements(policy, ACTION_LOWER)) {
    const s = policy.statements[i];
    if (!s) continue;
    reads.conditions.push(...s.conditions);
    if (s.resources.some((r) => r.hasVariables)) reads.variableResource = true;
    if (s.principalElement === 'NotPrincipal') reads.byArn = true;
    for (const p of s.principals) {
      if (p.kind === 'account') reads.byAccount = true;
      else if (
        p.kind === 'user' ||
        p.kind === 'role' ||
        p.kind === 'session' ||
        p.kind === 'federatedSession'
      )
        reads.byArn = true;
    }
  }
  readsOf.set(policy, reads);
  return reads;
}

/**
 * Small numbers for compiled policies, so a list of them makes a short key. Documents with the same
 * text share their compiled statements (DocumentCache), and each is re-labelled with its own name
 * and document id; the decision and its words read the statements, the kind and the name (the
 * document id only points at the text), so policies equal in those three get one number: the same
 * boundary attached in every account.
 */
const policyIds = new WeakMap<readonly unknown[], Map<string, number>>();
let nextPolicyId = 0;
function idOf(policy: CompiledPolicy): number {
  let byLabel = policyIds.get(policy.statements);
  if (!byLabel) policyIds.set(policy.statements, (byLabel = new Map<string, number>()));
  const label = `${policy.kind}\u0000${policy.name}`;
  let id = byLabel.get(label);
  if (id === undefined) byLabel.set(label, (id = nextPolicyId++));
  return id;
}

/** Small numbers for compiled statement lists: what a policy says, whatever it is called. */
const textIds = new WeakMap<readonly unknown[], number>();
function textId(policy: CompiledPolicy): number {
  let id = textIds.get(policy.statements);
  if (id === undefined) textIds.set(policy.statements, (id = nextPolicyId++));
  return id;
}

interface CallerSide {
  /** Everything of the caller's side that the decision depends on but its identity policies, numbered. */
  key: number;
  /** Each identity policy, its number and how the caller's context meets its conditions. */
  identity: { policy: CompiledPolicy; key: string }[];
  /** `identity`, numbered: callers with the same policies met alike share it. */
  identityKey: number;
  /** How explanations name the caller. */
  words: string;
  /** How the caller meets the conditions of a role's side (numbered), by the role side's Reads. */
  met: Map<Reads, number>;
  variableResource: boolean;
}

/** How the caller's own context meets each condition, as text. */
function conditionsKey(conditions: readonly CompiledCondition[], context: RequestContext): string {
  let key = '';
  for (const c of conditions) {
    if (c.variables.length === 0) key += c.evaluate(context).matched ? '1' : '0';
    else
      for (const k of [c.key, ...c.variables])
        key += `\u0001${k}=${(context.getNormalized(k) ?? ['\u0000']).join('\u0002')}`;
  }
  return key;
}

/** Stands for the caller in a worded-once explanation; a role or user name cannot hold a NUL. */
const PLACEHOLDER = '\u0000caller\u0000';

/** One allowed decision shared by a class of callers, and what words it for each. */
interface CallerClass {
  outcome: HopOutcome;
  /** The caller it was first decided for, and how explanations name that caller. */
  first: PreparedPrincipal;
  words: string;
  /** The explanation cut where it names the caller: undefined until needed, null when it cannot be. */
  pieces?: string[] | null;
}

/** A class whose hop is denied: nothing to word. */
const DENIED = 'denied';

export class SharedHops {
  private readonly callers = new WeakMap<PreparedPrincipal, CallerSide>();
  private target: PreparedPrincipal | undefined;
  private targetReads: Reads | undefined;
  private readonly classes = new Map<string, CallerClass | typeof DENIED>();
  /** For the current target: the statements of an identity policy that reach it, by statement list. */
  private readonly reaching = new Map<readonly unknown[], string>();
  private readonly readsById = new Map<string, Reads>();
  /** For the current target: the part of the key that identity policies reaching it make, by `identityKey`. */
  private readonly identityParts = new Map<number, number>();
  /** Texts that make up keys, numbered, so a key is a few small numbers. */
  private readonly numbers = new Map<string, number>();

  private number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) this.numbers.set(text, (n = this.numbers.size));
    return n;
  }

  constructor(
    private readonly prepared: PreparedScenario,
    private readonly counter: { evaluations: number },
  ) {}

  /**
   * The hop `caller` → `target` for sts:AssumeRole when AWS allows it (possibly under conditions the
   * caller brings), undefined when it is denied: the graph drops denied hops without reading why.
   */
  decide(caller: PreparedPrincipal, target: PreparedPrincipal): HopOutcome | undefined {
    const mfa = caller.kind === 'user' && caller.mfa !== false;
    const key = this.keyOf(caller, target, mfa);
    const known = key === undefined ? undefined : this.classes.get(key);
    if (known === DENIED) return undefined;
    const explanation = known && this.explain(known, this.callerSide(caller).words, target, mfa);
    if (known && explanation !== undefined) {
      const result =
        explanation === known.outcome.result.explanation
          ? known.outcome.result
          : { ...known.outcome.result, explanation };
      const { outcome } = known;
      return {
        permitted: true,
        conditional: outcome.conditional,
        conditions: outcome.conditions,
        result,
        record: {
          principal: caller.arn,
          callerArn: caller.arn,
          targetArn: outcome.record.targetArn,
          action: outcome.record.action,
          context: outcome.record.context,
        },
      };
    }
    const outcome = this.evaluate(caller, target, mfa);
    if (key !== undefined && !known)
      this.classes.set(
        key,
        outcome.permitted ? { outcome, first: caller, words: this.callerSide(caller).words } : DENIED,
      );
    return outcome.permitted ? outcome : undefined;
  }

  private evaluate(
    caller: PreparedPrincipal,
    target: PreparedPrincipal,
    mfa: boolean,
    callerWords?: string,
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
        ...(callerWords !== undefined ? { callerWords } : {}),
      },
      this.counter,
    );
  }

  /**
   * The class's explanation naming a caller by `words`. The first time another name is needed, the
   * hop is decided once more with a placeholder for the caller, and the pieces are kept only if
   * putting the first caller's words back gives its explanation exactly: a policy name or Sid that
   * happened to hold the placeholder would fail that.
   */
  private explain(
    known: CallerClass,
    words: string,
    target: PreparedPrincipal,
    mfa: boolean,
  ): string | undefined {
    const said = known.outcome.result.explanation;
    if (words === known.words) return said;
    if (known.pieces === undefined) {
      const worded = this.evaluate(known.first, target, mfa, PLACEHOLDER);
      const pieces = worded.result.explanation.split(PLACEHOLDER);
      known.pieces = worded.permitted && pieces.join(known.words) === said ? pieces : null;
    }
    return known.pieces === null ? undefined : known.pieces.join(words);
  }

  private keyOf(caller: PreparedPrincipal, target: PreparedPrincipal, mfa: boolean): string | undefined {
    if (this.target !== target) {
      this.target = target;
      this.classes.clear();
      this.reaching.clear();
      this.identityParts.clear();
      const policies = [
        ...(target.trust ? [target.trust] : []),
        ...levelPolicies(this.prepared.rcpLevels(target.account)),
      ];
      // Roles with the same trust text under the same RCPs read the same conditions: one Reads for
      // them, so each caller meets those conditions once (`CallerSide.met`).
      const id = policies.map(textId).join(',');
      let reads = this.readsById.get(id);
      if (!reads) this.readsById.set(id, (reads = mergeReads(policies.map(policyReads))));
      this.targetReads = reads;
    }
    const reads = this.targetReads as Reads;
    const side = this.callerSide(caller);
    if (reads.variableResource || side.variableResource || reads.byArn) return undefined;
    let identity = this.identityParts.get(side.identityKey);
    if (identity === undefined) {
      // An identity policy none of whose statements reaches the role neither allows nor denies the
      // hop, nor is named in its words: callers that differ only in such policies are alike.
      let part = '';
      for (const { policy, key: own } of side.identity) {
        let reaching = this.reaching.get(policy.statements);
        if (reaching === undefined) {
          reaching = statementsReaching(policy, ACTION_LOWER, target.arn).join(',');
          this.reaching.set(policy.statements, reaching);
        }
        if (reaching !== '') part += `${own}:${reaching};`;
      }
      this.identityParts.set(side.identityKey, (identity = this.number(part)));
    }
    let met = side.met.get(reads);
    if (met === undefined) {
      met = this.number(conditionsKey(reads.conditions, callerRequestContext(caller.arn, caller.facts)));
      side.met.set(reads, met);
    }
    const flags = (mfa ? 1 : 0) + (caller.account === target.account ? 2 : 0);
    return `${side.key},${identity},${met},${flags}${reads.byAccount ? `,${caller.account}` : ''}`;
  }

  private callerSide(caller: PreparedPrincipal): CallerSide {
    let side = this.callers.get(caller);
    if (side) return side;
    const levels = this.prepared.scpLevels(caller.account) ?? [];
    const context = callerRequestContext(caller.arn, caller.facts);
    const reads = mergeReads([...caller.boundaries, ...levelPolicies(levels)].map(policyReads));
    const ids = (list: readonly CompiledPolicy[]) => list.map(idOf).join(',');
    const identity = caller.identityPolicies.map((policy) => {
      const own = policyReads(policy);
      if (own.variableResource) reads.variableResource = true;
      return { policy, key: `${idOf(policy)}:${conditionsKey(own.conditions, context)}` };
    });
    side = {
      identity,
      identityKey: this.number(identity.map((i) => i.key).join(';')),
      key: this.number(
        [
          caller.kind,
          caller.facts.serviceLinkedRole === true ||
          (caller.facts.rolePath ?? '').startsWith('/aws-service-role/')
            ? 'linked'
            : '',
          ids(caller.boundaries),
          levels.map((l) => ids(l.policies)).join(';'),
          conditionsKey(reads.conditions, context),
        ].join('\u0001'),
      ),
      words: describeCaller(parsePrincipalArn(caller.arn), caller.arn),
      met: new Map(),
      variableResource: reads.variableResource,
    };
    this.callers.set(caller, side);
    return side;
  }
}

function levelPolicies(levels: readonly { policies: CompiledPolicy[] }[] | undefined): CompiledPolicy[] {
  return (levels ?? []).flatMap((l) => l.policies);
}

function mergeReads(all: Reads[]): Reads {
  const merged: Reads = { conditions: [], variableResource: false, byAccount: false, byArn: false };
  for (const r of all) {
    merged.conditions.push(...r.conditions);
    merged.variableResource ||= r.variableResource;
    merged.byAccount ||= r.byAccount;
    merged.byArn ||= r.byArn;
  }
  return merged;
}
