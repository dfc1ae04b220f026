/**
 * AWS's documented decision flow for one request:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * and, across accounts,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html.
 */
import {
  derivePrincipalContext,
  parsePrincipalArn,
  type ParsedPrincipal,
  type PrincipalContextOptions,
} from '../context/principal';
import { RequestContext } from '../context/requestContext';
import { rcpSupportedServices } from '../data/rcpSupportedServices';
import { SERVICE_LINKED_ROLE_ARN } from './awsRules';
import { arnAccount } from '../match/arn';
import type { CompiledPolicy } from './compilePolicy';
import { decide } from './decisionFlow';
import type { Flow } from './flowReasons';
import {
  evaluatePolicy,
  type PolicyOutcome,
  type PreparedRequest,
  type StatementHit,
} from './evaluatePolicy';
import { evaluateAll, evaluateLevels, NO_LEVELS, NO_OUTCOMES } from './policyOutcomes';
import { wordReason } from './reasonWords';
import type {
  EvaluationInputs,
  EvaluationRequest,
  EvaluationResult,
  PolicyTrace,
  PrincipalFacts,
  StepTrace,
} from './types';
import type { ContextValue } from '../types';

export type CompiledInputs = EvaluationInputs<CompiledPolicy>;

export { isTrustAction } from './decisionFlow';

export interface EvaluateOptions {
  /** Build the full trace (default true). The graph turns it off for bulk work and asks again on demand. */
  trace?: boolean;
  principal?: PrincipalFacts;
  /**
   * How explanations name the caller, in place of its description ("a session of role OrgAdmin").
   * The trust graph decides a hop once for callers it cannot tell apart and words it for each.
   */
  callerWords?: string;
  /** How explanations name the resource, in place of its description ("role ReadOnly"). */
  resourceWords?: string;
}

export function evaluateRequest(
  request: EvaluationRequest,
  inputs: CompiledInputs,
  options: EvaluateOptions = {},
): EvaluationResult {
  return evaluateWithResourceAllows(request, inputs, options).result;
}

/**
 * `evaluateRequest`, also giving the resource (or trust) policy's Allow statements that applied: the
 * trust graph badges an allowed hop with their conditions, without evaluating the policy again.
 */
export function evaluateWithResourceAllows(
  request: EvaluationRequest,
  inputs: CompiledInputs,
  options: EvaluateOptions = {},
): { result: EvaluationResult; resourceAllows: StatementHit[] } {
  const flow = gatherOutcomes(request, inputs, options);
  const { decision, reason, decidedBy, rule } = decide(flow);
  const result = { decision, explanation: wordReason(reason), reason } as EvaluationResult;
  if (decidedBy) result.decidedBy = decidedBy;
  if (rule) result.rule = rule;
  result.trace = traceOf(flow);
  return { result, resourceAllows: flow.rbp?.allows ?? NO_ALLOWS };
}

/** The request prepared and every policy that takes part evaluated once, for the flow's steps to read. */
function gatherOutcomes(request: EvaluationRequest, inputs: CompiledInputs, options: EvaluateOptions): Flow {
  const trace = options.trace ?? true;
  const facts = options.principal ?? NO_FACTS;
  const prepared = prepareRequest(request, facts);
  const { caller } = prepared;
  const principalAccount =
    caller && 'account' in caller && caller.account !== 'anonymous' ? caller.account : undefined;
  const resourceAccount =
    request.resource.accountId ?? (arnAccount(request.resource.resource) || principalAccount);
  const signed = caller !== undefined && SIGNED_KINDS.has(caller.kind);
  const isSession =
    caller?.kind === 'assumedRole' || caller?.kind === 'role' || caller?.kind === 'federatedUser';
  const serviceLinked =
    facts.serviceLinkedRole === true || (facts.rolePath ?? '').startsWith('/aws-service-role/');
  // The service whose authorization runs: AssumeRole's resource is an IAM role ARN, yet STS decides
  // (and RCPs on sts:* apply), so the action's prefix names it, not the resource's.
  const colon = request.action.indexOf(':');
  const service = (colon < 0 ? request.action : request.action.slice(0, colon)).toLowerCase();
  const rbp = inputs.resourcePolicy ? evaluatePolicy(inputs.resourcePolicy, prepared, trace) : undefined;
  const ibps =
    signed && caller?.kind !== 'root' ? evaluateAll(inputs.identityPolicies, prepared, trace) : NO_OUTCOMES;
  const pbs =
    signed && caller?.kind !== 'root' && !serviceLinked
      ? evaluateAll(inputs.permissionBoundaries, prepared, trace)
      : NO_OUTCOMES;
  const sps = isSession ? evaluateAll(inputs.sessionPolicies, prepared, trace) : NO_OUTCOMES;
  return {
    request,
    prepared,
    callerWords: options.callerWords,
    resourceWords: options.resourceWords,
    trace,
    // Untraced evaluations never push a step; they share one empty list.
    steps: trace ? [] : NO_STEPS,
    signed,
    isSession,
    service,
    sameAccount: principalAccount !== undefined && principalAccount === resourceAccount,
    principalAccount,
    resourceAccount,
    scpLevels:
      signed && !serviceLinked ? evaluateLevels(inputs.serviceControlPolicies, prepared, trace) : NO_LEVELS,
    rcpLevels: rcpsGovern(service, serviceLinked, request.resource.resource)
      ? evaluateLevels(inputs.resourceControlPolicies, prepared, trace)
      : NO_LEVELS,
    scpsGiven: inputs.serviceControlPolicies !== undefined,
    rcpsGiven: inputs.resourceControlPolicies !== undefined,
    rbp,
    ibps,
    pbs,
    sps,
    unlevelled: unlevelledOutcomes(rbp, ibps, pbs, sps),
  };
}

