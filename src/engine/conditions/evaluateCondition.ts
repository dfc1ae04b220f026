/**
 * One condition clause (one operator × one key × its values), compiled once and evaluated per request.
 * Rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html.
 */
import type { ConditionClause, PolicyVersion } from '../types';
import { compileArnConditionPattern } from '../match/arn';
import { compileWildcard, compileWildcardParts, type Matcher, type PatternPart } from '../match/wildcard';
import { normalizeKey, type RequestContext } from '../context/requestContext';
import { parseOperator, type Comparison, type ParsedOperator } from './operators';
import { compileTemplate, partsKey, resolveTemplate, resolveTemplateParts, type Template } from './variables';
import {
  bytesEqual,
  cidrContains,
  compareDecimal,
  decodeBase64,
  parseCidr,
  parseDate,
  parseDecimal,
  parseIp,
} from './values';

export interface ConditionResult {
  readonly matched: boolean;
  /** The request's values for the key; `null` when the key is not in the request. */
  readonly requestValues: readonly string[] | null;
  /** The policy value (as written) that matched a request value, when one did. */
  readonly matchedValue?: string;
  readonly reason?: string;
}

export interface CompiledCondition {
  readonly clause: ConditionClause;
  /** `undefined` for an operator AWS does not know; such a condition never matches. */
  readonly operator: ParsedOperator | undefined;
  /** Lower-cased key name. */
  readonly key: string;
  /** Lower-cased keys referenced as `${…}` policy variables in the values. */
  readonly variables: readonly string[];
  /**
   * Whether the values were read as templates (Version 2012-10-17 and an operator that takes
   * variables): `${*}` is then a literal `*`, and the same text under another Version is not.
   */
  readonly templated: boolean;
  evaluate(ctx: RequestContext): ConditionResult;
}

/** Returns the policy value (as written) matching request value `r`, or undefined. Un-negated. */
type AnyMatcher = (r: string, ctx: RequestContext) => string | undefined;

export function compileCondition(
  clause: ConditionClause,
  version: PolicyVersion | undefined,
): CompiledCondition {
  const op = parseOperator(clause.operator);
  const key = normalizeKey(clause.key);
  if (!op) {
    const reason = `unknown condition operator "${clause.operator}"`;
    return {
      clause,
      operator: undefined,
      key,
      variables: [],
      templated: false,
      evaluate: (ctx) => ({ matched: false, requestValues: ctx.getNormalized(key) ?? null, reason }),
    };
  }
  // Variables are substituted only under Version 2012-10-17; otherwise `${…}` is literal text (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
  const useVariables = version === '2012-10-17' && op.variables;
  const templates = clause.values.map((v) => (useVariables ? compileTemplate(v) : literal(v)));
  const variables = [
    ...new Set(
      templates.flatMap((t) =>
        t.kind === 'parts' ? t.parts.flatMap((p) => ('variable' in p ? [p.variable] : [])) : [],
      ),
    ),
  ];
  const evaluate =
    op.family === 'Null' ? compileNull(clause, key) : compileGeneral(clause, key, op, templates);
  return { clause, operator: op, key, variables, templated: useVariables, evaluate };
}

function literal(text: string): Template {
  return { kind: 'literal', text };
}

function compileNull(clause: ConditionClause, key: string): (ctx: RequestContext) => ConditionResult {
  // "true": the key is absent; "false": present and not null. An empty list counts as absent.
  const wanted = clause.values.map((v) => v.toLowerCase());
  const absent = `${clause.key} is absent`;
  const present = `${clause.key} is present`;
  return (ctx) => {
    const values = ctx.getNormalized(key);
    const isNull = values === undefined || values.length === 0;
    const hit = clause.values.find((_, i) => wanted[i] === (isNull ? 'true' : 'false'));
    const reason = isNull ? absent : present;
    const base = { matched: hit !== undefined, requestValues: values ?? null, reason };
    return hit !== undefined ? { ...base, matchedValue: hit } : base;
  };
}

