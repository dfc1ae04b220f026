/**
 * AWS's documented decision flow for one request (domain.md 1.2–1.7):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * and, across accounts, reference_policies_evaluation-logic-cross-account.html.
 */
import {
  derivePrincipalContext,
  parsePrincipalArn,
  type ParsedPrincipal,
  type PrincipalContextOptions,
} from '../context/principal';
import { RequestContext } from '../context/requestContext';
import { rcpSupportedServices } from '../data/rcpSupportedServices';
import { arnAccount } from '../match/arn';
import { findAwsOwned, GET_CALLER_IDENTITY, type AwsOwned } from './awsRules';
import type { CompiledPolicy } from './compilePolicy';
import {
  describeCaller,
  describePolicy,
  describeResource,
  describeStatement,
  statementRef,
} from './describe';
import {
  evaluatePolicy,
  type PolicyOutcome,
  type PreparedRequest,
  type StatementHit,
} from './evaluatePolicy';
import type {
  AwsRuleRef,
  EvaluationInputs,
  EvaluationRequest,
  EvaluationResult,
  OrgLevel,
  PolicyTrace,
  PrincipalFacts,
  PrincipalMatchKind,
  StepTrace,
} from './types';
import type { ContextValue } from '../types';

export type CompiledInputs = EvaluationInputs<CompiledPolicy>;

/** Actions a role's trust policy authorizes (API_AssumeRole, id_session-tags, id_credentials_temp_control-access_monitor). */
export function isTrustAction(actionLower: string): boolean {
  return (
    actionLower.startsWith('sts:assumerole') ||
    actionLower === 'sts:tagsession' ||
    actionLower === 'sts:setsourceidentity'
  );
}

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

interface LevelOutcome {
  level: string;
  outcomes: PolicyOutcome[];
}

