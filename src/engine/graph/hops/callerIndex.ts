/**
 * Which callers are worth evaluating against a role: the pruning that keeps large organisations
 * fast. Trust names alone (trustIndex.ts) leave every identity of a named account as a candidate;
 * with a landing zone's account-wide trusts that is most of the organisation, and nearly all of those
 * pairs are denied because the caller's identity policies never allow sts:AssumeRole on the role.
 *
 * So each caller's identity-policy Allow statements that can match sts:AssumeRole are read once, with
 * their Resource patterns, ignoring conditions (a condition can only narrow an allow; the hop's own
 * evaluation still decides). A caller is then tried against a role only when
 *  - the trust names the caller's account (directly or through one of its principals) and one of
 *    those patterns could match the role's ARN: everywhere except the cases below, AWS needs the
 *    identity side to allow (cross-account always; same account when the trust names the account); or
 *  - the caller is in the role's own account and the trust names a user, role or session of that
 *    account, `*` or uses NotPrincipal: there the trust alone can grant (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html), so identity
 *    policies prove nothing and every such caller is tried.
 * Every pair this drops is one the engine would deny; the analysis is unchanged, only cheaper.
 */
import { NO_LOOKUP } from '../../evaluate/evaluatePolicy';
import { compileActionPattern, type CompiledResource } from '../../match/arn';
import { hasWildcard } from '../../match/wildcard';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import { trustNames, type TrustNames } from './trustIndex';
import type { CompiledPolicy } from '../../evaluate/compilePolicy';

/** Which roles a caller's identity policies may let it assume, ignoring conditions. */
interface Reach {
  /** Some statement allows sts:AssumeRole on any resource we cannot rule out cheaply. */
  any: boolean;
  patterns: CompiledResource[];
}

interface Assumer extends Reach {
  caller: PreparedPrincipal;
  /** Position in the caller list, so candidates come out in the order the full scan used. */
  order: number;
  /** The accounts whose roles the patterns can name, or null when they may name any account. */
  accounts: ReadonlySet<string> | null;
}

/**
 * The accounts a reach can name. In the first five segments of an ARN pattern a wildcard does not
 * cross a colon (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html),
 * so a pattern whose account segment has none names only that account.
 */
function reachedAccounts(reach: Reach): ReadonlySet<string> | null {
  if (reach.any) return null;
  const accounts = new Set<string>();
  for (const p of reach.patterns) {
    const segments = p.pattern.split(':');
    const account = segments[4];
    if (segments.length < 6 || account === undefined || /[*?]/.test(account)) return null;
    accounts.add(account);
  }
  return accounts;
}

export interface CallerIndex {
  /** Users and non-service-linked roles, in the order edges have always been tried. */
  callers: PreparedPrincipal[];
  candidatesFor(target: PreparedPrincipal, trust: TrustNames): PreparedPrincipal[];
  /**
   * The same candidates as positions in `callers`, ascending: a view valid until the next call, so a
   * full run's loop reads per-caller data from arrays rather than maps.
   */
  candidatePositions(target: PreparedPrincipal, trust: TrustNames): Int32Array;
  /** A caller's position in `callers`, by ARN. */
  positionOf(arn: string): number | undefined;
  /** Whether `candidatesFor(target, trust)` holds `caller`, asked of one caller. */
  accepts(caller: PreparedPrincipal, target: PreparedPrincipal, trust: TrustNames): boolean;
}

/**
 * Whether an Action entry matches sts:AssumeRole, without keeping a compiled matcher: every caller's
 * statements are read here, and compiling them all would keep matchers for policies the analysis
 * never evaluates.
 */
function mayNameAssumeRole(pattern: string): boolean {
  if (!hasWildcard(pattern)) return pattern.toLowerCase() === 'sts:assumerole';
  return compileActionPattern(pattern)('sts:AssumeRole');
}

/**
 * By identity policy list: the incremental analyzer keeps unchanged principals' objects (and their
 * lists) from run to run, so an edit reads again only the policies of the callers it changed.
 */
const reaches = new WeakMap<readonly CompiledPolicy[], Reach | null>();

function reachOf(caller: PreparedPrincipal): Reach | null {
  return reachIn(caller.identityPolicies);
}

function reachIn(policies: readonly CompiledPolicy[]): Reach | null {
  const known = reaches.get(policies);
  if (known !== undefined) return known;
  let any = false;
  const patterns: CompiledResource[] = [];
  for (const policy of policies) {
    for (const s of policy.statements) {
      if (s.effect !== 'Allow') continue;
      const hit = s.actionPatterns.some((a) => mayNameAssumeRole(a));
      if (s.actionElement === 'Action' ? !hit : hit) continue;
      if (s.resourceElement !== 'Resource') {
        // NotResource, or no Resource at all: not worth reasoning about, keep the caller.
        any = true;
        continue;
      }
      for (const r of s.resources) {
        if (r.hasVariables || r.pattern === '*') any = true;
        else patterns.push(r);
      }
    }
  }
  const reach = any || patterns.length > 0 ? { any, patterns } : null;
  reaches.set(policies, reach);
  return reach;
}

