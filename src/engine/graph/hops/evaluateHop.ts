/**
 * One hop of the trust graph through the engine: the caller's side (identity policies, boundary, SCPs
 * of its account) and the target role's side (trust policy, RCPs of its account) evaluated together,
 * then, if that fails only on conditions the caller brings, once more with them satisfied.
 */
import { OUTSIDE_IDENTITY_NAME } from '../edges/outsideIdentityName';
import { candidateStatements, compilePolicy, type CompiledPolicy } from '../../evaluate/compilePolicy';
import {
  evaluateRequest,
  evaluateWithResourceAllows,
  type CompiledInputs,
  type EvaluateOptions,
} from '../../evaluate/evaluateRequest';
import { actionApplies } from '../../evaluate/evaluatePolicy';
import { parsePolicyValue } from '../../policy/parsePolicy';
import type { EvaluationResult, PrincipalFacts } from '../../evaluate/types';
import type { ContextValue } from '../../types';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import { profileSession } from '../analysis/profileSessions';
import {
  allowingConditions,
  callerControls,
  meetConditions,
  type Controllability,
} from './satisfyConditions';
import type { EdgeCondition, EdgeNote, HopRecord } from '../types';
import { allowsOnly } from './allowsOnly';
import { asMember, joinedGroup } from '../analysis/joinedGroup';

export interface HopRequest {
  /** The principal string the engine sees: a user or role ARN, a service name, a provider ARN. */
  principal: string;
  /** The caller when it is a user or role of the scenario: its policies take part. */
  caller?: PreparedPrincipal;
  /** Identity policies to use for a caller outside the scenario, whose own policies we cannot see. */
  assumedIdentity?: CompiledInputs['identityPolicies'];
  /** The role whose trust decides the hop, or what an escalation's call acts on (CallResource). */
  target: PreparedPrincipal | CallResource;
  /** In place of the target's trust: the trust an escalation writes before assuming the role. */
  trust?: CompiledPolicy;
  action: string;
  context?: Record<string, ContextValue>;
  how: Controllability;
  /**
   * Whether a denial's words are read (default true): a configured hop is drawn broken with them.
   * A hop tried only to find edges is dropped when denied, so it skips the traced re-run that only
   * adds "(statement … requires …)" to them, unless that run could find a satisfying context.
   */
  denialShown?: boolean;
  /** How explanations name the caller and the role (EvaluateOptions.callerWords, resourceWords). */
  callerWords?: string;
  resourceWords?: string;
  /** The caller's session was asked for by this CLI profile, whose session policies limit it. */
  sessionProfile?: string;
  /**
   * `false`: decide the hop as the trust and the caller's identity policies alone would, without
   * their Deny statements, SCPs, RCPs or boundaries (what cutHops.ts asks of a denied hop).
   */
  guardrails?: false;
}

/**
 * What an escalation's call acts on when no trust policy decides it (an IAM change, a new instance,
 * a function): the caller's side alone decides, as for any call in its own account
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
export interface CallResource {
  arn: string;
  account: string;
  identityOnly: true;
}

export interface HopOutcome {
  permitted: boolean;
  conditional: boolean;
  conditions: EdgeCondition[];
  /** The decisive evaluation: the satisfied one for a conditional hop. */
  result: EvaluationResult;
  /** The request behind `result`, to replay it with a full trace. */
  record: HopRecord;
  /** A denied hop that only a guardrail refuses: which one (cutHops.ts). */
  cut?: EdgeNote;
}

/** What a call acts on, by its ARN, for the caller's side alone to decide. */
export function callResource(arn: string): CallResource {
  return { arn, account: arn.split(':')[4] ?? '', identityOnly: true };
}

/** Trusts naming one caller, by the caller's and the role's ARNs. */
const namingTrusts = new Map<string, CompiledPolicy>();

/**
 * The trust an escalation writes into a role before assuming it: Allow the caller's ARN
 * sts:AssumeRole (https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html),
 * named as the role's own trust is in decisions, since it is what that trust becomes.
 */