type Result = Omit<EvaluationResult, 'trace'>;

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
  const trace = options.trace ?? true;
  const facts = options.principal ?? NO_FACTS;
  const prepared = prepareRequest(request, facts);
  const { caller, ctx } = prepared;
  const principalAccount =
    caller && 'account' in caller && caller.account !== 'anonymous' ? caller.account : undefined;
  const resourceAccount =
    request.resource.accountId ?? (arnAccount(request.resource.resource) || principalAccount);
  const sameAccount = principalAccount !== undefined && principalAccount === resourceAccount;

  const signed = caller !== undefined && SIGNED_KINDS.has(caller.kind);
  const isSession =
    caller?.kind === 'assumedRole' || caller?.kind === 'role' || caller?.kind === 'federatedUser';
  const serviceLinked =
    facts.serviceLinkedRole === true || (facts.rolePath ?? '').startsWith('/aws-service-role/');
  // The service whose authorization runs: AssumeRole's resource is an IAM role ARN, yet STS decides
  // (and RCPs on sts:* apply), so the action's prefix names it, not the resource's.
  const colon = request.action.indexOf(':');
  const service = (colon < 0 ? request.action : request.action.slice(0, colon)).toLowerCase();

  // Untraced evaluations never push a step; they share one empty list.
  const steps: StepTrace[] = trace ? [] : NO_STEPS;
  const scpLevels =
    signed && !serviceLinked ? evaluateLevels(inputs.serviceControlPolicies, prepared, trace) : NO_LEVELS;
  const rcpLevels = rcpSupportedServices.has(service)
    ? evaluateLevels(inputs.resourceControlPolicies, prepared, trace)
    : NO_LEVELS;
  const rbp = inputs.resourcePolicy ? evaluatePolicy(inputs.resourcePolicy, prepared, trace) : undefined;
  const ibps =
    signed && caller?.kind !== 'root' ? evaluateAll(inputs.identityPolicies, prepared, trace) : NO_OUTCOMES;
  const pbs =
    signed && caller?.kind !== 'root' && !serviceLinked
      ? evaluateAll(inputs.permissionBoundaries, prepared, trace)
      : NO_OUTCOMES;
  const sp =
    isSession && inputs.sessionPolicy ? evaluatePolicy(inputs.sessionPolicy, prepared, trace) : undefined;

  // The resource policy, identity policies, boundaries and session policy, in the trace's order.
  const unlevelled = new Array<PolicyOutcome>((rbp ? 1 : 0) + ibps.length + pbs.length + (sp ? 1 : 0));
  let at = 0;
  if (rbp) unlevelled[at++] = rbp;
  for (const o of ibps) unlevelled[at++] = o;
  for (const o of pbs) unlevelled[at++] = o;
  if (sp) unlevelled[at] = sp;

  const who = options.callerWords ?? describeCaller(caller, request.principal);
  const resourceName = options.resourceWords ?? describeResource(request.resource.resource);
  const what = `${request.action} on ${resourceName}`;

  const decide = (): Result => {
    // 0. sts:GetCallerIdentity needs no permission and no Deny reaches it.
    if (signed && prepared.actionLower === GET_CALLER_IDENTITY.action)
      return callerIdentityResult(request.action, steps, trace);
    // 1. Explicit deny anywhere wins.
    const denied = firstDeny(scpLevels, rcpLevels, unlevelled);
    if (denied) {
      const { o, level } = denied;
      const deny = o.denies[0] as StatementHit;
      const where = `${describeStatement(deny.statement)} of ${describePolicy(o.policy, level)}`;
      if (trace)
        steps.push({ step: 'explicit-deny', outcome: 'decided', message: `${where} denies ${what}.` });
      return {
        decision: 'ExplicitlyDenied',
        explanation: `Explicitly denied: ${where} denies ${who} ${what}, and an explicit deny overrides every allow.`,
        decidedBy: statementRef(o.policy, deny.statement, level),
      };
    }
    if (trace) steps.push({ step: 'explicit-deny', outcome: 'pass', message: 'No Deny statement applies.' });

    if (!caller) {
      return implicit(`"${request.principal}" is not a principal AWS recognises, so nothing can allow it.`);
    }
    if (caller.kind === 'root' && /^sts:assumerole/.test(prepared.actionLower)) {
      return implicit(
        'the root user cannot assume a role: AWS requires IAM user or role credentials for sts:AssumeRole.',
      );
    }
    // Assuming a role takes credentials (or, for the WithWebIdentity/WithSAML forms, a provider's token):
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html#stsapi_comparison
    if (caller.kind === 'anonymous' && prepared.actionLower.startsWith('sts:assumerole')) {
      return implicit(
        'an anonymous caller cannot assume a role: every way to assume one needs credentials or a token.',
      );
    }
    // Things AWS owns: no allow reaches them, so no later step can change the answer.
    const owned = findAwsOwned(prepared.actionLower, request.resource.resource);
    if (owned) return awsOwnedResult(owned, `${resourceName} is ${owned.what}; ${owned.only}`, steps, trace);

    // 2. RCPs: every level of the resource's organization must allow.
    const rcpFail = failingLevel(rcpLevels);
    if (rcpFail) {
      if (trace)
        steps.push({
          step: 'resource-control-policies',
          outcome: 'fail',
          message: `No RCP at ${rcpFail} allows ${what}.`,
        });
      return implicit(`no resource control policy at ${rcpFail} allows ${what}.`);
    }
    if (trace)
      steps.push(
        levelStep(
          'resource-control-policies',
          rcpLevels,
          'RCP',
          inputs.resourceControlPolicies !== undefined,
        ),
      );

    // 3. SCPs: every level of the caller's organization must allow.
    const scpFail = failingLevel(scpLevels);
    if (scpFail) {
      if (trace)
        steps.push({
          step: 'service-control-policies',
          outcome: 'fail',
          message: `No SCP at ${scpFail} allows ${what}.`,
        });
      return implicit(`no service control policy at ${scpFail} allows ${who} ${what}.`);
    }
    if (trace)
      steps.push(
        levelStep('service-control-policies', scpLevels, 'SCP', inputs.serviceControlPolicies !== undefined),
      );

    // 4–7. Resource policy, identity policies, boundary, session policy.
    const rbpAllow = strongestAllow(rbp?.allows ?? []);
    const ibpAllow = caller.kind === 'root' ? ('root' as const) : firstAllow(ibps);
    const pbOk = pbs.length === 0 || pbs.some((o) => o.allows.length > 0);
    // A GetFederationToken session without a session policy has no permissions of its own
    // (id_credentials_temp_control-access_getfederationtoken.html); role sessions keep their role's.
    const spOk = sp === undefined ? caller.kind !== 'federatedUser' : sp.allows.length > 0;
    // Roles and KMS keys are only reachable through their own policy: without one, nothing grants.
    const isKey = service === 'kms' && /^arn:[^:]+:kms:[^:]*:\d{12}:key\//.test(request.resource.resource);
    const requiresExplicitGrant =
      rbp !== undefined
        ? rbp.policy.kind === 'trust' || service === 'kms'
        : isTrustAction(prepared.actionLower) || isKey;
    const rbpName = rbp ? describePolicy(rbp.policy) : 'no resource policy';

    if (trace)
      steps.push(
        rbp === undefined
          ? { step: 'resource-policy', outcome: 'skipped', message: 'No resource policy takes part.' }
          : rbpAllow
            ? {
                step: 'resource-policy',
                outcome: 'pass',
                message: `${describeStatement(rbpAllow.statement)} of the ${rbpName} allows ${who} (named as ${kindWords(rbpAllow.principalKind)}).`,
              }
            : {
                step: 'resource-policy',
                outcome: 'fail',
                message: `The ${rbpName} has no statement allowing ${who} ${what}.`,
              },
      );
    if (trace)
      steps.push(
        !signed
          ? { step: 'identity-policies', outcome: 'skipped', message: `${who} has no identity policies.` }
          : ibpAllow
            ? {
                step: 'identity-policies',
                outcome: 'pass',
                message:
                  ibpAllow === 'root'
                    ? 'The root user has full access in its own account.'
                    : `${describeStatement(ibpAllow.a.statement)} of ${describePolicy(ibpAllow.o.policy)} allows ${what}.`,
              }
            : {
                step: 'identity-policies',
                outcome: 'fail',
                message: `No identity policy of ${who} allows ${what}.`,
              },
      );
    if (trace)
      steps.push(
        pbs.length === 0
          ? { step: 'permission-boundary', outcome: 'skipped', message: 'No permissions boundary applies.' }
          : {
              step: 'permission-boundary',
              outcome: pbOk ? 'pass' : 'fail',
              message: pbOk
                ? `The permissions boundary allows ${what}.`
                : `The permissions boundary does not allow ${what}.`,
            },
      );
    if (trace)
      steps.push(
        sp === undefined && caller.kind === 'federatedUser'
          ? {
              step: 'session-policy',
              outcome: 'fail',
              message:
                'A federated user session passed no session policy, so it has no permissions of its own.',
            }
          : sp === undefined
            ? {
                step: 'session-policy',
                outcome: 'skipped',
                message: isSession
                  ? 'No session policy was passed.'
                  : 'Not a session: session policies do not apply.',
              }
            : {
                step: 'session-policy',
                outcome: spOk ? 'pass' : 'fail',
                message: spOk
                  ? `The session policy allows ${what}.`
                  : `The session policy does not allow ${what}.`,
              },
      );

    const allowByRbp = (why: string): Result => {
      const hit = rbpAllow as StatementHit;
      return {
        decision: 'Allowed',
        // "*" names nobody in particular: say that it lets everyone in, this caller among them.
        explanation:
          hit.principalKind === 'star'
            ? `Allowed: ${describeStatement(hit.statement)} of the ${rbpName} allows any principal ("*"), ${who} included: ${why.replace(/^directly, and /, '')}.`
            : `Allowed: ${describeStatement(hit.statement)} of the ${rbpName} names ${who} ${why}.`,
        decidedBy: statementRef((rbp as PolicyOutcome).policy, hit.statement),
      };
    };
    const allowByIdentity = (why: string): Result => {
      const base: Result = { decision: 'Allowed', explanation: `Allowed: ${why}.` };
      if (ibpAllow && ibpAllow !== 'root')
        base.decidedBy = statementRef(ibpAllow.o.policy, ibpAllow.a.statement);
      return base;
    };
    const identityWords =
      ibpAllow === 'root'
        ? 'the root user has full access'
        : ibpAllow
          ? `${describePolicy(ibpAllow.o.policy)} allows it`
          : '';
    const limits = (): string | undefined =>
      !pbOk
        ? 'the permissions boundary does not allow it'
        : !spOk
          ? sp === undefined
            ? 'a federated user session without a session policy has no permissions of its own'
            : 'the session policy does not allow it'
          : undefined;

    if (!signed) {
      // Services and unsigned web-identity/SAML callers have no identity side: the resource policy decides.
      if (rbpAllow) return allowByRbp('directly, and such a caller has no identity policies to consult');
      // Anonymous: identity policies, boundaries and SCPs belong to principals, and there is none (domain 1.6).
      const only =
        caller.kind === 'anonymous'
          ? 'only a resource policy naming "*" can allow an anonymous caller'
          : `${who} has no identity policies of its own`;
      return implicit(
        rbp
          ? `the ${rbpName} does not allow ${who} ${what}${missedBy(rbp)}, and ${only}.`
          : `there is no resource policy to allow ${who} ${what}, and ${only}.`,
      );
    }

    if (!sameAccount) {
      if (!rbpAllow) {
        return implicit(
          rbp
            ? `across accounts both sides must allow, and the ${rbpName} does not allow ${who} ${what}${missedBy(rbp)}.`
            : `across accounts the resource's account must allow through a resource policy, and ${resourceName} in account ${resourceAccount ?? '?'} has none.`,
        );
      }
      if (!ibpAllow) {
        return implicit(
          `the ${rbpName} allows ${who}, but across accounts an identity policy of ${who} must also allow ${what}, and none does.`,
        );
      }
      const limit = limits();
      if (limit) return implicit(`${identityWords}, but ${limit}.`);
      return allowByIdentity(`the ${rbpName} allows ${who} and ${identityWords}`);
    }

    if (requiresExplicitGrant && !rbpAllow) {
      const thing = isKey ? 'a KMS key' : 'a role';
      return implicit(
        rbp
          ? `the ${rbpName} does not allow ${who} ${what}${missedBy(rbp)}; ${thing} must be granted explicitly by its own policy, whatever the identity policies say.`
          : `${resourceName} has no ${isKey ? 'key' : 'trust'} policy here, and ${thing} must be granted explicitly by its own policy, whatever the identity policies say.`,
      );
    }
    if (rbpAllow) {
      const kind = rbpAllow.principalKind;
      if (
        kind === 'user' ||
        kind === 'session' ||
        kind === 'federatedSession' ||
        kind === 'star' ||
        kind === 'service' ||
        kind === 'federated'
      ) {
        return allowByRbp('directly, and in the same account that alone grants access');
      }
      if (kind === 'role') {
        const limit = limits();
        if (!limit)
          return allowByRbp(
            'by its role ARN; only a permissions boundary or session policy could limit that',
          );
        return implicit(`the ${rbpName} names the role, but ${limit}.`);
      }
      // Named by account: delegates to the account, whose identity policies must allow.
      if (!ibpAllow) {
        return implicit(
          `the ${rbpName} trusts account ${principalAccount ?? '?'}, so an identity policy of ${who} must also allow ${what}, and none does.`,
        );
      }
      const limit = limits();
      if (limit) return implicit(`${identityWords}, but ${limit}.`);
      return allowByIdentity(`the ${rbpName} trusts account ${principalAccount ?? '?'} and ${identityWords}`);
    }
    if (!ibpAllow)
      return implicit(
        `no identity policy of ${who} allows ${what}${rbp ? ` and the ${rbpName} does not either` : ''}.`,
      );
    const limit = limits();
    if (limit) return implicit(`${identityWords}, but ${limit}.`);
    return allowByIdentity(identityWords);
  };

  function implicit(reason: string): Result {
    return {
      decision: 'ImplicitlyDenied',
      explanation: `Denied: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
    };
  }

  const result = decide();
  const traced: EvaluationResult['trace']['request'] = {
    principal: request.principal,
    action: request.action,
    resource: request.resource.resource,
    sameAccount,
    // Untraced bulk evaluations skip copying the context; a traced replay carries it.
    context: trace ? ctx.toRecord() : NO_CONTEXT,
  };
  if (principalAccount !== undefined) traced.principalAccount = principalAccount;
  if (resourceAccount !== undefined) traced.resourceAccount = resourceAccount;
  return {
    result: {
      ...result,
      trace: {
        request: traced,
        steps,
        policies: trace
          ? [
              ...scpLevels.flatMap((l) => l.outcomes),
              ...rcpLevels.flatMap((l) => l.outcomes),
              ...unlevelled,
            ].flatMap((o) => (o.trace ? [o.trace] : []))
          : NO_POLICIES,
      },
    },
    resourceAllows: rbp?.allows ?? NO_ALLOWS,
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
 * When an Allow statement named the caller and the action but a condition failed, the words for it:
 * " (statement #1 requires StringEquals aws:RequestTag/kubernetes-namespace = production; the request has staging)".
 */
function missedBy(outcome: PolicyOutcome | undefined): string {
  for (const s of outcome?.trace?.statements ?? []) {
    if (s.effect !== 'Allow' || s.applies || !s.resource.matched || (s.principal && !s.principal.matched))
      continue;
    const failed = s.conditions.find((c) => !c.matched);
    if (!failed) continue;
    const has =
      failed.requestValues === null ? 'no such key' : failed.requestValues.join(', ') || 'an empty value';
    const name = s.sid !== undefined ? `statement "${s.sid}"` : `statement #${s.index + 1}`;
    return ` (${name} requires ${failed.operator} ${failed.key} = ${failed.policyValues.join(' | ')}; the request has ${has})`;
  }
  return '';
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

function callerIdentityResult(action: string, steps: StepTrace[], trace: boolean): Result {
  const message = `${action} needs no permission, and no policy can deny it, not even an explicit Deny.`;
  if (trace) steps.push({ step: 'aws-rule', outcome: 'decided', message });
  return { decision: 'Allowed', explanation: `Allowed: ${message}`, rule: ruleRef(GET_CALLER_IDENTITY) };
}

/** A change to something AWS owns: refused whatever the policies say, so no later step could allow it. */
function awsOwnedResult(owned: AwsOwned, why: string, steps: StepTrace[], trace: boolean): Result {
  const message = `AWS refuses this request whatever the policies say: ${why}.`;
  if (trace) steps.push({ step: 'aws-rule', outcome: 'decided', message });
  return { decision: 'ExplicitlyDenied', explanation: `Denied by AWS: ${why}.`, rule: ruleRef(owned) };
}

/** The rule's code and source alone, as plain data for the result. */
function ruleRef(rule: AwsRuleRef): AwsRuleRef {
  return { code: rule.code, source: rule.source };
}

function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

const NO_LEVELS: LevelOutcome[] = [];
const NO_OUTCOMES: PolicyOutcome[] = [];

function evaluateAll(
  policies: CompiledPolicy[] | undefined,
  prepared: PreparedRequest,
  trace: boolean,
): PolicyOutcome[] {
  if (!policies || policies.length === 0) return NO_OUTCOMES;
  return evaluateEach(policies, prepared, trace, undefined);
}

/** Lists made at their final size: pushing onto an empty list reserves room for seventeen. */
function evaluateEach(
  policies: CompiledPolicy[],
  prepared: PreparedRequest,
  trace: boolean,
  level: string | undefined,
): PolicyOutcome[] {
  const out = new Array<PolicyOutcome>(policies.length);
  for (let i = 0; i < policies.length; i++)
    out[i] = evaluatePolicy(policies[i] as CompiledPolicy, prepared, trace, level);
  return out;
}

function evaluateLevels(
  levels: CompiledInputs['serviceControlPolicies'],
  prepared: PreparedRequest,
  trace: boolean,
): LevelOutcome[] {
  if (!levels || levels.length === 0) return NO_LEVELS;
  const out = new Array<LevelOutcome>(levels.length);
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i] as OrgLevel<CompiledPolicy>;
    out[i] = { level: l.orgIdentifier, outcomes: evaluateEach(l.policies, prepared, trace, l.orgIdentifier) };
  }
  return out;
}

