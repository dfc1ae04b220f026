/**
 * Request bundles: one request with every policy that takes part, in a shape other engines can read
 * too (see docs/evaluation.md). Loading validates the shape field by field and parses every policy;
 * a bundle with a broken policy is reported, not evaluated, since AWS would refuse to save that policy.
 */
import { ANONYMOUS } from '../context/principal';
import { parsePolicyValue } from '../policy/parsePolicy';
import type { ContextValue, Diagnostic, PolicyKind } from '../types';
import { compilePolicy, type CompiledPolicy } from './compilePolicy';
import { describeResource } from './describe';
import { isTrustAction, type CompiledInputs } from './evaluateRequest';
import type { EvaluationRequest, OrgLevel, PrincipalFacts } from './types';

export interface BundleProblem {
  /** Where in the bundle: `request.action`, `identityPolicies[1]`, `serviceControlPolicies[0].policies[2]`. */
  field: string;
  message: string;
  /** For problems inside a policy: the diagnostic, its range in the policy pretty-printed with 2 spaces. */
  diagnostic?: Diagnostic;
}

export interface LoadedBundle {
  request?: EvaluationRequest;
  inputs: CompiledInputs;
  principal?: PrincipalFacts;
  problems: BundleProblem[];
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadBundle(value: unknown, resourcePolicyKind?: PolicyKind): LoadedBundle {
  const problems: BundleProblem[] = [];
  const inputs: CompiledInputs = {};
  if (!isObject(value)) {
    problems.push({ field: '(bundle)', message: 'a bundle must be a JSON object with a "request"' });
    return { inputs, problems };
  }
  const request = readRequest(value.request, problems);
  // From the raw request too, so a mistake elsewhere in it does not misread the resource policy's kind.
  const raw = isObject(value.request) ? value.request.action : undefined;
  const action = (request?.action ?? (typeof raw === 'string' ? raw : '')).toLowerCase();
  const rbpKind = resourcePolicyKind ?? (isTrustAction(action) ? 'trust' : 'resource');

  const policy = (v: unknown, field: string, kind: PolicyKind): CompiledPolicy | undefined => {
    const named = isObject(v) && 'policy' in v && !('Statement' in v);
    const document = named ? v.policy : v;
    const name = named && typeof v.name === 'string' ? v.name : field;
    const parsed = parsePolicyValue(document, kind);
    for (const d of parsed.diagnostics) {
      if (d.severity === 'error') {
        problems.push({
          field,
          message: `${d.code} at line ${d.range.start.line}:${d.range.start.column}: ${d.message}`,
          diagnostic: d,
        });
      }
    }
    return parsed.policy ? compilePolicy(parsed.policy, kind, name, parsed.diagnostics) : undefined;
  };
  const list = (field: string, kind: PolicyKind): CompiledPolicy[] | undefined => {
    const v = value[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      problems.push({ field, message: 'must be an array of policies' });
      return undefined;
    }
    return v.flatMap((p, i) => policy(p, `${field}[${i}]`, kind) ?? []);
  };
  const levels = (field: string, kind: PolicyKind): OrgLevel<CompiledPolicy>[] | undefined => {
    const v = value[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      problems.push({
        field,
        message: 'must be an array of organization levels { "orgIdentifier", "policies" }',
      });
      return undefined;
    }
    return v.flatMap((level, i) => {
      const at = `${field}[${i}]`;
      if (!isObject(level) || typeof level.orgIdentifier !== 'string' || !Array.isArray(level.policies)) {
        problems.push({ field: at, message: 'must be { "orgIdentifier": string, "policies": [...] }' });
        return [];
      }
      const policies = level.policies.flatMap((p, j) => policy(p, `${at}.policies[${j}]`, kind) ?? []);
      return [{ orgIdentifier: level.orgIdentifier, policies }];
    });
  };

  const identityPolicies = list('identityPolicies', 'identity');
  if (identityPolicies) inputs.identityPolicies = identityPolicies;
  if (value.resourcePolicy !== undefined) {
    const compiled = policy(value.resourcePolicy, 'resourcePolicy', rbpKind);
    if (
      compiled &&
      request &&
      !(isObject(value.resourcePolicy) && typeof value.resourcePolicy.name === 'string')
    ) {
      compiled.name = describeResource(request.resource.resource);
    }
    if (compiled) inputs.resourcePolicy = compiled;
  }
  const boundaries = list('permissionBoundaries', 'boundary');
  if (boundaries) inputs.permissionBoundaries = boundaries;
  // One inline session policy, or several (the inline one and managed ones passed by ARN).
  const sessionPolicies = list('sessionPolicies', 'session') ?? [];
  if (value.sessionPolicy !== undefined) {
    const compiled = policy(value.sessionPolicy, 'sessionPolicy', 'session');
    if (compiled) sessionPolicies.unshift(compiled);
  }
  if (sessionPolicies.length > 0) inputs.sessionPolicies = sessionPolicies;
  const scps = levels('serviceControlPolicies', 'scp');
  if (scps) inputs.serviceControlPolicies = scps;
  const rcps = levels('resourceControlPolicies', 'rcp');
  if (rcps) inputs.resourceControlPolicies = rcps;

  const principal = readPrincipalFacts(value.principalFacts, problems);
  const loaded: LoadedBundle = { inputs, problems };
  if (request) loaded.request = request;
  if (principal) loaded.principal = principal;
  return loaded;
}

function readRequest(v: unknown, problems: BundleProblem[]): EvaluationRequest | undefined {
  if (!isObject(v)) {
    problems.push({
      field: 'request',
      message: 'is required: { "principal", "action", "resource": { "resource" } }',
    });
    return undefined;
  }
  const text = (field: string, x: unknown): string | undefined => {
    if (typeof x === 'string' && x !== '') return x;
    problems.push({ field: `request.${field}`, message: 'must be a non-empty string' });
    return undefined;
  };
  const principal = readPrincipal(v.principal, problems);
  const action = text('action', v.action);
  let resource: EvaluationRequest['resource'] | undefined;
  if (typeof v.resource === 'string') resource = { resource: v.resource };
  else if (isObject(v.resource)) {
    const arn = text('resource.resource', v.resource.resource);
    if (arn !== undefined) {
      resource = { resource: arn };
      if (v.resource.accountId !== undefined) {
        if (typeof v.resource.accountId === 'string' && /^\d{12}$/.test(v.resource.accountId)) {
          resource.accountId = v.resource.accountId;
        } else
          problems.push({ field: 'request.resource.accountId', message: 'must be a 12-digit account id' });
      }
    }
  } else
    problems.push({
      field: 'request.resource',
      message: 'must be { "resource": ARN, "accountId"?: string }',
    });
  const context = readContext(v.context, problems);
  if (principal === undefined || action === undefined || resource === undefined) return undefined;
  const request: EvaluationRequest = { principal, action, resource };
  if (context) request.context = context;
  return request;
}

/**
 * A principal ARN (or service principal, or provider), or exactly `{"type": "Anonymous"}` for an
 * unsigned request; the words "anonymous" and "*" are not taken, so a caller is never anonymous by a typo.
 */
function readPrincipal(x: unknown, problems: BundleProblem[]): string | undefined {
  if (typeof x === 'string' && x !== '' && x !== ANONYMOUS && x !== '*') return x;
  if (isObject(x) && x.type === 'Anonymous' && Object.keys(x).length === 1) return ANONYMOUS;
  problems.push({
    field: 'request.principal',
    message: 'must be a principal ARN, or {"type": "Anonymous"} for an unsigned (anonymous) request',
  });
  return undefined;
}

function readContext(v: unknown, problems: BundleProblem[]): Record<string, ContextValue> | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) {
    problems.push({ field: 'request.context', message: 'must be an object of condition keys to values' });
    return undefined;
  }
  const scalar = (x: unknown): x is string | number | boolean =>
    typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  const context: Record<string, ContextValue> = Object.create(null) as Record<string, ContextValue>;
  for (const [key, x] of Object.entries(v)) {
    if (scalar(x)) context[key] = x;
    else if (Array.isArray(x) && x.every(scalar)) context[key] = x;
    else
      problems.push({
        field: `request.context.${key}`,
        message: 'must be a string, number, boolean or an array of them',
      });
  }
  return context;
}

function readPrincipalFacts(v: unknown, problems: BundleProblem[]): PrincipalFacts | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) {
    problems.push({ field: 'principalFacts', message: 'must be an object' });
    return undefined;
  }
  const facts: PrincipalFacts = {};
  const str = (k: 'rolePath' | 'userId' | 'orgId') => {
    const x = v[k];
    if (x === undefined) return;
    if (typeof x === 'string') facts[k] = x;
    else problems.push({ field: `principalFacts.${k}`, message: 'must be a string' });
  };
  str('rolePath');
  str('userId');
  str('orgId');
  if (Array.isArray(v.orgPaths) && v.orgPaths.every((p) => typeof p === 'string'))
    facts.orgPaths = v.orgPaths;
  if (isObject(v.tags))
    facts.tags = Object.fromEntries(Object.entries(v.tags).map(([k, x]) => [k, String(x)]));
  if (typeof v.serviceLinkedRole === 'boolean') facts.serviceLinkedRole = v.serviceLinkedRole;
  return facts;
}