export function trustNaming(callerArn: string, roleArn: string): CompiledPolicy {
  const key = `${callerArn}|${roleArn}`;
  let trust = namingTrusts.get(key);
  if (!trust) {
    const name = `role ${roleArn.slice(roleArn.lastIndexOf('/') + 1)}`;
    const parsed = parsePolicyValue(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: callerArn }, Action: 'sts:AssumeRole' }],
      },
      'trust',
    );
    trust = compilePolicy(parsed.policy ?? { version: '2012-10-17', statements: [] }, 'trust', name);
    namingTrusts.set(key, trust);
  }
  return trust;
}

/** Outside callers' own identity policies are unknown: assume their account lets them assume roles. */
export const OUTSIDE_IDENTITY: CompiledPolicy[] = (() => {
  const parsed = parsePolicyValue(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
    'identity',
  );
  return parsed.policy ? [compilePolicy(parsed.policy, 'identity', OUTSIDE_IDENTITY_NAME)] : [];
})();

/** The stand-in caller from an account outside the scenario: some session of some role there. */
export function outsideAccountPrincipal(account: string): string {
  return `arn:aws:sts::${account}:assumed-role/ExternalCaller/session`;
}

/**
 * How explanations name that stand-in: its made-up role and session names would read as if the
 * trust named them. Undefined for any other principal.
 */
export function outsideCallerWords(principal: string): string | undefined {
  const m = /^arn:aws:sts::(\d{12}):assumed-role\/ExternalCaller\/session$/.exec(principal);
  return m ? `a caller from account ${m[1]}` : undefined;
}

function hopInputs(
  prepared: PreparedScenario,
  hop: Pick<HopRequest, 'caller' | 'assumedIdentity' | 'target' | 'trust' | 'sessionProfile' | 'guardrails'>,
): { inputs: CompiledInputs; facts: PrincipalFacts | undefined } {
  const found = guardedInputs(prepared, hop);
  if (hop.guardrails !== false) return found;
  const { inputs } = found;
  const allowed: CompiledInputs = {};
  if (inputs.resourcePolicy) allowed.resourcePolicy = allowsOnly(inputs.resourcePolicy);
  if (inputs.identityPolicies) allowed.identityPolicies = inputs.identityPolicies.map(allowsOnly);
  return { inputs: allowed, facts: found.facts };
}

function guardedInputs(
  prepared: PreparedScenario,
  hop: Pick<HopRequest, 'caller' | 'assumedIdentity' | 'target' | 'trust' | 'sessionProfile'>,
): { inputs: CompiledInputs; facts: PrincipalFacts | undefined } {
  const inputs: CompiledInputs = {};
  // RCPs cover sts:* on roles, not the IAM, EC2, Lambda or SSM calls of an escalation
  // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
  if (!('identityOnly' in hop.target)) {
    const trust = hop.trust ?? hop.target.trust;
    if (trust) inputs.resourcePolicy = trust;
    const rcps = prepared.rcpLevels(hop.target.account);
    if (rcps) inputs.resourceControlPolicies = rcps;
  }
  let facts: PrincipalFacts | undefined;
  if (hop.caller) {
    inputs.identityPolicies = hop.caller.identityPolicies;
    if (hop.caller.boundaries.length > 0) inputs.permissionBoundaries = hop.caller.boundaries;
    const scps = prepared.scpLevels(hop.caller.account);
    if (scps) inputs.serviceControlPolicies = scps;
    facts = hop.caller.facts;
    const session =
      hop.sessionProfile === undefined ? undefined : profileSession(prepared, hop.sessionProfile);
    if (session && session.policies.length > 0) inputs.sessionPolicies = session.policies;
  } else if (hop.assumedIdentity) {
    inputs.identityPolicies = hop.assumedIdentity;
  }
  return { inputs, facts };
}

/** The record's caller: with the group it had joined, as a member of it (joinedGroup.ts). */
function recordCaller(prepared: PreparedScenario, record: HopRecord): PreparedPrincipal | undefined {
  const caller = record.callerArn !== undefined ? prepared.principals.get(record.callerArn) : undefined;
  if (!caller || record.joinedGroup === undefined) return caller;
  return asMember(caller, joinedGroup(prepared, record.joinedGroup));
}

