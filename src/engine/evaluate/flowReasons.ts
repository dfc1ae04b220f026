/**
 * What the decision flow's steps share: the request with every policy's outcome (`Flow`), and the
 * making of reasons as data from it. The English of each step is reasonWords.ts's.
 */
import type { CompiledPolicy } from './compilePolicy';
import type { PolicyOutcome, PreparedRequest } from './evaluatePolicy';
import type { LevelOutcome } from './policyOutcomes';
import { wordStep } from './reasonWords';
import type {
  AwsRuleRef,
  Decision,
  EvaluationRequest,
  MissedCondition,
  PolicyRef,
  Reason,
  ReasonCode,
  ReasonParams,
  StatementRef,
  StepName,
  StepReasonCode,
  StepTrace,
} from './types';

/** The request as prepared and every policy's outcome: what the steps read. */
export interface Flow {
  request: EvaluationRequest;
  prepared: PreparedRequest;
  callerWords: string | undefined;
  resourceWords: string | undefined;
  trace: boolean;
  steps: StepTrace[];
  /** Signed callers have identity policies of their own; services and providers' tokens do not. */
  signed: boolean;
  isSession: boolean;
  /** The service whose authorization runs (the action's prefix). */
  service: string;
  sameAccount: boolean;
  principalAccount: string | undefined;
  resourceAccount: string | undefined;
  scpLevels: LevelOutcome[];
  rcpLevels: LevelOutcome[];
  scpsGiven: boolean;
  rcpsGiven: boolean;
  rbp: PolicyOutcome | undefined;
  ibps: PolicyOutcome[];
  pbs: PolicyOutcome[];
  /** The session policies' outcomes: none when the caller passed none (or is not a session). */
  sps: PolicyOutcome[];
  /** The resource policy, identity policies, boundaries and session policies, in the trace's order. */
  unlevelled: PolicyOutcome[];
}

export interface Decided {
  decision: Decision;
  reason: Reason;
  decidedBy?: StatementRef;
  rule?: AwsRuleRef;
}

export type Specific = Omit<
  ReasonParams,
  'principal' | 'caller' | 'callerWords' | 'action' | 'resource' | 'resourceWords'
>;
/** The reason's parameters: what the step found, and who asked what of which resource. */
export function paramsOf(f: Flow, specific: Specific): ReasonParams {
  // Filled in place: one object per reason, on the path taken millions of times untraced.
  const p = specific as ReasonParams;
  p.principal = f.request.principal;
  if (f.prepared.caller) p.caller = f.prepared.caller;
  if (f.callerWords !== undefined) p.callerWords = f.callerWords;
  p.action = f.request.action;
  p.resource = f.request.resource.resource;
  if (f.resourceWords !== undefined) p.resourceWords = f.resourceWords;
  return p;
}

export function implicit(f: Flow, code: ReasonCode, specific: Specific): Decided {
  return { decision: 'ImplicitlyDenied', reason: { code, params: paramsOf(f, specific) } };
}

/** Records a step; callers check `f.trace` first, so untraced evaluations build nothing. */
export function push(
  f: Flow,
  step: StepName,
  outcome: StepTrace['outcome'],
  code: StepReasonCode,
  specific: Specific = {},
) {
  const reason = { code, params: paramsOf(f, specific) };
  f.steps.push({ step, outcome, reason, message: wordStep(reason) });
}

export function policyRef(policy: CompiledPolicy): PolicyRef {
  const ref: PolicyRef = { kind: policy.kind, name: policy.name };
  if (policy.documentId !== undefined) ref.documentId = policy.documentId;
  return ref;
}

/** The resource policy that allowed nothing, with the condition that missed when a trace shows one. */
export function notAllowedBy(rbp: PolicyOutcome): Specific {
  const specific: Specific = { policy: policyRef(rbp.policy) };
  const missed = missedBy(rbp);
  if (missed) specific.missed = missed;
  return specific;
}

/** The first Allow that named the caller, the action and the resource but whose condition failed. */
function missedBy(outcome: PolicyOutcome): MissedCondition | undefined {
  for (const s of outcome.trace?.statements ?? []) {
    if (s.effect !== 'Allow' || s.applies || !s.resource.matched || (s.principal && !s.principal.matched))
      continue;
    const failed = s.conditions.find((c) => !c.matched);
    if (!failed) continue;
    const missed: MissedCondition = {
      index: s.index,
      operator: failed.operator,
      key: failed.key,
      expected: failed.policyValues,
      actual: failed.requestValues,
    };
    if (s.sid !== undefined) missed.sid = s.sid;
    return missed;
  }
  return undefined;
}