/**
 * Whether RCPs govern the request: only for the services they cover, and never the calls of a
 * service-linked role nor a service assuming one (its trust), which RCPs cannot restrict
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html,
 * "Resources and entities not restricted by RCPs"). Other calls by AWS service principals are governed:
 * AWS's perimeter RCPs exempt them with aws:PrincipalIsAWSService.
 */
function rcpsGovern(service: string, serviceLinkedCaller: boolean, resource: string): boolean {
  return rcpSupportedServices.has(service) && !serviceLinkedCaller && !SERVICE_LINKED_ROLE_ARN.test(resource);
}

/** The resource policy, identity policies, boundaries and session policies, in the trace's order. */
function unlevelledOutcomes(
  rbp: PolicyOutcome | undefined,
  ibps: PolicyOutcome[],
  pbs: PolicyOutcome[],
  sps: PolicyOutcome[],
): PolicyOutcome[] {
  const unlevelled = new Array<PolicyOutcome>((rbp ? 1 : 0) + ibps.length + pbs.length + sps.length);
  let at = 0;
  if (rbp) unlevelled[at++] = rbp;
  for (const o of ibps) unlevelled[at++] = o;
  for (const o of pbs) unlevelled[at++] = o;
  for (const o of sps) unlevelled[at++] = o;
  return unlevelled;
}

function traceOf(f: Flow): EvaluationResult['trace'] {
  const request: EvaluationResult['trace']['request'] = {
    principal: f.request.principal,
    action: f.request.action,
    resource: f.request.resource.resource,
    sameAccount: f.sameAccount,
    // Untraced bulk evaluations skip copying the context; a traced replay carries it.
    context: f.trace ? f.prepared.ctx.toRecord() : NO_CONTEXT,
  };
  if (f.principalAccount !== undefined) request.principalAccount = f.principalAccount;
  if (f.resourceAccount !== undefined) request.resourceAccount = f.resourceAccount;
  return {
    request,
    steps: f.steps,
    policies: f.trace
      ? [
          ...f.scpLevels.flatMap((l) => l.outcomes),
          ...f.rcpLevels.flatMap((l) => l.outcomes),
          ...f.unlevelled,
        ].flatMap((o) => (o.trace ? [o.trace] : []))
      : NO_POLICIES,
  };
}

/** The caller, context and action as policies read them. */
function prepareRequest(request: EvaluationRequest, facts: PrincipalFacts): PreparedRequest {
  const who = callerContext(request.principal, facts);
  const extra = request.context;
  const ctx = extra && hasKeys(extra) ? who.context.with(extra) : who.context;
  return {
    caller: who.caller,
    action: request.action,
    actionLower: request.action.toLowerCase(),
    resource: request.resource.resource,
    ctx,
    lookup: (key) => ctx.variable(key),
  };
}

/**
 * The caller's parsed ARN and derived context keys, cached: the trust graph evaluates the same caller
 * against thousands of roles, and these never change between them. Callers with facts (the
 * scenario's users and roles) are cached on their facts object, so the cache lives as long as the
 * prepared scenario does whatever its size; the others (services, outside callers) by ARN, bounded.
 */
interface CallerEntry {
  principal: string;
  caller: ReturnType<typeof parsePrincipalArn>;
  context: RequestContext;
}
const callerByFacts = new WeakMap<PrincipalFacts, CallerEntry>();
const callerByArn = new Map<string, CallerEntry>();
const CALLER_CACHE_LIMIT = 4096;

function callerContext(principal: string, facts: PrincipalFacts): CallerEntry {
  const hit = facts === NO_FACTS ? callerByArn.get(principal) : callerByFacts.get(facts);
  if (hit && hit.principal === principal) return hit;
  const caller = parsePrincipalArn(principal);
  const entry = {
    principal,
    caller,
    context: new RequestContext(derivePrincipalContext(principal, principalContextOptions(facts), caller)),
  };
  if (facts !== NO_FACTS) callerByFacts.set(facts, entry);
  else {
    if (callerByArn.size >= CALLER_CACHE_LIMIT) callerByArn.clear();
    callerByArn.set(principal, entry);
  }
  return entry;
}

/** The context keys a caller brings to every request, as policies read them. */
export function callerRequestContext(principal: string, facts: PrincipalFacts): RequestContext {
  return callerContext(principal, facts).context;
}

/** The caller's ARN parsed, from the same cache. */
export function callerPrincipal(principal: string, facts: PrincipalFacts): ParsedPrincipal | undefined {
  return callerContext(principal, facts).caller;
}

const NO_FACTS: PrincipalFacts = {};
const NO_ALLOWS: StatementHit[] = [];
const NO_STEPS: StepTrace[] = [];
const NO_POLICIES: PolicyTrace[] = [];
const NO_CONTEXT: Record<string, ContextValue> = {};

/** Callers that sign their requests, and so have identity policies of their own. */
const SIGNED_KINDS: ReadonlySet<string> = new Set(['user', 'role', 'assumedRole', 'federatedUser', 'root']);

function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

function principalContextOptions(facts: PrincipalFacts): PrincipalContextOptions {
  const { rolePath, userId, orgId, orgPaths, tags } = facts;
  // Field by field rather than spread: made for every caller, each spread built an object of its own.
  const options: { -readonly [K in keyof PrincipalContextOptions]: PrincipalContextOptions[K] } = {};
  if (rolePath !== undefined) options.rolePath = rolePath;
  if (userId !== undefined) options.userId = userId;
  if (orgId !== undefined) options.orgId = orgId;
  if (orgPaths !== undefined) options.orgPaths = orgPaths;
  if (tags !== undefined) options.principalTags = tags;
  return options;
}
