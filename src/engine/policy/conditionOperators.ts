/**
 * Condition operator names and the value formats each family accepts.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

import {
  BASE_OPERATORS,
  parseOperator as parseEvaluatorOperator,
  type OperatorFamily as EvaluatorFamily,
  type SetQualifier,
} from '../conditions/operators';
import { parseCidr, parseDate, parseDecimal } from '../conditions/values';

export type { SetQualifier };
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** The evaluator's operator table is the one source of truth; the validator speaks of families in lower case. */
const FAMILY: Record<EvaluatorFamily, OperatorFamily> = {
  String: 'string',
  Numeric: 'numeric',
  Date: 'date',
  Bool: 'bool',
  Binary: 'binary',
  IpAddress: 'ip',
  Arn: 'arn',
  Null: 'null',
};
const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];

export interface ParsedOperator {
  qualifier: SetQualifier | undefined;
  base: string;
  family: OperatorFamily;
  ifExists: boolean;
}

/**
 * Splits `ForAnyValue:StringLikeIfExists` into its parts; operator names are matched exactly. `Null`
 * with `IfExists` or a set qualifier comes back as such, so the caller can say what is wrong with it.
 */
export function parseOperator(operator: string): ParsedOperator | undefined {
  const colon = operator.indexOf(':');
  const qualifier = colon < 0 ? undefined : operator.slice(0, colon);
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier as SetQualifier)) return undefined;
  const rest = colon < 0 ? operator : operator.slice(colon + 1);
  if (rest === 'NullIfExists' || (rest === 'Null' && qualifier !== undefined)) {
    return {
      qualifier: qualifier as SetQualifier | undefined,
      base: 'Null',
      family: 'null',
      ifExists: rest !== 'Null',
    };
  }
  const parsed = parseEvaluatorOperator(operator);
  if (!parsed) return undefined;
  return {
    qualifier: parsed.set,
    base: parsed.base,
    family: FAMILY[parsed.family],
    ifExists: parsed.ifExists,
  };
}

/** Rebuilds a near-miss operator with the right spelling, part by part, or gives up. */
export function suggestOperator(
  operator: string,
  suggest: (name: string, candidates: readonly string[]) => string | undefined,
): string | undefined {
  const colon = operator.indexOf(':');
  let qualifier = '';
  if (colon >= 0) {
    const fixed = suggest(operator.slice(0, colon), QUALIFIERS);
    if (fixed === undefined) return undefined;
    qualifier = `${fixed}:`;
  }
  let base = colon < 0 ? operator : operator.slice(colon + 1);
  let suffix = '';
  if (base.toLowerCase().endsWith('ifexists')) {
    base = base.slice(0, -'IfExists'.length);
    suffix = 'IfExists';
  }
  const fixedBase = suggest(base, BASE_OPERATORS);
  if (fixedBase === undefined) return undefined;
  const candidate = `${qualifier}${fixedBase}${suffix}`;
  return candidate === operator ? undefined : candidate;
}

/**
 * Global keys that carry several values. Every other `aws:` key is single-valued. Source:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
const MULTIVALUED_GLOBAL_KEYS = new Set([
  'aws:tagkeys',
  'aws:principalservicenameslist',
  'aws:calledvia',
  'aws:principalorgpaths',
  'aws:sourceorgpaths',
  'aws:resourceorgpaths',
]);

/** Only global keys are known here; service keys (s3:..., dynamodb:...) are given the benefit of the doubt. */
export function isKnownSingleValuedKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.startsWith('aws:') && !MULTIVALUED_GLOBAL_KEYS.has(lower);
}

export function isBooleanText(value: string): boolean {
  const lower = value.toLowerCase();
  return lower === 'true' || lower === 'false';
}

/** Values are checked with the evaluator's own parsers, so what passes here is what evaluation reads. */
export function isNumericText(value: string): boolean {
  return parseDecimal(value) !== undefined;
}

/** W3C ISO 8601 or epoch seconds, as the Date operators compare them. */
export function isDateText(value: string): boolean {
  return parseDate(value) !== undefined;
}

/** An IPv4 or IPv6 address, optionally with a CIDR prefix length; a bare address means /32 or /128. */
export function isIpText(value: string): boolean {
  return parseCidr(value) !== undefined;
}