/** The first identity-policy Allow, with its policy. */
function firstAllow(outcomes: PolicyOutcome[]): { o: PolicyOutcome; a: StatementHit } | undefined {
  for (const o of outcomes) {
    const a = o.allows[0];
    if (a) return { o, a };
  }
  return undefined;
}

/** The first explicit deny, in the order the trace lists policies: SCP levels, RCP levels, the rest. */
function firstDeny(
  scps: LevelOutcome[],
  rcps: LevelOutcome[],
  others: PolicyOutcome[],
): { o: PolicyOutcome; level: string | undefined } | undefined {
  for (const levels of [scps, rcps])
    for (const l of levels) for (const o of l.outcomes) if (o.denies.length > 0) return { o, level: l.level };
  for (const o of others) if (o.denies.length > 0) return { o, level: undefined };
  return undefined;
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

/** The first organization level none of whose policies allows; a level with no policies allows nothing. */
function failingLevel(levels: LevelOutcome[]): string | undefined {
  return levels.find((l) => !l.outcomes.some((o) => o.allows.length > 0))?.level;
}

function levelStep(
  step: 'resource-control-policies' | 'service-control-policies',
  levels: LevelOutcome[],
  name: string,
  given: boolean,
): StepTrace {
  if (levels.length === 0) {
    return {
      step,
      outcome: 'skipped',
      message: given ? `${name}s do not govern this request.` : `No ${name}s take part.`,
    };
  }
  return {
    step,
    outcome: 'pass',
    message: `An ${name} allows the request at every level (${levels.map((l) => l.level).join(' → ')}).`,
  };
}

/** Among matching allows, the one whose principal kind grants the most on its own (domain 1.3). */
const STRENGTH: PrincipalMatchKind[] = [
  'user',
  'session',
  'federatedSession',
  'star',
  'service',
  'federated',
  'role',
  'account',
  'canonicalUser',
];

function strongestAllow(allows: StatementHit[]): StatementHit | undefined {
  let best: StatementHit | undefined;
  for (const hit of allows) {
    const rank = STRENGTH.indexOf(hit.principalKind ?? 'account');
    if (!best || rank < STRENGTH.indexOf(best.principalKind ?? 'account')) best = hit;
  }
  return best;
}

function kindWords(kind: PrincipalMatchKind | undefined): string {
  switch (kind) {
    case 'user':
      return 'the user ARN';
    case 'role':
      return 'the role ARN';
    case 'session':
      return 'the exact session ARN';
    case 'federatedSession':
      return 'the federated user ARN';
    case 'account':
      return 'its account';
    case 'star':
      return '"*"';
    case 'service':
      return 'the service principal';
    case 'federated':
      return 'the identity provider';
    default:
      return 'a principal';
  }
}
