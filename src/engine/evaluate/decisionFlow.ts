/**
 * AWS's decision flow for one request as small steps in AWS's order (docs/evaluation.md): each either
 * decides, with its reason as data, or passes to the next. Nothing here writes a sentence: step
 * messages and the explanation are worded from the reasons by reasonWords.ts.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
import type { ParsedPrincipal } from '../context/principal';
import { findAwsOwned, GET_CALLER_IDENTITY } from './awsRules';
import { statementRef } from './describe';
import type { PolicyOutcome, StatementHit } from './evaluatePolicy';
import {
  implicit,
  notAllowedBy,
  paramsOf,
  policyRef,
  push,
  type Decided,
  type Flow,
  type Specific,
} from './flowReasons';
import { failingLevel, firstAllow, firstDeny, strongestAllow } from './policyOutcomes';
import type { ReasonCode, ReasonLimit } from './types';

type IdentityAllow = { o: PolicyOutcome; a: StatementHit } | 'root' | undefined;

export function decide(f: Flow): Decided {
  return (
    callerIdentity(f) ??
    explicitDeny(f) ??
    unusableCaller(f) ??
    awsOwned(f) ??
    organizationLevels(f, 'resource-control-policies') ??
    organizationLevels(f, 'service-control-policies') ??
    policies(f)
  );
}

/** sts:GetCallerIdentity needs no permission and no Deny reaches it. */
function callerIdentity(f: Flow): Decided | undefined {
  if (!f.signed || f.prepared.actionLower !== GET_CALLER_IDENTITY.action) return undefined;
  if (f.trace) push(f, 'aws-rule', 'decided', 'get-caller-identity');
  return {
    decision: 'Allowed',
    reason: { code: 'get-caller-identity', params: paramsOf(f, {}) },
    rule: { code: GET_CALLER_IDENTITY.code, source: GET_CALLER_IDENTITY.source },
  };
}

/** An explicit deny anywhere wins. */
function explicitDeny(f: Flow): Decided | undefined {
  const denied = firstDeny(f.scpLevels, f.rcpLevels, f.unlevelled);
  if (!denied) {
    if (f.trace) push(f, 'explicit-deny', 'pass', 'no-deny');
    return undefined;
  }
  const ref = statementRef(denied.o.policy, (denied.o.denies[0] as StatementHit).statement, denied.level);
  if (f.trace) push(f, 'explicit-deny', 'decided', 'deny-applies', { statement: ref });
  return {
    decision: 'ExplicitlyDenied',
    reason: { code: 'explicit-deny', params: paramsOf(f, { statement: ref }) },
    decidedBy: ref,
  };
}

/** Callers nothing can allow: an unrecognised principal; the root user or nobody assuming a role. */
function unusableCaller(f: Flow): Decided | undefined {
  const caller = f.prepared.caller;
  if (!caller) return implicit(f, 'unknown-caller', {});
  if (caller.kind === 'root' && /^sts:assumerole/.test(f.prepared.actionLower))
    return implicit(f, 'root-cannot-assume', {});
  // Assuming a role takes credentials (or, for the WithWebIdentity/WithSAML forms, a provider's token):
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html#stsapi_comparison
  if (caller.kind === 'anonymous' && f.prepared.actionLower.startsWith('sts:assumerole'))
    return implicit(f, 'anonymous-cannot-assume', {});
  return undefined;
}

/** Things AWS owns: no allow reaches them, so no later step can change the answer. */
function awsOwned(f: Flow): Decided | undefined {
  const owned = findAwsOwned(f.prepared.actionLower, f.request.resource.resource);
  if (!owned) return undefined;
  if (f.trace) push(f, 'aws-rule', 'decided', 'aws-owned', { rule: owned.code });
  return {
    decision: 'ExplicitlyDenied',
    reason: { code: 'aws-owned', params: paramsOf(f, { rule: owned.code }) },
    rule: { code: owned.code, source: owned.source },
  };
}

/** RCPs (the resource's organization), then SCPs (the caller's): every level must allow. */
function organizationLevels(
  f: Flow,
  step: 'resource-control-policies' | 'service-control-policies',
): Decided | undefined {
  const rcp = step === 'resource-control-policies';
  const levels = rcp ? f.rcpLevels : f.scpLevels;
  const orgPolicy = rcp ? 'RCP' : 'SCP';
  const level = failingLevel(levels);
  if (level) {
    if (f.trace) push(f, step, 'fail', 'level-fails', { orgPolicy, level });
    return implicit(f, rcp ? 'no-rcp-allows' : 'no-scp-allows', { level });
  }
  if (!f.trace) return undefined;
  if (levels.length > 0)
    push(f, step, 'pass', 'levels-allow', { orgPolicy, levels: levels.map((l) => l.level) });
  else
    push(f, step, 'skipped', (rcp ? f.rcpsGiven : f.scpsGiven) ? 'levels-not-governing' : 'levels-absent', {
      orgPolicy,
    });
  return undefined;
}

