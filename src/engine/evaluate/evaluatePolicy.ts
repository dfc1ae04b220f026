/** One policy against one request: which statements apply, how each element matched, and why. */
import type { ParsedPrincipal } from '../context/principal';
import type { RequestContext } from '../context/requestContext';
import type { CompiledCondition } from '../conditions/evaluateCondition';
import type { CompiledResource } from '../match/arn';
import {
  candidateStatements,
  type CompiledPattern,
  type CompiledPolicy,
  type CompiledStatement,
} from './compilePolicy';
import { identityChain, matchPrincipal, namesExactly } from './matchPrincipal';
import { noted } from './reasonWords';
import type { ConditionTrace, ElementTrace, PolicyTrace, PrincipalMatchKind, StatementTrace } from './types';

export interface PreparedRequest {
  caller: ParsedPrincipal | undefined;
  action: string;
  actionLower: string;
  resource: string;
  ctx: RequestContext;
  lookup: (key: string) => string | undefined;
}

export interface StatementHit {
  statement: CompiledStatement;
  principalKind?: PrincipalMatchKind;
}

export interface PolicyOutcome {
  policy: CompiledPolicy;
  allows: StatementHit[];
  denies: StatementHit[];
  trace?: PolicyTrace;
}

/** Policies that name principals; the others apply to the identity they are attached to. */
const NAMES_PRINCIPALS = new Set(['trust', 'resource', 'rcp']);
/** Policies whose statements without Resource apply to the resource they are attached to. */
const IMPLICIT_RESOURCE = new Set(['trust', 'resource', 'scp', 'rcp']);

/** Shared by outcomes with no hit of a kind; outcomes are read, never added to. */
const NO_HITS: StatementHit[] = [];

export function evaluatePolicy(
  policy: CompiledPolicy,
  request: PreparedRequest,
  trace: boolean,
  level?: string,
): PolicyOutcome {
  return trace ? evaluateTraced(policy, request, level) : evaluateBulk(policy, request);
}

/**
 * The graph's bulk mode: the same decisions as the traced path, without building an element trace
 * (and its notes) for every statement it looks at.
 */
function evaluateBulk(policy: CompiledPolicy, request: PreparedRequest): PolicyOutcome {
  // Plain indexed loops and lists made at their final size: this runs about ten times per request,
  // hundreds of thousands of times in an organization's analysis, and every allocation here counts.
  let allows = NO_HITS;
  let denies = NO_HITS;
  const namesPrincipals = NAMES_PRINCIPALS.has(policy.kind);
  const candidates = candidateStatements(policy, request.actionLower);
  for (let i = 0; i < candidates.length; i++) {
    const statement = policy.statements[candidates[i] as number];
    if (!statement || !actionApplies(statement, request.actionLower)) continue;
    if (!resourceApplies(statement, policy, request)) continue;
    let principalKind: PrincipalMatchKind | undefined;
    if (namesPrincipals) {
      principalKind = principalMatchKind(statement, request.caller);
      if (principalKind === undefined) continue;
    }
    if (!conditionsHold(statement, request)) continue;
    const hit: StatementHit = principalKind === undefined ? { statement } : { statement, principalKind };
    if (statement.effect === 'Deny') {
      if (denies === NO_HITS) denies = [hit];
      else denies.push(hit);
    } else if (allows === NO_HITS) allows = [hit];
    else allows.push(hit);
  }
  return { policy, allows, denies };
}

function conditionsHold(statement: CompiledStatement, request: PreparedRequest): boolean {
  const conditions = statement.conditions;
  for (let i = 0; i < conditions.length; i++) {
    if (!(conditions[i] as CompiledCondition).evaluate(request.ctx).matched) return false;
  }
  return true;
}

/** Whether a statement's Action (or NotAction) element covers an action already lower-cased. */
export function actionApplies(statement: CompiledStatement, actionLower: string): boolean {
  const actions = statement.actions;
  let hit = false;
  for (let i = 0; i < actions.length; i++) {
    if ((actions[i] as CompiledPattern).testLower(actionLower)) {
      hit = true;
      break;
    }
  }
  return statement.actionElement === 'Action' ? hit : !hit;
}

/**
 * The statements that can apply to an action (lower-cased) on a resource whatever the caller's
 * context: their Action and Resource match, and only conditions (and, in a policy that names
 * principals, the Principal) remain to be read. Policy variables are left unresolved, so a
 * Resource that has one matches nothing here.
 */
export function statementsReaching(policy: CompiledPolicy, actionLower: string, resource: string): number[] {
  const request = { resource, lookup: NO_LOOKUP };
  return candidateStatements(policy, actionLower).filter((i) => {
    const statement = policy.statements[i];
    return (
      statement !== undefined &&
      actionApplies(statement, actionLower) &&
      resourceApplies(statement, policy, request)
    );
  });
}

/** Resolves no policy variable: a Resource that has one then matches nothing. */
export const NO_LOOKUP = (): undefined => undefined;

function resourceApplies(
  statement: CompiledStatement,
  policy: CompiledPolicy,
  request: Pick<PreparedRequest, 'resource' | 'lookup'>,
): boolean {
  if (statement.resourceElement === null) return IMPLICIT_RESOURCE.has(policy.kind);
  const resources = statement.resources;
  let hit = false;
  for (let i = 0; i < resources.length; i++) {
    if ((resources[i] as CompiledResource).matches(request.resource, request.lookup)) {
      hit = true;
      break;
    }
  }
  return statement.resourceElement === 'Resource' ? hit : !hit;
}

