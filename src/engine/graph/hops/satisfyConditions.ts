/**
 * Conditional edges: when a hop is denied only because of conditions on keys the caller brings to the
 * request (an ExternalId, MFA, a source IP, session tags…), find a context that satisfies them and
 * name those conditions. That covers both sides of AWS's logic: an Allow whose conditions the request
 * must meet, and a Deny whose conditions the request must fail ("deny unless MFA", "deny outside
 * these IPs": a Deny applies only when every condition matches,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 * Keys that describe who the caller is or what the resource is cannot be chosen by the caller, so a
 * condition on them never makes an edge conditional.
 */
import { parseOperator, type ParsedOperator } from '../../conditions/operators';
import type { CompiledPolicy, CompiledStatement } from '../../evaluate/compilePolicy';
import type { StatementHit } from '../../evaluate/evaluatePolicy';
import type { ConditionTrace, EvaluationResult, PolicyTrace, StatementTrace } from '../../evaluate/types';
import type { ContextValue } from '../../types';
import type { EdgeCondition } from '../types';

const FIXED_PREFIXES = [
  'aws:principal',
  'aws:username',
  'aws:userid',
  'aws:resource',
  'aws:sourceidentity',
  'iam:resourcetag/',
  'aws:federatedprovider',
];

export interface Controllability {
  /** Whether the caller can present MFA on this hop (users with a device; never after chaining). */
  mfa: boolean;
  /** Keys fixed by the hop itself (e.g. the IRSA token's sub/aud, Pod Identity session tags). */
  fixed?: ReadonlySet<string>;
}

export function callerControls(key: string, how: Controllability): boolean {
  const k = key.toLowerCase();
  if (how.fixed?.has(k)) return false;
  if (k.startsWith('aws:multifactorauth')) return how.mfa;
  return !FIXED_PREFIXES.some((p) => k.startsWith(p));
}

const LABELS: [RegExp, string][] = [
  [/^sts:externalid$/i, 'ExternalId'],
  [/^aws:multifactorauth/i, 'MFA'],
  [/^aws:sourceip$/i, 'source IP'],
  [/^aws:sourcevpce?$/i, 'VPC'],
  [/^sts:rolesessionname$/i, 'session name'],
  [/^sts:sourceidentity$/i, 'source identity'],
  [/^(aws:requesttag\/|aws:tagkeys$|sts:transitivetagkeys$)/i, 'tags'],
  [/^saml:/i, 'SAML'],
  [/:sub$/i, 'sub'],
  [/:aud$/i, 'aud'],
  [/^aws:(currenttime|epochtime)$/i, 'time'],
  [/^aws:source(account|arn|orgid|orgpaths)$/i, 'source'],
  [/^aws:principal/i, 'principal'],
];

export function conditionLabel(key: string): string {
  return LABELS.find(([re]) => re.test(key))?.[1] ?? key;
}

/** A request value that makes one policy value match, for the operator (before negation). */
function witness(op: ParsedOperator, value: string): string | undefined {
  if (op.negated) return `not-${value}`.replace(/[*?]/g, 'x');
  switch (op.family) {
    case 'String':
    case 'Arn':
      return op.like ? value.replace(/[*?]/g, 'x') : value;
    case 'Bool':
      return value.toLowerCase();
    case 'Numeric': {
      const n = Number(value);
      if (!Number.isFinite(n)) return undefined;
      return String(op.comparison === 'lt' ? n - 1 : op.comparison === 'gt' ? n + 1 : n);
    }
    case 'Date': {
      const t = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
      if (!Number.isFinite(t)) return undefined;
      const ms = op.comparison === 'lt' ? t - 1000 : op.comparison === 'gt' ? t + 1000 : t;
      return new Date(ms).toISOString().replace('.000Z', 'Z');
    }
    case 'IpAddress':
      return value.split('/')[0];
    default:
      return value;
  }
}

/** Documentation addresses (RFC 5737) that sit outside a Deny's IP range. */
const OTHER_IPS = ['203.0.113.7', '198.51.100.7'];

/** A request value that makes the condition fail for every policy value: what lifts a Deny. */
function counterWitness(op: ParsedOperator, values: readonly string[]): string | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  if (op.negated) return witness({ ...op, negated: false }, first);
  switch (op.family) {
    case 'Bool':
      return values.some((v) => v.toLowerCase() === 'true') ? 'false' : 'true';
    case 'Numeric':
    case 'Date': {
      const [below, above] = [
        witness({ ...op, comparison: 'lt' }, first),
        witness({ ...op, comparison: 'gt' }, first),
      ];
      return op.comparison === 'lt' || op.comparison === 'lte' ? above : below;
    }
    case 'IpAddress':
      return OTHER_IPS.find((ip) => !values.some((v) => v.startsWith(ip.slice(0, ip.lastIndexOf('.')))));
    default:
      return `not-${values.join('-')}`.replace(/[*?]/g, 'x');
  }
}

export interface Satisfaction {
  context: Record<string, ContextValue>;
  conditions: EdgeCondition[];
}

/**
 * From a denied result's trace, the context that would satisfy the failing conditions of Allow
 * statements which otherwise apply, and fail one condition of each Deny that applies, when every such
 * condition is on a key the caller controls. Undefined when no condition can be met that way, or when
 * a Deny applies that the caller cannot lift.
 */
