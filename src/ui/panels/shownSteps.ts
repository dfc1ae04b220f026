import type { EvaluationResult, StepTrace } from '../../engine';

/** A step of AWS's evaluation as the learner reads it: `not-needed` for a step the verdict did not rest on. */
export interface ShownStep extends Omit<StepTrace, 'outcome'> {
  outcome: StepTrace['outcome'] | 'not-needed';
}

/**
 * Verdicts a same-account resource or trust policy reaches alone, by naming the caller directly
 * (an IAM user, a session, a role ARN, "*"): no identity-based policy has to allow as well
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
const ALLOWED_WITHOUT_IDENTITY = new Set(['named-directly-allowed', 'star-allowed', 'role-arn-allowed']);

/**
 * The trace's steps, with an identity-policy step that found no allow shown as not needed when the
 * verdict is such an Allow: a red "fail" under "Allowed" reads as a contradiction.
 */
export function shownSteps(result: Pick<EvaluationResult, 'decision' | 'reason' | 'trace'>): ShownStep[] {
  const alone = result.decision === 'Allowed' && ALLOWED_WITHOUT_IDENTITY.has(result.reason.code);
  return result.trace.steps.map((s) =>
    alone && s.step === 'identity-policies' && s.outcome === 'fail' ? { ...s, outcome: 'not-needed' } : s,
  );
}
