/**
 * One hop of the trust graph through the engine: the caller's side (identity policies, boundary, SCPs
 * of its account) and the target role's side (trust policy, RCPs of its account) evaluated together,
 * then, if that fails only on conditions the caller brings, once more with them satisfied.
 */
import { evaluateRequest, type CompiledInputs } from '../evaluate/evaluateRequest';
import type { EvaluationResult, PrincipalFacts } from '../evaluate/types';
import type { ContextValue } from '../types';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import { allowingConditions, satisfyConditions, type Controllability } from './satisfyConditions';
import type { EdgeCondition } from './types';

export interface HopRequest {
  /** The principal string the engine sees: a user or role ARN, a service name, a provider ARN. */
  principal: string;
  /** The caller when it is a user or role of the scenario: its policies take part. */
  caller?: PreparedPrincipal;
  /** Identity policies to use for a caller outside the scenario, whose own policies we cannot see. */
  assumedIdentity?: CompiledInputs['identityPolicies'];
  target: PreparedPrincipal;
  action: string;
  context?: Record<string, ContextValue>;
  how: Controllability;
}

export interface HopOutcome {
  permitted: boolean;
  conditional: boolean;
  conditions: EdgeCondition[];
  /** The decisive evaluation: the satisfied one for a conditional hop. */
  result: EvaluationResult;
}

export function evaluateHop(
  prepared: PreparedScenario,
  hop: HopRequest,
  counter: { evaluations: number },
): HopOutcome {
  const inputs: CompiledInputs = {};
  if (hop.target.trust) inputs.resourcePolicy = hop.target.trust;
  const rcps = prepared.rcpLevels(hop.target.account);
  if (rcps) inputs.resourceControlPolicies = rcps;
  let facts: PrincipalFacts | undefined;
  if (hop.caller) {
    inputs.identityPolicies = hop.caller.identityPolicies;
    if (hop.caller.boundaries.length > 0) inputs.permissionBoundaries = hop.caller.boundaries;
    const scps = prepared.scpLevels(hop.caller.account);
    if (scps) inputs.serviceControlPolicies = scps;
    facts = hop.caller.facts;
  } else if (hop.assumedIdentity) {
    inputs.identityPolicies = hop.assumedIdentity;
  }
  const request = {
    principal: hop.principal,
    action: hop.action,
    resource: { resource: hop.target.arn, accountId: hop.target.account },
    context: hop.context ?? {},
  };
  const options = facts ? { principal: facts } : {};
  counter.evaluations++;
  const first = evaluateRequest(request, inputs, options);
  const documentIdOf = (p: { documentId?: string }) => p.documentId;
  if (first.decision === 'Allowed') {
    return {
      permitted: true,
      conditional: false,
      conditions: allowingConditions(first, documentIdOf),
      result: first,
    };
  }
  if (first.decision === 'ExplicitlyDenied')
    return { permitted: false, conditional: false, conditions: [], result: first };
  const satisfaction = satisfyConditions(first, hop.how, documentIdOf);
  if (!satisfaction) return { permitted: false, conditional: false, conditions: [], result: first };
  counter.evaluations++;
  const second = evaluateRequest(
    { ...request, context: { ...request.context, ...satisfaction.context } },
    inputs,
    options,
  );
  if (second.decision !== 'Allowed')
    return { permitted: false, conditional: false, conditions: [], result: first };
  return { permitted: true, conditional: true, conditions: satisfaction.conditions, result: second };
}
