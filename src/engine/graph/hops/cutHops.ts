/**
 * Cut hops: an AssumeRole that the role's trust policy and the caller's identity policies would
 * allow, but that a guardrail refuses. AWS lets an explicit Deny in any policy override every Allow,
 * and an SCP or RCP level or a permissions boundary without an Allow for the request denies it even
 * when identity and resource policies allow it
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 * The graph keeps such a hop as a cut edge, so a learner sees what the guardrail did; a hop the trust
 * or the identity policies do not allow stays absent (most pairs of a large organization).
 *
 * Callers outside the scenario's users and roles are cut the same way: an account or
 * principal a trust names from outside, whose own policies are assumed to allow; an AWS service
 * principal; an identity provider (`decideOrCut`). No SCP or boundary of theirs is known, so only the
 * role's side (its RCPs, a Deny in its trust) can cut them.
 *
 * A denied hop is asked again only when its reason is a guardrail's, and then without the guardrails
 * and without Deny statements (`guardrails: false`): if that allows, the hop is cut. Which guardrail
 * is kept as a locator rather than names, so pairs SharedHops decides alike share it: SCP and RCP
 * levels are found by position (a class's levels hold the same policies, but each account its own
 * organizational unit), and the trust policy is the pair's own.
 */
import type { EvaluationResult, Reason, StatementRef } from '../../evaluate/types';
import type { ContextValue } from '../../types';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import { edgeNote } from '../edges/edgeNotes';
import type { CutNoteCode, EdgeCondition, EdgeNote } from '../types';
import { evaluateHop, type HopOutcome, type HopRequest } from './evaluateHop';

/** Where a cut is: what names it but the level and names a class of pairs does not share. */
export interface CutLocator {
  code: CutNoteCode;
  /** SCPs and RCPs: the level's position among the caller's (SCP) or the role's (RCP) levels. */
  level?: number;
  /** SCPs and RCPs: the policy's position in that level. */
  policy?: number;
  /** An identity policy's or boundary's name (the same for every pair of a class). */
  name?: string;
  /** The denying statement: its Sid, else `#n` counting from 1. */
  statement?: string;
}

/** A cut hop: where, and the request to replay it (with the context its allows need, if any). */
export interface Cut {
  locator: CutLocator;
  result: EvaluationResult;
  context: Record<string, ContextValue>;
}

/**
 * What a cut's words say besides the guardrail: the action refused, and what would allow the hop
 * without it (the trust and the caller's identity policies; the trust and an outside caller's own
 * policies, assumed; the trust alone, for a service principal or an identity provider, which have none).
 */
export interface CutWording {
  action: string;
  allowedBy: 'trust-and-identity' | 'trust-and-assumed-identity' | 'trust';
}

const ACTION = 'sts:AssumeRole';
const SCENARIO_CALLER: CutWording = { action: ACTION, allowedBy: 'trust-and-identity' };
/** Shared by every cut outcome: a cut hop brings no conditions. */
const NO_CONDITIONS: EdgeCondition[] = [];

/** Whether a denial's reason is a guardrail's: only then can the hop be cut. */
function byGuardrail(reason: Reason): boolean {
  const kind = reason.params.statement?.kind;
  if (reason.code === 'explicit-deny')
    return kind === 'scp' || kind === 'rcp' || kind === 'boundary' || kind === 'identity' || kind === 'trust';
  return (
    reason.code === 'no-scp-allows' || reason.code === 'no-rcp-allows' || reason.params.limit === 'boundary'
  );
}

/** A hop into a role of the scenario. */
type RoleHop = HopRequest & { target: PreparedPrincipal };

/** The cut of a denied hop of a scenario caller, or undefined when it is not one. */
export function findCut(
  prepared: PreparedScenario,
  caller: PreparedPrincipal,
  target: PreparedPrincipal,
  denied: HopOutcome,
  mfa: boolean,
  counter: { evaluations: number },
): Cut | undefined {
  const hop = { principal: caller.arn, caller, target, action: ACTION, how: { mfa }, denialShown: false };
  const found = findRefusal(prepared, hop, denied, counter);
  return (
    found && { locator: found.locator, result: found.refused.result, context: found.refused.record.context }
  );
}

/**
 * A hop of a caller that is not a user or role of the scenario (an outside account or principal, a
 * service principal, an identity provider): its outcome when permitted, a cut outcome when only a
 * guardrail refuses it, undefined when it is denied otherwise (not drawn).
 */
export function decideOrCut(
  prepared: PreparedScenario,
  hop: RoleHop,
  allowedBy: CutWording['allowedBy'],
  counter: { evaluations: number },
): HopOutcome | undefined {
  const outcome = evaluateHop(prepared, hop, counter);
  if (outcome.permitted) return outcome;
  const found = findRefusal(prepared, hop, outcome, counter);
  if (!found) return undefined;
  const note = cutNote(prepared, found.locator, undefined, hop.target, { action: hop.action, allowedBy });
  return { ...found.refused, cut: note };
}

