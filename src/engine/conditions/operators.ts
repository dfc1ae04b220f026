/**
 * Condition operator names (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 * The AWS pages never say operator names are case-insensitive (only key names are), so only the exact
 * documented spelling is accepted; anything else is `undefined` and the caller reports it.
 */

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';
export type Comparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface ParsedOperator {
  /** The operator as written, e.g. `ForAnyValue:StringNotLikeIfExists`. */
  readonly name: string;
  /** The canonical operator without set qualifier and `IfExists`, e.g. `StringNotLike`. */
  readonly base: string;
  readonly family: OperatorFamily;
  /** `Not…` operators: true when the request value matches none of the policy values. */
  readonly negated: boolean;
  readonly ifExists: boolean;
  readonly set?: SetQualifier;
  readonly ignoreCase: boolean;
  /** Wildcards `*`/`?` are active in policy values (String*Like, Arn*). */
  readonly like: boolean;
  /** How a request value is compared with one policy value, before negation. */
  readonly comparison: Comparison;
  /** Whether policy variables are substituted in this operator's values (Version 2012-10-17 only). */
  readonly variables: boolean;
}

interface BaseSpec {
  readonly family: OperatorFamily;
  readonly negated: boolean;
  readonly ignoreCase: boolean;
  readonly like: boolean;
  readonly comparison: Comparison;
}

function spec(
  family: OperatorFamily,
  negated: boolean,
  comparison: Comparison = 'eq',
  extra: Partial<BaseSpec> = {},
): BaseSpec {
  return { family, negated, comparison, ignoreCase: false, like: false, ...extra };
}

const ORDERED = (family: 'Numeric' | 'Date'): [string, BaseSpec][] => [
  [`${family}Equals`, spec(family, false)],
  [`${family}NotEquals`, spec(family, true)],
  [`${family}LessThan`, spec(family, false, 'lt')],
  [`${family}LessThanEquals`, spec(family, false, 'lte')],
  [`${family}GreaterThan`, spec(family, false, 'gt')],
  [`${family}GreaterThanEquals`, spec(family, false, 'gte')],
];

const BASES: ReadonlyMap<string, BaseSpec> = new Map<string, BaseSpec>([
  ['StringEquals', spec('String', false)],
  ['StringNotEquals', spec('String', true)],
  ['StringEqualsIgnoreCase', spec('String', false, 'eq', { ignoreCase: true })],
  ['StringNotEqualsIgnoreCase', spec('String', true, 'eq', { ignoreCase: true })],
  ['StringLike', spec('String', false, 'eq', { like: true })],
  ['StringNotLike', spec('String', true, 'eq', { like: true })],
  ...ORDERED('Numeric'),
  ...ORDERED('Date'),
  ['Bool', spec('Bool', false)],
  ['BinaryEquals', spec('Binary', false)],
  ['IpAddress', spec('IpAddress', false)],
  ['NotIpAddress', spec('IpAddress', true)],
  // "ArnEquals and ArnLike behave identically" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN): both get wildcard matching.
  ['ArnEquals', spec('Arn', false, 'eq', { like: true })],
  ['ArnLike', spec('Arn', false, 'eq', { like: true })],
  ['ArnNotEquals', spec('Arn', true, 'eq', { like: true })],
  ['ArnNotLike', spec('Arn', true, 'eq', { like: true })],
  ['Null', spec('Null', false)],
]);

/**
 * Families whose values take policy variables. String and ARN per the variables page. Bool: the
 * operators page says "Policy variables – Supported" under Boolean while the variables page lists only
 * String and ARN; we follow the operators page, the more specific source — a variable that resolves
 * to "true"/"false" then compares as written, and an unresolved one fails like any other value.
 */
const VARIABLE_FAMILIES: ReadonlySet<OperatorFamily> = new Set<OperatorFamily>(['String', 'Arn', 'Bool']);

const IF_EXISTS = 'IfExists';

export function parseOperator(op: string): ParsedOperator | undefined {
  let rest = op;
  let set: SetQualifier | undefined;
  if (rest.startsWith('ForAllValues:')) {
    set = 'ForAllValues';
    rest = rest.slice('ForAllValues:'.length);
  } else if (rest.startsWith('ForAnyValue:')) {
    set = 'ForAnyValue';
    rest = rest.slice('ForAnyValue:'.length);
  }
  let ifExists = false;
  if (rest.endsWith(IF_EXISTS) && rest.length > IF_EXISTS.length) {
    ifExists = true;
    rest = rest.slice(0, -IF_EXISTS.length);
  }
  const b = BASES.get(rest);
  if (!b) return undefined;
  // "…IfExists — valid on any operator except Null"; a set qualifier on Null has no documented meaning.
  if (b.family === 'Null' && (ifExists || set !== undefined)) return undefined;
  return {
    name: op,
    base: rest,
    family: b.family,
    negated: b.negated,
    ifExists,
    ...(set !== undefined ? { set } : {}),
    ignoreCase: b.ignoreCase,
    like: b.like,
    comparison: b.comparison,
    variables: VARIABLE_FAMILIES.has(b.family),
  };
}

/** Every base operator name, for completion lists and diagnostics. */
export const BASE_OPERATORS: readonly string[] = [...BASES.keys()];