function compileGeneral(
  clause: ConditionClause,
  key: string,
  op: ParsedOperator,
  templates: readonly Template[],
): (ctx: RequestContext) => ConditionResult {
  const matchAny = compileMatcher(op, clause.values, templates);
  const k = clause.key;
  const missingResult = (values: readonly string[] | undefined): ConditionResult => {
    const requestValues = values ?? null;
    const what = values === undefined ? `${k} is not in the request` : `${k} is empty`;
    if (op.ifExists) return { matched: true, requestValues, reason: `${what}; …IfExists passes` };
    if (op.set === 'ForAllValues')
      return { matched: true, requestValues, reason: `${what}; ForAllValues is vacuously true` };
    if (op.set === 'ForAnyValue')
      return { matched: false, requestValues, reason: `${what}; ForAnyValue needs a value` };
    return op.negated
      ? { matched: true, requestValues, reason: `${what}; a negated operator matches a missing key` }
      : { matched: false, requestValues, reason: `${what}` };
  };

  // The key is absent from most requests a landing zone's SCP and RCP conditions see (…IfExists):
  // that answer is the same every time, so it is built once.
  const absent = missingResult(undefined);
  return (ctx) => {
    const values = ctx.getNormalized(key);
    if (values === undefined) return absent;
    if (values.length === 0) return missingResult(values);

    if (op.set === undefined) {
      // Without a set qualifier a multivalued key matches when ANY of its values matches; a negated
      // operator is the exact complement (no value matches any policy value). AWS only documents
      // single values here and recommends set operators for lists.
      let hit: string | undefined;
      for (const r of values) {
        hit = matchAny(r, ctx);
        if (hit !== undefined) break;
      }
      if (op.negated) {
        return hit === undefined
          ? { matched: true, requestValues: values, reason: `no policy value matches (${op.base})` }
          : {
              matched: false,
              requestValues: values,
              matchedValue: hit,
              reason: `request value matches ${hit}`,
            };
      }
      return hit === undefined
        ? { matched: false, requestValues: values, reason: 'no policy value matches' }
        : { matched: true, requestValues: values, matchedValue: hit, reason: `matches ${hit}` };
    }

    // Per request value: positive → matches some policy value; negated → matches none of them.
    if (op.set === 'ForAllValues') {
      let lastHit: string | undefined;
      for (const r of values) {
        const hit = matchAny(r, ctx);
        if (op.negated ? hit !== undefined : hit === undefined) {
          const reason = op.negated
            ? `request value "${r}" matches ${hit ?? ''}`
            : `request value "${r}" matches no policy value`;
          return withHit({ matched: false, requestValues: values, reason }, hit);
        }
        lastHit = hit ?? lastHit;
      }
      return withHit(
        { matched: true, requestValues: values, reason: 'every request value qualifies' },
        lastHit,
      );
    }
    for (const r of values) {
      const hit = matchAny(r, ctx);
      if (op.negated ? hit === undefined : hit !== undefined) {
        const reason = op.negated
          ? `request value "${r}" matches no policy value`
          : `request value "${r}" matches ${hit ?? ''}`;
        return withHit({ matched: true, requestValues: values, reason }, hit);
      }
    }
    return { matched: false, requestValues: values, reason: 'no request value qualifies' };
  };
}

function withHit(r: ConditionResult, hit: string | undefined): ConditionResult {
  return hit === undefined ? r : { ...r, matchedValue: hit };
}