/** Where a denied hop is cut and the refused outcome naming it, or undefined when it is not cut. */
function findRefusal(
  prepared: PreparedScenario,
  hop: RoleHop,
  denied: HopOutcome,
  counter: { evaluations: number },
): { locator: CutLocator; refused: HopOutcome } | undefined {
  if (!byGuardrail(denied.result.reason)) return undefined;
  const open = evaluateHop(prepared, { ...hop, guardrails: false }, counter);
  if (!open.permitted) return undefined;
  // The allow needs a context (an external id): the guardrail is the one met under it.
  const refused = open.conditional
    ? evaluateHop(prepared, { ...hop, context: open.record.context }, counter)
    : denied;
  if (refused.permitted || !byGuardrail(refused.result.reason)) return undefined;
  const locator = locate(prepared, hop.caller, hop.target, refused.result.reason);
  return locator && { locator, refused };
}

function statementName(ref: StatementRef): string {
  return ref.sid ?? `#${ref.index + 1}`;
}

function locate(
  prepared: PreparedScenario,
  caller: PreparedPrincipal | undefined,
  target: PreparedPrincipal,
  reason: Reason,
): CutLocator | undefined {
  const ref = reason.params.statement;
  // A caller outside the scenario has no SCPs or boundary the scenario knows: they never cut it.
  const scps = () => (caller ? (prepared.scpLevels(caller.account) ?? []) : []);
  const rcps = () => prepared.rcpLevels(target.account) ?? [];
  if (reason.code === 'no-scp-allows') return atLevel('cut-scp-no-allow', scps(), reason.params.level);
  if (reason.code === 'no-rcp-allows') return atLevel('cut-rcp-no-allow', rcps(), reason.params.level);
  if (reason.code !== 'explicit-deny')
    return caller && { code: 'cut-boundary-no-allow', name: caller.boundaries.map((b) => b.name).join(', ') };
  if (!ref) return undefined;
  const statement = statementName(ref);
  switch (ref.kind) {
    case 'scp':
      return withPolicy(atLevel('cut-scp-deny', scps(), ref.level), scps(), ref, statement);
    case 'rcp':
      return withPolicy(atLevel('cut-rcp-deny', rcps(), ref.level), rcps(), ref, statement);
    case 'boundary':
      return { code: 'cut-boundary-deny', name: ref.policy, statement };
    case 'identity':
      return { code: 'cut-identity-deny', name: ref.policy, statement };
    default:
      return { code: 'cut-trust-deny', statement };
  }
}

function atLevel(
  code: CutNoteCode,
  levels: readonly { orgIdentifier: string }[],
  level: string | undefined,
): CutLocator | undefined {
  const at = levels.findIndex((l) => l.orgIdentifier === level);
  return at < 0 ? undefined : { code, level: at };
}

function withPolicy(
  locator: CutLocator | undefined,
  levels: readonly { policies: readonly { name: string }[] }[],
  ref: StatementRef,
  statement: string,
): CutLocator | undefined {
  if (!locator) return undefined;
  const at = levels[locator.level ?? -1]?.policies.findIndex((p) => p.name === ref.policy) ?? -1;
  return at < 0 ? undefined : { ...locator, policy: at, statement };
}

/**
 * The note of a cut for one pair of its class: the names of its own levels, policies and role, and
 * the words of `wording` (a scenario caller's AssumeRole unless given).
 */
export function cutNote(
  prepared: PreparedScenario,
  locator: CutLocator,
  caller: PreparedPrincipal | undefined,
  target: PreparedPrincipal,
  wording: CutWording = SCENARIO_CALLER,
): EdgeNote {
  const { code, statement = '', name = '' } = locator;
  const { action, allowedBy } = wording;
  const rcp = code === 'cut-rcp-deny' || code === 'cut-rcp-no-allow';
  if (locator.level !== undefined) {
    const levels =
      (rcp ? prepared.rcpLevels(target.account) : caller && prepared.scpLevels(caller.account)) ?? [];
    const level = levels[locator.level];
    const at = level?.orgIdentifier ?? '?';
    if (locator.policy === undefined) return edgeNote(code, { level: at, action, allowedBy });
    const policy = level?.policies[locator.policy]?.name ?? '?';
    return edgeNote(code, { policy, statement, level: at, action, allowedBy });
  }
  if (code === 'cut-trust-deny') return edgeNote(code, { role: target.arn, statement, action, allowedBy });
  if (code === 'cut-boundary-no-allow') return edgeNote(code, { policy: name, action, allowedBy });
  return edgeNote(code, { policy: name, statement, action, allowedBy });
}

/**
 * What a cut's note reads of a pair: the caller's account (its SCP levels), the role's account (its
 * RCP levels) or the role itself (its trust); pairs alike in it share one note.
 */
export function cutNoteKey(
  locator: CutLocator,
  caller: PreparedPrincipal,
  target: PreparedPrincipal,
): string {
  switch (locator.code) {
    case 'cut-scp-deny':
    case 'cut-scp-no-allow':
      return caller.account;
    case 'cut-rcp-deny':
    case 'cut-rcp-no-allow':
      return target.account;
    case 'cut-trust-deny':
      return target.arn;
    default:
      return '';
  }
}

/** The cut hop's outcome for one pair of a class decided for another, with the pair's note. */
export function cutOutcome(
  cut: Cut,
  note: EdgeNote,
  caller: PreparedPrincipal,
  target: PreparedPrincipal,
): HopOutcome {
  return {
    permitted: false,
    conditional: false,
    conditions: NO_CONDITIONS,
    result: cut.result,
    record: {
      principal: caller.arn,
      callerArn: caller.arn,
      targetArn: target.arn,
      action: ACTION,
      context: cut.context,
    },
    cut: note,
  };
}