function evaluateTraced(
  policy: CompiledPolicy,
  request: PreparedRequest,
  level: string | undefined,
): PolicyOutcome {
  const allows: StatementHit[] = [];
  const denies: StatementHit[] = [];
  const traces: StatementTrace[] = [];
  const candidates = candidateStatements(policy, request.actionLower);
  const namesPrincipals = NAMES_PRINCIPALS.has(policy.kind);
  let actionMatched = 0;

  for (const index of candidates) {
    const statement = policy.statements[index];
    if (!statement) continue;
    const action = matchAction(statement, request.action, request.actionLower);
    if (!action.matched) continue;
    actionMatched++;
    const resource = matchResource(statement, policy, request);
    const principal = namesPrincipals ? matchStatementPrincipal(statement, request.caller) : undefined;
    const elementsMatch = resource.matched && (principal?.matched ?? true);
    const conditions = statement.conditions.map((c) => {
      const r = c.evaluate(request.ctx);
      const t: ConditionTrace = {
        operator: c.clause.operator,
        key: c.clause.key,
        policyValues: c.clause.values,
        requestValues: r.requestValues === null ? null : [...r.requestValues],
        matched: r.matched,
      };
      if (r.reason !== undefined) t.note = r.reason;
      return t;
    });
    const conditionsMatch = conditions.every((c) => c.matched);
    const applies = elementsMatch && conditionsMatch;
    if (applies) {
      const hit: StatementHit = { statement };
      if (principal?.kind !== undefined) hit.principalKind = principal.kind;
      (statement.effect === 'Deny' ? denies : allows).push(hit);
    }
    const t: StatementTrace = {
      index: statement.source.index,
      effect: statement.effect,
      applies,
      action,
      resource,
      conditions,
    };
    if (statement.source.sid !== undefined) t.sid = statement.source.sid;
    if (principal) t.principal = principal;
    if (statement.source.range) t.range = statement.source.range;
    traces.push(t);
  }

  const trace: PolicyTrace = {
    kind: policy.kind,
    name: policy.name,
    statements: traces,
    otherStatements: policy.statements.length - actionMatched,
    outcome: denies.length > 0 ? 'Deny' : allows.length > 0 ? 'Allow' : 'NoMatch',
  };
  if (level !== undefined) trace.level = level;
  if (policy.documentId !== undefined) trace.documentId = policy.documentId;
  return { policy, allows, denies, trace };
}

function matchAction(statement: CompiledStatement, action: string, actionLower: string): ElementTrace {
  const hit = statement.actions.find((a) => a.testLower(actionLower));
  if (statement.actionElement === 'Action') {
    return hit
      ? { element: 'Action', matched: true, by: hit.pattern }
      : { element: 'Action', matched: false };
  }
  return hit
    ? noted({ element: 'NotAction', matched: false, by: hit.pattern }, 'not-action-excluded', action)
    : noted({ element: 'NotAction', matched: true }, 'not-action-unlisted', action);
}

function matchResource(
  statement: CompiledStatement,
  policy: CompiledPolicy,
  request: PreparedRequest,
): ElementTrace {
  if (statement.resourceElement === null) {
    return IMPLICIT_RESOURCE.has(policy.kind)
      ? noted({ element: 'Resource', matched: true }, 'resource-implied')
      : noted({ element: 'Resource', matched: false }, 'resource-missing');
  }
  const hit = statement.resources.find((r) => r.matches(request.resource, request.lookup));
  if (statement.resourceElement === 'Resource') {
    return hit
      ? { element: 'Resource', matched: true, by: hit.pattern }
      : { element: 'Resource', matched: false };
  }
  return hit
    ? noted(
        { element: 'NotResource', matched: false, by: hit.pattern },
        'not-resource-excluded',
        request.resource,
      )
    : { element: 'NotResource', matched: true };
}

/** The identity of the caller that NotPrincipal does not list, if any: then the statement applies to it. */
function unlistedIdentity(
  statement: CompiledStatement,
  caller: ParsedPrincipal,
): ParsedPrincipal | undefined {
  // The caller is exempt only when each identity AWS checks (account, role, session) is listed.
  return identityChain(caller).find(
    (identity) => !statement.principals.some((entry) => namesExactly(entry, identity)),
  );
}

/** How the statement's Principal (or NotPrincipal) element takes in the caller; undefined when it does not. */
function principalMatchKind(
  statement: CompiledStatement,
  caller: ParsedPrincipal | undefined,
): PrincipalMatchKind | undefined {
  if (statement.principalElement === null || !caller) return undefined;
  if (statement.principalElement === 'NotPrincipal')
    return unlistedIdentity(statement, caller) ? 'star' : undefined;
  for (const entry of statement.principals) {
    const kind = matchPrincipal(entry, caller);
    if (kind) return kind;
  }
  return undefined;
}

function matchStatementPrincipal(
  statement: CompiledStatement,
  caller: ParsedPrincipal | undefined,
): ElementTrace & { kind?: PrincipalMatchKind } {
  if (statement.principalElement === null) {
    return noted({ element: 'Principal', matched: false }, 'no-principal');
  }
  if (!caller) return noted({ element: statement.principalElement, matched: false }, 'caller-unrecognised');
  if (statement.principalElement === 'Principal') {
    for (const entry of statement.principals) {
      const kind = matchPrincipal(entry, caller);
      if (kind) return { element: 'Principal', matched: true, by: entry.source.value, kind };
    }
    const never = statement.principals.find((p) => p.kind === 'never');
    return never && never.kind === 'never'
      ? noted({ element: 'Principal', matched: false }, never.note, never.source.value)
      : { element: 'Principal', matched: false };
  }
  const unlisted = unlistedIdentity(statement, caller);
  if (!unlisted) {
    return noted({ element: 'NotPrincipal', matched: false }, 'not-principal-listed');
  }
  return noted(
    { element: 'NotPrincipal', matched: true, kind: 'star' },
    'not-principal-unlisted',
    unlisted.arn,
  );
}