function compileMatcher(
  op: ParsedOperator,
  raws: readonly string[],
  templates: readonly Template[],
): AnyMatcher {
  switch (op.family) {
    case 'String': {
      if (!op.like) return stringEquals(raws, templates, op.ignoreCase);
      const options = { ignoreCase: op.ignoreCase };
      return patternMatcher(
        raws,
        templates,
        (p) => compileWildcardParts(p, options),
        (s) => compileWildcard(s, options),
      );
    }
    case 'Arn':
      return patternMatcher(raws, templates, compileArnConditionPattern, compileArnConditionPattern);
    case 'Bool':
      // "true"/"false"; compared case-insensitively [inferred: JSON true and "True" both appear in the wild].
      return stringEquals(raws, templates, true);
    case 'Numeric':
      return orderedMatcher(raws, parseDecimal, compareDecimal, op.comparison);
    case 'Date':
      return orderedMatcher(raws, parseDate, (a, b) => a - b, op.comparison);
    case 'IpAddress': {
      const cidrs = raws.map((raw) => ({ raw, cidr: parseCidr(raw) }));
      return (r) => {
        const ip = parseIp(r);
        if (!ip) return undefined;
        return cidrs.find((c) => c.cidr !== undefined && cidrContains(c.cidr, ip))?.raw;
      };
    }
    case 'Binary': {
      const decoded = raws.map((raw) => ({ raw, bytes: decodeBase64(raw) }));
      // Request values are carried as base64 too; compare decoded bytes, or the text when either is not base64.
      return (r) => {
        const rb = decodeBase64(r);
        return decoded.find((d) => (d.bytes && rb ? bytesEqual(d.bytes, rb) : d.raw === r))?.raw;
      };
    }
    case 'Null':
      return () => undefined;
  }
}

function lookupIn(ctx: RequestContext): (k: string) => string | undefined {
  return (k) => ctx.variable(k);
}

function stringEquals(
  raws: readonly string[],
  templates: readonly Template[],
  ignoreCase: boolean,
): AnyMatcher {
  const fold = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const fixed = new Map<string, string>();
  const dynamic: { raw: string; t: Template }[] = [];
  templates.forEach((t, i) => {
    const raw = raws[i] as string;
    if (t.kind === 'literal') {
      if (!fixed.has(fold(t.text))) fixed.set(fold(t.text), raw);
    } else dynamic.push({ raw, t });
  });
  return (r, ctx) => {
    const fr = fold(r);
    const hit = fixed.get(fr);
    if (hit !== undefined || dynamic.length === 0) return hit;
    const lookup = lookupIn(ctx);
    for (const d of dynamic) {
      // An unresolved variable makes this policy value match nothing (variables page).
      const v = resolveTemplate(d.t, lookup);
      if (v !== undefined && fold(v) === fr) return d.raw;
    }
    return undefined;
  };
}

const CACHE_LIMIT = 64;

function patternMatcher(
  raws: readonly string[],
  templates: readonly Template[],
  fromParts: (p: readonly PatternPart[]) => Matcher,
  fromString: (s: string) => Matcher,
): AnyMatcher {
  const entries = templates.map((t, i) => {
    const raw = raws[i] as string;
    if (t.kind === 'literal') return { raw, fixed: fromString(t.text) };
    // Substituted values change per request; memoise the few distinct ones a simulation sees.
    const cache = new Map<string, Matcher>();
    const dynamicMatcher = (ctx: RequestContext): Matcher | undefined => {
      const parts = resolveTemplateParts(t, lookupIn(ctx));
      if (!parts) return undefined;
      const ck = partsKey(parts);
      let m = cache.get(ck);
      if (!m) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        m = fromParts(parts);
        cache.set(ck, m);
      }
      return m;
    };
    return { raw, dynamicMatcher };
  });
  return (r, ctx) => {
    for (const e of entries) {
      const m = 'fixed' in e ? e.fixed : e.dynamicMatcher(ctx);
      if (m?.(r)) return e.raw;
    }
    return undefined;
  };
}

function orderedMatcher<T>(
  raws: readonly string[],
  parse: (s: string) => T | undefined,
  compare: (a: T, b: T) => number,
  comparison: Comparison,
): AnyMatcher {
  const policy = raws.map((raw) => ({ raw, v: parse(raw) }));
  const ok = (c: number): boolean => {
    switch (comparison) {
      case 'eq':
        return c === 0;
      case 'lt':
        return c < 0;
      case 'lte':
        return c <= 0;
      case 'gt':
        return c > 0;
      case 'gte':
        return c >= 0;
    }
  };
  return (r) => {
    const rv = parse(r);
    if (rv === undefined) return undefined;
    for (const p of policy) if (p.v !== undefined && ok(compare(rv, p.v))) return p.raw;
    return undefined;
  };
}