/** Evaluates a recorded hop again, with the full trace, for the inspector. */
export function replayHop(
  prepared: PreparedScenario,
  record: HopRecord,
  trace = true,
): EvaluationResult | undefined {
  const target = record.identityOnly
    ? callResource(record.targetArn)
    : prepared.principals.get(record.targetArn);
  if (!target) return undefined;
  const caller = recordCaller(prepared, record);
  const { inputs, facts } = hopInputs(prepared, {
    target,
    ...(caller ? { caller } : {}),
    ...(record.outsideCaller ? { assumedIdentity: OUTSIDE_IDENTITY } : {}),
    ...(record.trustNamesCaller && caller ? { trust: trustNaming(caller.arn, target.arn) } : {}),
    ...(record.sessionProfile !== undefined ? { sessionProfile: record.sessionProfile } : {}),
  });
  const request = {
    principal: record.principal,
    action: record.action,
    resource: { resource: target.arn, accountId: target.account },
    context: record.context,
  };
  const options: EvaluateOptions = facts ? { principal: facts, trace } : { trace };
  const words = record.outsideCaller ? outsideCallerWords(record.principal) : undefined;
  if (words !== undefined) options.callerWords = words;
  return evaluateRequest(request, inputs, options);
}

/**
 * Per statement list, effect and action: the condition keys of the statements of that effect that
 * can match the action. Keyed by the statements, which documents of the same text share, not by the
 * policy, of which every document and role has its own (one map per role was asked and filled at 10k
 * roles).
 */
const conditionKeys = {
  Allow: new WeakMap<readonly unknown[], Map<string, string[]>>(),
  Deny: new WeakMap(),
};

function conditionKeysOf(policy: CompiledPolicy, action: string, effect: 'Allow' | 'Deny'): string[] {
  const cache: WeakMap<readonly unknown[], Map<string, string[]>> = conditionKeys[effect];
  let byAction = cache.get(policy.statements);
  if (!byAction) cache.set(policy.statements, (byAction = new Map<string, string[]>()));
  let keys = byAction.get(action);
  if (keys === undefined) {
    keys = [];
    const actionLower = action.toLowerCase();
    for (const i of candidateStatements(policy, actionLower)) {
      const s = policy.statements[i];
      if (!s || s.effect !== effect || s.conditions.length === 0) continue;
      if (actionApplies(s, actionLower)) for (const c of s.conditions) keys.push(c.clause.key);
    }
    byAction.set(action, keys);
  }
  return keys;
}

const allowConditionKeys = (policy: CompiledPolicy, action: string) =>
  conditionKeysOf(policy, action, 'Allow');

/** Whether some Allow statement that can match the action has conditions. */
function hasConditionalAllow(policy: CompiledPolicy, action: string): boolean {
  return allowConditionKeys(policy, action).length > 0;
}

/**
 * Whether a satisfying context could exist: some Allow statement for the action has a condition on a
 * key the caller controls. Without one, satisfyConditions finds nothing whatever the trace says.
 */
function maySatisfy(inputs: CompiledInputs, action: string, how: Controllability): boolean {
  return someHopPolicy(inputs, (p) => allowConditionKeys(p, action).some((key) => callerControls(key, how)));
}

/** Whether any policy taking part in the hop passes `test`, without listing them first. */
function someHopPolicy(inputs: CompiledInputs, test: (policy: CompiledPolicy) => boolean): boolean {
  if (inputs.resourcePolicy && test(inputs.resourcePolicy)) return true;
  for (const p of inputs.identityPolicies ?? []) if (test(p)) return true;
  for (const p of inputs.permissionBoundaries ?? []) if (test(p)) return true;
  for (const p of inputs.sessionPolicies ?? []) if (test(p)) return true;
  for (const levels of [inputs.serviceControlPolicies, inputs.resourceControlPolicies])
    for (const l of levels ?? []) for (const p of l.policies) if (test(p)) return true;
  return false;
}

