/**
 * The requests of a technique, each decided by the engine with the caller's identity policies,
 * boundary and its account's SCPs, in the request context AWS sends for it. Keys the technique
 * itself sets (iam:PassedToService, iam:PolicyARN, ec2:InstanceProfile…) are fixed: a condition on
 * them is met or not, never something the caller could bring (hops/satisfyConditions.ts).
 */
import type { Assumption } from '../../types';
import type { PreparedPrincipal } from '../../analysis/prepareScenario';
import { callResource, evaluateHop, trustNaming, type HopOutcome } from '../../hops/evaluateHop';
import type { ContextValue } from '../../../types';
import type { EscalationContext } from './context';

export interface Step {
  action: string;
  outcome: HopOutcome;
}

/** One way from the caller to another principal: every step permitted. */
export interface Found {
  to: string;
  technique: string;
  steps: Step[];
  via?: string;
  /** What the technique takes for granted that the export does not show. */
  assumptions?: readonly Assumption[];
  /** The caller, a role session, assumes the role itself: a chained session. */
  chained?: boolean;
}

const mfaOf = (caller: PreparedPrincipal) => caller.kind === 'user' && caller.mfa !== false;

/** The caller calling `action` on `resource` (an ARN of its account) with `context`, fixed. */
export function callStep(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  action: string,
  resource: string,
  context: Record<string, ContextValue> = {},
): Step {
  // The region the call goes to: the resource's, and us-east-1 for IAM's global endpoint
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-requestedregion).
  const sent = { 'aws:RequestedRegion': resource.split(':')[3] || 'us-east-1', ...context };
  const fixed = new Set(Object.keys(sent).map((k) => k.toLowerCase()));
  const key = `${caller.arn}|${action}|${resource}|${JSON.stringify(sent)}`;
  const decide = () =>
    evaluateHop(
      ctx.prepared,
      {
        principal: caller.arn,
        caller,
        target: callResource(resource),
        action,
        context: sent,
        how: { mfa: mfaOf(caller), fixed },
        denialShown: false,
      },
      ctx.counter,
    );
  return { action, outcome: ctx.once(key, decide) };
}

/**
 * The caller assuming `role`, under its trust, or under the trust the technique has just written
 * (one naming the caller: `rewritten`).
 */
export function assumeStep(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  role: PreparedPrincipal,
  rewritten = false,
): Step {
  const outcome = evaluateHop(
    ctx.prepared,
    {
      principal: caller.arn,
      caller,
      target: role,
      ...(rewritten ? { trust: trustNaming(caller.arn, role.arn) } : {}),
      action: 'sts:AssumeRole',
      how: { mfa: mfaOf(caller) },
      denialShown: false,
    },
    ctx.counter,
  );
  return { action: 'sts:AssumeRole', outcome };
}

/**
 * The steps in order, each tried only while those before it are permitted (a refused step ends the
 * technique, and the steps after it are never asked): undefined when one is refused.
 */
export function allSteps(...tries: (() => Step)[]): Step[] | undefined {
  const steps: Step[] = [];
  for (const attempt of tries) {
    const step = attempt();
    if (!step.outcome.permitted) return undefined;
    steps.push(step);
  }
  return steps;
}

/**
 * Roles AWS owns, which no policy lets anyone change: service-linked roles
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html) and IAM
 * Identity Center's AWSReservedSSO_ roles
 * (https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html).
 */
export function isAwsOwnedRole(role: PreparedPrincipal): boolean {
  if (role.facts.serviceLinkedRole) return true;
  const name = role.arn.slice(role.arn.lastIndexOf('/') + 1);
  return name.startsWith('AWSReservedSSO_');
}

/** AWS managed policies (`arn:aws:iam::aws:policy/…`): only AWS publishes their versions. */
export function isAwsManaged(policyArn: string): boolean {
  return policyArn.startsWith('arn:aws:iam::aws:policy/');
}