const NO_HITS: StatementHit[] = [];

/** Resource policy, identity policies, boundary and session policy: what they grant together. */
function policies(f: Flow): Decided {
  const caller = f.prepared.caller as ParsedPrincipal;
  const { rbp, pbs, sps } = f;
  const rbpAllow = strongestAllow(rbp?.allows ?? NO_HITS);
  const ibpAllow: IdentityAllow = caller.kind === 'root' ? 'root' : firstAllow(f.ibps);
  const pbOk = pbs.length === 0 || pbs.some((o) => o.allows.length > 0);
  // A GetFederationToken session without a session policy has no permissions of its own
  // (id_credentials_temp_control-access_getfederationtoken.html); role sessions keep their role's.
  const spOk = sps.length === 0 ? caller.kind !== 'federatedUser' : sps.some((o) => o.allows.length > 0);
  if (f.trace) tracePolicySteps(f, rbpAllow, ibpAllow, pbOk, spOk);
  const limit: ReasonLimit | undefined = !pbOk
    ? 'boundary'
    : !spOk
      ? sps.length === 0
        ? 'no-session-policy'
        : 'session-policy'
      : undefined;
  if (!f.signed) return unsignedGrant(f, rbpAllow, caller);
  if (!f.sameAccount) return crossAccountGrant(f, rbpAllow, ibpAllow, limit);
  return sameAccountGrant(f, rbpAllow, ibpAllow, limit);
}

/** Services and unsigned web-identity/SAML callers have no identity side: the resource policy decides. */
function unsignedGrant(f: Flow, rbpAllow: StatementHit | undefined, caller: ParsedPrincipal): Decided {
  if (rbpAllow)
    return allowedBy(
      f,
      rbpAllow,
      rbpAllow.principalKind === 'star' ? 'unsigned-star-allowed' : 'unsigned-allowed',
    );
  // Anonymous: identity policies, boundaries and SCPs belong to principals, and there is none (domain 1.6).
  const anonymous = caller.kind === 'anonymous';
  if (f.rbp)
    return implicit(f, anonymous ? 'anonymous-not-allowed' : 'unsigned-not-allowed', notAllowedBy(f.rbp));
  return implicit(f, anonymous ? 'anonymous-no-resource-policy' : 'unsigned-no-resource-policy', {});
}

/** Across accounts both sides must allow (reference_policies_evaluation-logic-cross-account.html). */
function crossAccountGrant(
  f: Flow,
  rbpAllow: StatementHit | undefined,
  ibpAllow: IdentityAllow,
  limit: ReasonLimit | undefined,
): Decided {
  if (!rbpAllow) {
    if (f.rbp) return implicit(f, 'cross-account-no-resource-allow', notAllowedBy(f.rbp));
    return implicit(f, 'cross-account-no-resource-policy', withAccount({}, f.resourceAccount));
  }
  const statement = statementRef((f.rbp as PolicyOutcome).policy, rbpAllow.statement);
  if (!ibpAllow) return implicit(f, 'cross-account-no-identity-allow', { statement });
  return identityGrant(f, 'cross-account-allowed', ibpAllow, limit, { statement });
}

/** Within one account a resource policy may grant alone, depending on how it names the caller (domain 1.3). */
function sameAccountGrant(
  f: Flow,
  rbpAllow: StatementHit | undefined,
  ibpAllow: IdentityAllow,
  limit: ReasonLimit | undefined,
): Decided {
  // Roles and KMS keys are only reachable through their own policy: without one, nothing grants.
  const isKey = f.service === 'kms' && KEY_ARN.test(f.request.resource.resource);
  const requiresExplicitGrant = f.rbp
    ? f.rbp.policy.kind === 'trust' || f.service === 'kms'
    : isTrustAction(f.prepared.actionLower) || isKey;
  if (requiresExplicitGrant && !rbpAllow) {
    if (f.rbp) return implicit(f, isKey ? 'key-not-granted' : 'role-not-granted', notAllowedBy(f.rbp));
    return implicit(f, isKey ? 'key-without-policy' : 'role-without-trust', {});
  }
  if (rbpAllow) return grantByResourcePolicy(f, rbpAllow, ibpAllow, limit);
  if (!ibpAllow) {
    if (f.rbp) return implicit(f, 'no-identity-or-resource-allow', { policy: policyRef(f.rbp.policy) });
    return implicit(f, 'no-identity-allow', {});
  }
  return identityGrant(f, 'identity-allowed', ibpAllow, limit, {});
}

const KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//;
const NAMED_DIRECTLY = new Set(['user', 'session', 'federatedSession', 'star', 'service', 'federated']);