/**
 * The roles `policies` (a group's) could let a caller of `account` assume, ignoring conditions,
 * among `roles`: those whose ARN some Allow for sts:AssumeRole may name and whose trust names the
 * account (or anyone). What a group adds to a user's hops is one of these: a hop it did not have
 * needs an Allow it did not have (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
export function rolesPoliciesMayReach(
  policies: readonly CompiledPolicy[],
  account: string,
  rolesIn: (account: string) => readonly PreparedPrincipal[],
  allRoles: readonly PreparedPrincipal[],
): PreparedPrincipal[] {
  const reach = reachIn(policies);
  if (!reach) return [];
  const accounts = reachedAccounts(reach);
  const roles = accounts ? [...accounts].flatMap(rolesIn) : allRoles;
  return roles.filter((role) => {
    const trust = trustNames(role);
    return (trust.star || trust.notPrincipal || trust.accounts.has(account)) && mayAllow(reach, role.arn);
  });
}

const mayAllow = (a: Reach, arn: string) => a.any || a.patterns.some((p) => p.matches(arn, NO_LOOKUP));

/** The trust lets in the role's own account's callers whatever their policies (see the top). */
function namesOwnPrincipal(target: PreparedPrincipal, trust: TrustNames): boolean {
  return (
    trust.star ||
    trust.notPrincipal ||
    [...trust.roleArns, ...trust.arns].some((arn) => arn.split(':')[4] === target.account)
  );
}

export function buildCallerIndex(prepared: PreparedScenario): CallerIndex {
  const callers = [...prepared.users, ...prepared.roles].filter((c) => !c.facts.serviceLinkedRole);
  /** Positions in `callers`, by account. */
  const byAccount = new Map<string, number[]>();
  const assumersByAccount = new Map<string, Assumer[]>();
  const allAssumers: Assumer[] = [];
  callers.forEach((caller, order) => {
    const list = byAccount.get(caller.account);
    if (list) list.push(order);
    else byAccount.set(caller.account, [order]);
    const reach = reachOf(caller);
    if (!reach) return;
    const assumer: Assumer = {
      caller,
      order,
      any: reach.any,
      patterns: reach.patterns,
      accounts: reachedAccounts(reach),
    };
    allAssumers.push(assumer);
    const assumers = assumersByAccount.get(caller.account);
    if (assumers) assumers.push(assumer);
    else assumersByAccount.set(caller.account, [assumer]);
  });
  const listed = new Set(callers);
  const marks = new Int32Array(callers.length);
  const picked = new Int32Array(callers.length);
  let calls = 0;
  const positions = new Map(callers.map((c, i) => [c.arn, i]));
  // The assumers of one account (or of all, key '*') that may name roles of another, made when first
  // asked: with account-wide trusts every role of an account asks the same question, and most of an
  // account's assumers name other accounts' roles only.
  const reaching = new Map<string, Assumer[]>();
  const assumersReaching = (from: string, to: string): Assumer[] => {
    const key = `${from}>${to}`;
    let list = reaching.get(key);
    if (!list) {
      const all = from === '*' ? allAssumers : (assumersByAccount.get(from) ?? []);
      list = all.filter((a) => a.accounts === null || a.accounts.has(to));
      reaching.set(key, list);
    }
    return list;
  };

  const candidatePositions = (target: PreparedPrincipal, trust: TrustNames): Int32Array => {
    // Marked with this call's number rather than kept in a set: the candidate lists of roles that
    // trust `*` hold most of a large organization's callers.
    const call = ++calls;
    let n = 0;
    const pick = (order: number) => {
      marks[order] = call;
      picked[n++] = order;
    };
    if (namesOwnPrincipal(target, trust))
      for (const order of byAccount.get(target.account) ?? []) pick(order);
    const consider = (assumers: Assumer[]) => {
      for (const a of assumers) if (marks[a.order] !== call && mayAllow(a, target.arn)) pick(a.order);
    };
    if (trust.star || trust.notPrincipal) consider(assumersReaching('*', target.account));
    else for (const account of trust.accounts) consider(assumersReaching(account, target.account));
    return picked.subarray(0, n).sort();
  };

  return {
    callers,
    candidatePositions,
    positionOf: (arn) => positions.get(arn),
    candidatesFor(target, trust) {
      const orders = candidatePositions(target, trust);
      const out = new Array<PreparedPrincipal>(orders.length);
      for (let i = 0; i < orders.length; i++) out[i] = callers[orders[i] as number] as PreparedPrincipal;
      return out;
    },
    accepts(caller, target, trust) {
      if (!listed.has(caller)) return false;
      if (caller.account === target.account && namesOwnPrincipal(target, trust)) return true;
      const reach = reachOf(caller);
      if (!reach || !(trust.star || trust.notPrincipal || trust.accounts.has(caller.account))) return false;
      return mayAllow(reach, target.arn);
    },
  };
}