/** Whether an explicit denial might lift: some Deny for the action has a condition the caller can fail. */
function mayLift(inputs: CompiledInputs, action: string, how: Controllability): boolean {
  return someHopPolicy(inputs, (p) =>
    conditionKeysOf(p, action, 'Deny').some((key) => callerControls(key, how)),
  );
}

/**
 * Whether a denied hop needs the full trace. The trace feeds the search for a satisfying context
 * after an implicit deny and the "(statement … requires …)" words of a denial; both read only Allow
 * statements with conditions, so when no policy of the hop has one for the action, the untraced
 * evaluation's edge, explanation included, is the same.
 */
function needsTrace(inputs: CompiledInputs, action: string): boolean {
  return someHopPolicy(inputs, (p) => hasConditionalAllow(p, action));
}

/** Most hops bring no context of their own; their records share this one. */
const NO_CONTEXT: Record<string, ContextValue> = {};

export function evaluateHop(
  prepared: PreparedScenario,
  hop: HopRequest,
  counter: { evaluations: number },
): HopOutcome {
  const { inputs, facts } = hopInputs(prepared, hop);
  const request = {
    principal: hop.principal,
    action: hop.action,
    resource: { resource: hop.target.arn, accountId: hop.target.account },
    context: hop.context ?? NO_CONTEXT,
  };
  const traced: EvaluateOptions = facts ? { principal: facts } : {};
  if (hop.callerWords !== undefined) traced.callerWords = hop.callerWords;
  if (hop.resourceWords !== undefined) traced.resourceWords = hop.resourceWords;
  const bulk: EvaluateOptions = { ...traced, trace: false };
  const record = (context: Record<string, ContextValue>): HopRecord => {
    const r: HopRecord = { principal: hop.principal, targetArn: hop.target.arn, action: hop.action, context };
    if (hop.caller) r.callerArn = hop.caller.arn;
    if (hop.assumedIdentity) r.outsideCaller = true;
    if ('identityOnly' in hop.target) r.identityOnly = true;
    if (hop.trust) r.trustNamesCaller = true;
    if (hop.sessionProfile !== undefined) r.sessionProfile = hop.sessionProfile;
    return r;
  };
  const denied = (result: EvaluationResult): HopOutcome => ({
    permitted: false,
    conditional: false,
    conditions: [],
    result,
    record: record(request.context),
  });
  const documentIdOf = (p: { documentId?: string }) => p.documentId;

  // Every hop is decided untraced first; a trace is built only where it is read.
  counter.evaluations++;
  const decided = evaluateWithResourceAllows(request, inputs, bulk);
  let first = decided.result;
  if (first.decision === 'Allowed') {
    // The badges name the conditions of the trust statements that allowed.
    const trust = inputs.resourcePolicy;
    const conditions =
      trust && hasConditionalAllow(trust, hop.action)
        ? allowingConditions(trust, decided.resourceAllows)
        : [];
    return {
      permitted: true,
      conditional: false,
      conditions,
      result: first,
      record: record(request.context),
    };
  }
  const trace =
    first.decision === 'ExplicitlyDenied'
      ? mayLift(inputs, hop.action, hop.how)
      : needsTrace(inputs, hop.action) &&
        (hop.denialShown !== false || maySatisfy(inputs, hop.action, hop.how));
  if (!trace) return denied(first);
  counter.evaluations++;
  first = evaluateRequest(request, inputs, traced);
  const met = meetConditions(
    first,
    (context, withTrace) => {
      counter.evaluations++;
      return evaluateRequest(
        { ...request, context: { ...request.context, ...context } },
        inputs,
        withTrace ? traced : bulk,
      );
    },
    hop.how,
    documentIdOf,
  );
  if (!met) return denied(first);
  return {
    permitted: true,
    conditional: true,
    conditions: met.conditions,
    result: met.result,
    record: record({ ...request.context, ...met.context }),
  };
}
