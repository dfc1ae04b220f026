/**
 * Condition operator names and the value formats each family accepts.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

const FAMILIES: Record<string, OperatorFamily> = {
  StringEquals: 'string',
  StringNotEquals: 'string',
  StringEqualsIgnoreCase: 'string',
  StringNotEqualsIgnoreCase: 'string',
  StringLike: 'string',
  StringNotLike: 'string',
  NumericEquals: 'numeric',
  NumericNotEquals: 'numeric',
  NumericLessThan: 'numeric',
  NumericLessThanEquals: 'numeric',
  NumericGreaterThan: 'numeric',
  NumericGreaterThanEquals: 'numeric',
  DateEquals: 'date',
  DateNotEquals: 'date',
  DateLessThan: 'date',
  DateLessThanEquals: 'date',
  DateGreaterThan: 'date',
  DateGreaterThanEquals: 'date',
  Bool: 'bool',
  BinaryEquals: 'binary',
  IpAddress: 'ip',
  NotIpAddress: 'ip',
  ArnEquals: 'arn',
  ArnNotEquals: 'arn',
  ArnLike: 'arn',
  ArnNotLike: 'arn',
  Null: 'null',
};
const BASE_OPERATORS = Object.keys(FAMILIES);
const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];

export interface ParsedOperator {
  qualifier: SetQualifier | undefined;
  base: string;
  family: OperatorFamily;
  ifExists: boolean;
}

/** Splits `ForAnyValue:StringLikeIfExists` into its parts; operator names are matched exactly. */
export function parseOperator(operator: string): ParsedOperator | undefined {
  const colon = operator.indexOf(':');
  const qualifier = colon < 0 ? undefined : operator.slice(0, colon);
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier as SetQualifier)) return undefined;
  let base = colon < 0 ? operator : operator.slice(colon + 1);
  const ifExists = base.endsWith('IfExists');
  if (ifExists) base = base.slice(0, -'IfExists'.length);
  // hasOwn, so that "constructor" or "toString" never pass for operators.
  const family = Object.hasOwn(FAMILIES, base) ? FAMILIES[base] : undefined;
  if (family === undefined) return undefined;
  return { qualifier: qualifier as SetQualifier | undefined, base, family, ifExists };
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

export function isNumericText(value: string): boolean {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value);
}

const ISO_DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** W3C ISO 8601 (the subset AWS shows: date, or date and time with optional zone) or epoch seconds. */
export function isDateText(value: string): boolean {
  if (/^\d+$/.test(value)) return true;
  const m = ISO_DATE_RE.exec(value);
  if (m === null) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? 0));
  return (
    month !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day !== undefined &&
    day >= 1 &&
    day <= 31 &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 60
  );
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string | undefined): string[] =>
    half === undefined || half === '' ? [] : half.split(':');
  const all = [...groups(halves[0]), ...groups(halves[1])];
  let width = 0;
  for (let i = 0; i < all.length; i++) {
    const group = all[i] ?? '';
    if (i === all.length - 1 && group.includes('.')) {
      if (!isIpv4(group)) return false;
      width += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
      width += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? width < 8 : width === 8;
}

/** An IPv4 or IPv6 address, optionally with a CIDR prefix length; a bare address means /32 or /128. */
export function isIpText(value: string): boolean {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  const prefix = slash < 0 ? undefined : value.slice(slash + 1);
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return false;
  if (isIpv4(address)) return prefix === undefined || Number(prefix) <= 32;
  if (isIpv6(address)) return prefix === undefined || Number(prefix) <= 128;
  return false;
}
