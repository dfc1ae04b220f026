/**
 * One action of a chain's session on one resource, decided by the engine with every policy that
 * applies: the session's identity policies and boundary, the SCPs of its account, the resource's
 * policy (a role's trust policy for STS actions) and the RCPs of the resource's account
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html).
 * Denied only for want of conditions the caller brings, it is decided again with them met, as the
 * trust graph decides a conditional edge.
 */
import type { CompiledPolicy } from '../evaluate/compilePolicy';
import { candidateStatements } from '../evaluate/compilePolicy';
import { evaluateRequest, type CompiledInputs } from '../evaluate/evaluateRequest';
import { actionApplies } from '../evaluate/evaluatePolicy';
import type {
  EvaluationRequest,
  EvaluationResult,
  PrincipalFacts,
  Reason,
  StatementRef,
} from '../evaluate/types';
import { arnAccount } from '../match/arn';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import { meetConditions, type Controllability } from '../graph/hops/satisfyConditions';
import type { EdgeCondition } from '../graph/types';
import type { ContextValue } from '../types';
import type { Session } from './chains';

/** A resource an action is decided on. */
export interface Target {
  /** What the request names: a scenario resource's ARN, `BUCKET/*` for its objects, an ARN pattern or `*`. */
  arn: string;
  /** The owner, where the ARN has none (S3 buckets). */
  accountId?: string;
  /** Its resource policy, or a role's trust policy for STS actions. */
  policy?: CompiledPolicy;
  /** The scenario node it belongs to: the bucket, for its objects. */
  node?: string;
  /** How the scenario names it: `account-a-reports/*`. */
  name?: string;
}

export type TargetVerdict = 'Allowed' | 'Conditional' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export interface TargetDecision {
  verdict: TargetVerdict;
  /** Conditional: what the caller must bring. */
  conditions: EdgeCondition[];
  /** The decisive evaluation's reason (the satisfied one, when conditional). */
  reason: Reason;
  /** ExplicitlyDenied: the Deny statement. */
  deniedBy?: StatementRef;
  /** The context the decisive evaluation carried (empty unless conditional). */
  context: Record<string, ContextValue>;
}

/** What every request of one session shares. */
export interface SessionInputs {
  principal: string;
  account: string;
  facts: PrincipalFacts;
  identity: CompiledInputs;
  how: Controllability;
  /** The inputs of each resource policy and account, made once: most targets share them. */
  inputs: Map<CompiledPolicy | undefined, Map<string, CompiledInputs>>;
}

export function sessionInputs(prepared: PreparedScenario, session: Session): SessionInputs {
  const p = session.principal;
  const identity: CompiledInputs = { identityPolicies: p.identityPolicies };
  if (p.boundaries.length > 0) identity.permissionBoundaries = p.boundaries;
  // A profile's session policies limit its session; a resource policy naming the session's own ARN
  // grants past them, so the session acts under that ARN when the profile names its session
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
  const limited = session.profile && session.profile.policies.length > 0 ? session.profile : undefined;
  if (limited) identity.sessionPolicies = limited.policies;
  const scps = prepared.scpLevels(p.account);
  if (scps) identity.serviceControlPolicies = scps;
  // Session tags are principal tags of the session, over the role's own of the same key
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_operations).
  const facts = hasKeys(session.tags) ? { ...p.facts, tags: { ...p.facts.tags, ...session.tags } } : p.facts;
  return {
    principal: limited?.sessionArn ?? p.arn,
    account: p.account,
    facts,
    identity,
    how: { mfa: session.mfa },
    inputs: new Map(),
  };
}

/** The request and inputs of one action on one target, as a single evaluation takes them. */
export function targetRequest(
  prepared: PreparedScenario,
  s: SessionInputs,
  action: string,
  target: Target,
  context: Record<string, ContextValue> = {},
): { request: EvaluationRequest; inputs: CompiledInputs } {
  const accountId = target.accountId ?? (arnAccount(target.arn) || s.account);
  let byAccount = s.inputs.get(target.policy);
  if (!byAccount) s.inputs.set(target.policy, (byAccount = new Map<string, CompiledInputs>()));
  let inputs = byAccount.get(accountId);
  if (!inputs) {
    inputs = { ...s.identity };
    if (target.policy) inputs.resourcePolicy = target.policy;
    const rcps = prepared.rcpLevels(accountId);
    if (rcps) inputs.resourceControlPolicies = rcps;
    byAccount.set(accountId, inputs);
  }
  return {
    request: { principal: s.principal, action, resource: { resource: target.arn, accountId }, context },
    inputs,
  };
}

/** One evaluation of the action on the target, traced or not. */
export function evaluateTarget(
  prepared: PreparedScenario,
  s: SessionInputs,
  action: string,
  target: Target,
  options: { trace: boolean; context?: Record<string, ContextValue> },
): EvaluationResult {
  const { request, inputs } = targetRequest(prepared, s, action, target, options.context);
  return evaluateRequest(request, inputs, { trace: options.trace, principal: s.facts });
}

export function decideTarget(
  prepared: PreparedScenario,
  s: SessionInputs,
  action: string,
  target: Target,
): TargetDecision {
  const first = evaluateTarget(prepared, s, action, target, { trace: false });
  if (first.decision === 'Allowed') return verdict('Allowed', first);
  const { inputs } = targetRequest(prepared, s, action, target);
  const effect = first.decision === 'ExplicitlyDenied' ? 'Deny' : 'Allow';
  if (!hasConditional(inputs, action.toLowerCase(), effect)) return verdict(first.decision, first);
  const traced = evaluateTarget(prepared, s, action, target, { trace: true });
  const met = meetConditions(
    traced,
    (context, trace) => evaluateTarget(prepared, s, action, target, { trace, context }),
    s.how,
    (p) => p.documentId,
  );
  if (!met) return verdict(first.decision, first);
  return { ...verdict('Conditional', met.result), conditions: met.conditions, context: met.context };
}

function verdict(v: TargetVerdict, result: EvaluationResult): TargetDecision {
  const d: TargetDecision = { verdict: v, conditions: [], reason: result.reason, context: {} };
  if (v === 'ExplicitlyDenied' && result.decidedBy) d.deniedBy = result.decidedBy;
  return d;
}

/**
 * Whether some policy of the request has a statement of `effect` with conditions for the action: only
 * then can the caller's context turn the decision (meet an Allow's, or fail a Deny's).
 */
function hasConditional(inputs: CompiledInputs, actionLower: string, effect: 'Allow' | 'Deny'): boolean {
  const test = (policy: CompiledPolicy) =>
    candidateStatements(policy, actionLower).some((i) => {
      const s = policy.statements[i];
      return (
        s !== undefined &&
        s.effect === effect &&
        s.source.condition.length > 0 &&
        actionApplies(s, actionLower)
      );
    });
  if (inputs.resourcePolicy && test(inputs.resourcePolicy)) return true;
  for (const list of [inputs.identityPolicies, inputs.permissionBoundaries, inputs.sessionPolicies])
    for (const p of list ?? []) if (test(p)) return true;
  for (const levels of [inputs.serviceControlPolicies, inputs.resourceControlPolicies])
    for (const l of levels ?? []) for (const p of l.policies) if (test(p)) return true;
  return false;
}

function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