/** A same-account Allow of the resource policy: what it grants depends on how it names the caller. */
function grantByResourcePolicy(
  f: Flow,
  hit: StatementHit,
  ibpAllow: IdentityAllow,
  limit: ReasonLimit | undefined,
): Decided {
  const kind = hit.principalKind;
  if (kind !== undefined && NAMED_DIRECTLY.has(kind))
    return allowedBy(f, hit, kind === 'star' ? 'star-allowed' : 'named-directly-allowed');
  const statement = statementRef((f.rbp as PolicyOutcome).policy, hit.statement);
  if (kind === 'role') {
    if (!limit) return allowedBy(f, hit, 'role-arn-allowed', statement);
    return implicit(f, 'role-arn-limited', { statement, limit });
  }
  // Named by account: delegates to the account, whose identity policies must allow.
  if (!ibpAllow)
    return implicit(f, 'account-trust-no-identity-allow', withAccount({ statement }, f.principalAccount));
  return identityGrant(
    f,
    'account-trust-allowed',
    ibpAllow,
    limit,
    withAccount({ statement }, f.principalAccount),
  );
}

/** Allowed by the resource policy's statement alone. */
function allowedBy(
  f: Flow,
  hit: StatementHit,
  code: ReasonCode,
  statement = statementRef((f.rbp as PolicyOutcome).policy, hit.statement),
): Decided {
  const specific: Specific = { statement };
  if (hit.principalKind !== undefined) specific.principalKind = hit.principalKind;
  return { decision: 'Allowed', reason: { code, params: paramsOf(f, specific) }, decidedBy: statement };
}

/** Allowed by an identity policy too (`code`), unless a boundary or session policy limits it. */
function identityGrant(
  f: Flow,
  code: ReasonCode,
  ibpAllow: NonNullable<IdentityAllow>,
  limit: ReasonLimit | undefined,
  specific: Specific,
): Decided {
  const identity = ibpAllow === 'root' ? 'root' : statementRef(ibpAllow.o.policy, ibpAllow.a.statement);
  specific.identity = identity;
  if (limit) {
    specific.limit = limit;
    return implicit(f, 'identity-allow-limited', specific);
  }
  const decided: Decided = { decision: 'Allowed', reason: { code, params: paramsOf(f, specific) } };
  if (identity !== 'root') decided.decidedBy = identity;
  return decided;
}

function withAccount(specific: Specific, account: string | undefined): Specific {
  if (account !== undefined) specific.account = account;
  return specific;
}

/** The four policy steps as the trace shows them, each with what it found. */
function tracePolicySteps(
  f: Flow,
  rbpAllow: StatementHit | undefined,
  ibpAllow: IdentityAllow,
  pbOk: boolean,
  spOk: boolean,
): void {
  const { rbp, sps } = f;
  if (rbp === undefined) push(f, 'resource-policy', 'skipped', 'resource-policy-absent');
  else if (rbpAllow) {
    const specific: Specific = { statement: statementRef(rbp.policy, rbpAllow.statement) };
    if (rbpAllow.principalKind !== undefined) specific.principalKind = rbpAllow.principalKind;
    push(f, 'resource-policy', 'pass', 'resource-policy-allows', specific);
  } else push(f, 'resource-policy', 'fail', 'resource-policy-no-allow', { policy: policyRef(rbp.policy) });

  if (!f.signed) push(f, 'identity-policies', 'skipped', 'identity-absent');
  else if (ibpAllow === 'root') push(f, 'identity-policies', 'pass', 'root-full-access');
  else if (ibpAllow)
    push(f, 'identity-policies', 'pass', 'identity-allows', {
      identity: statementRef(ibpAllow.o.policy, ibpAllow.a.statement),
    });
  else push(f, 'identity-policies', 'fail', 'identity-no-allow');

  if (f.pbs.length === 0) push(f, 'permission-boundary', 'skipped', 'boundary-absent');
  else push(f, 'permission-boundary', pbOk ? 'pass' : 'fail', pbOk ? 'boundary-allows' : 'boundary-denies');

  if (sps.length === 0 && f.prepared.caller?.kind === 'federatedUser')
    push(f, 'session-policy', 'fail', 'federated-without-session-policy');
  else if (sps.length === 0)
    push(f, 'session-policy', 'skipped', f.isSession ? 'session-policy-absent' : 'not-a-session');
  else
    push(
      f,
      'session-policy',
      spOk ? 'pass' : 'fail',
      spOk ? 'session-policy-allows' : 'session-policy-denies',
    );
}

/** Actions a role's trust policy authorizes (API_AssumeRole, id_session-tags, id_credentials_temp_control-access_monitor). */
export function isTrustAction(actionLower: string): boolean {
  return (
    actionLower.startsWith('sts:assumerole') ||
    actionLower === 'sts:tagsession' ||
    actionLower === 'sts:setsourceidentity'
  );
}