export function satisfyConditions(
  result: EvaluationResult,
  how: Controllability,
  documentIdOf: (policy: PolicyTrace) => string | undefined,
): Satisfaction | undefined {
  const found: Satisfaction = { context: {}, conditions: [] };
  for (const policy of result.trace.policies) {
    for (const s of policy.statements) {
      if (s.principal && !s.principal.matched) continue;
      if (!s.action.matched || !s.resource.matched) continue;
      if (s.effect === 'Allow' && !s.applies) meetAllow(s, policy, found, how, documentIdOf);
      else if (s.effect === 'Deny' && s.applies && !liftDeny(s, policy, found, how, documentIdOf))
        return undefined;
    }
  }
  return found.conditions.length > 0 ? found : undefined;
}

type Found = (
  s: StatementTrace,
  policy: PolicyTrace,
  into: Satisfaction,
  how: Controllability,
  documentIdOf: (policy: PolicyTrace) => string | undefined,
) => boolean;

const meetAllow: Found = (s, policy, into, how, documentIdOf) => {
  const failing = s.conditions.filter((c) => !c.matched);
  if (!failing.every((c) => callerControls(c.key, how))) return false;
  for (const c of failing) {
    const op = parseOperator(c.operator);
    const first = c.policyValues[0];
    if (!op || first === undefined || op.family === 'Null') {
      if (op?.family === 'Null' && first?.toLowerCase() === 'false') into.context[c.key] = 'present';
      continue;
    }
    const value = witness(op, first);
    if (value === undefined) continue;
    into.context[c.key] = op.set ? [value] : value;
    into.conditions.push(named(c, s, policy, documentIdOf));
  }
  return true;
};

/** Fails one condition of an applying Deny the caller controls; false when none can be failed. */
const liftDeny: Found = (s, policy, into, how, documentIdOf) => {
  for (const c of s.conditions) {
    if (!callerControls(c.key, how)) continue;
    const op = parseOperator(c.operator);
    if (!op) continue;
    const value =
      op.family === 'Null'
        ? c.policyValues.some((v) => v.toLowerCase() === 'true')
          ? 'present'
          : undefined
        : counterWitness(op, c.policyValues);
    if (value === undefined) continue;
    into.context[c.key] = op.set && op.family !== 'Null' ? [value] : value;
    into.conditions.push({ ...named(c, s, policy, documentIdOf), liftsDeny: true });
    return true;
  }
  return false;
};

function named(
  c: ConditionTrace,
  s: StatementTrace,
  policy: PolicyTrace,
  documentIdOf: (policy: PolicyTrace) => string | undefined,
): EdgeCondition {
  const condition: EdgeCondition = {
    key: c.key,
    operator: c.operator,
    values: c.policyValues,
    label: conditionLabel(c.key),
  };
  const documentId = documentIdOf(policy);
  if (documentId !== undefined) condition.documentId = documentId;
  if (s.range) condition.range = s.range;
  return condition;
}

/**
 * Meets what a denied request lacks: satisfies the conditions its trace names and decides again; a
 * second time when lifting a Deny can uncover an Allow's conditions (or meeting one, a Deny).
 * `decide` evaluates the request with the context added, traced or not.
 */
export function meetConditions(
  traced: EvaluationResult,
  decide: (context: Record<string, ContextValue>, trace: boolean) => EvaluationResult,
  how: Controllability,
  documentIdOf: (policy: PolicyTrace) => string | undefined,
): (Satisfaction & { result: EvaluationResult }) | undefined {
  const found: Satisfaction = { context: {}, conditions: [] };
  let trace = traced;
  for (let round = 0; round < 2; round++) {
    const more = satisfyConditions(trace, how, documentIdOf);
    if (!more) return undefined;
    Object.assign(found.context, more.context);
    found.conditions.push(...more.conditions);
    const result = decide(found.context, false);
    if (result.decision === 'Allowed') return { ...found, result };
    const uncovered = result.decision === 'ExplicitlyDenied' || more.conditions.some((c) => c.liftsDeny);
    if (!uncovered) return undefined;
    trace = decide(found.context, true);
  }
  return undefined;
}

/** Badges of one statement, by the document it sits in: the same for every edge it allows. */
const badges = new WeakMap<CompiledStatement, Map<string, EdgeCondition[]>>();

/** The conditions of the statements that allowed a hop, for badges ("sub", "tags", "ExternalId"). */
export function allowingConditions(policy: CompiledPolicy, allows: StatementHit[]): EdgeCondition[] {
  const out: EdgeCondition[] = [];
  const documentId = policy.documentId;
  for (const { statement } of allows) {
    let byDocument = badges.get(statement);
    if (!byDocument) badges.set(statement, (byDocument = new Map<string, EdgeCondition[]>()));
    let list = byDocument.get(documentId ?? '');
    if (!list) {
      list = statement.conditions.map(({ clause }) => {
        const condition: EdgeCondition = {
          key: clause.key,
          operator: clause.operator,
          values: clause.values,
          label: conditionLabel(clause.key),
        };
        if (documentId !== undefined) condition.documentId = documentId;
        if (statement.source.range) condition.range = statement.source.range;
        return condition;
      });
      byDocument.set(documentId ?? '', list);
    }
    out.push(...list);
  }
  return out;
}
