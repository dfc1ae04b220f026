/**
 * One statement: which elements it may have for each policy kind, and their normalised values.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html and the
 * per-element pages of the IAM JSON policy reference (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
 */
import type { JsonNode, JsonProperty } from '../../foundation/json/parseJson';
import type { Effect, PolicyKind, PolicyStatement, SourceRange, StatementElement } from '../types';
import { parseCondition } from './parseCondition';
import { parsePrincipal } from './parsePrincipal';
import {
  describeNode,
  element,
  indexProperties,
  readStringList,
  report,
  reportAs,
  type LocatedString,
  type PolicyCheck,
} from './policyContext';
import { validateAction, validateResource } from './validateActionResource';

const ELEMENTS: readonly StatementElement[] = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

/** Policies attached to a principal: the principal is implied, so naming one is an error. */
const PRINCIPAL_FORBIDDEN: ReadonlySet<PolicyKind> = new Set(['identity', 'boundary', 'session', 'scp']);
const PRINCIPAL_REQUIRED: ReadonlySet<PolicyKind> = new Set(['trust', 'resource', 'rcp']);
/** NotPrincipal works only in resource-based policies other than role trust policies. */
const NOT_PRINCIPAL_FORBIDDEN: ReadonlySet<PolicyKind> = new Set([
  'identity',
  'boundary',
  'session',
  'scp',
  'rcp',
  'trust',
]);
/** In a trust policy the role itself is the resource, so Resource may be left out (or written). */
const RESOURCE_OPTIONAL: ReadonlySet<PolicyKind> = new Set(['trust']);

export interface StatementResult {
  /** Absent when the statement lacks something evaluation needs (see parsePolicy). */
  statement?: PolicyStatement;
  sid?: LocatedString;
}

/** The first character of a node, where "this statement is missing X" is shown. */
function openingRange(range: SourceRange): SourceRange {
  const { start } = range;
  return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
}

function readSid(check: PolicyCheck, property: JsonProperty): LocatedString | undefined {
  const node = property.value;
  if (node.kind !== 'string') {
    report(check, 'WRONG_TYPE', node.range, element('Sid'), 'string', describeNode(node));
    return undefined;
  }
  if (!/^[A-Za-z0-9]*$/.test(node.value)) {
    // IAM enforces alphanumeric Sids; SQS, SNS and S3 accept more, so there it is only a hint.
    reportAs(
      check,
      check.kind === 'resource' ? 'info' : 'warning',
      'SID_NOT_ALPHANUMERIC',
      node.range,
      node.value,
    );
  }
  return { value: node.value, range: node.range };
}

function readEffect(
  check: PolicyCheck,
  property: JsonProperty | undefined,
  statementRange: SourceRange,
): Effect | undefined {
  if (property === undefined) {
    report(check, 'MISSING_EFFECT', openingRange(statementRange));
    return undefined;
  }
  const node = property.value;
  if (node.kind !== 'string') {
    report(check, 'WRONG_TYPE', node.range, element('Effect'), 'allowOrDeny', describeNode(node));
    return undefined;
  }
  if (node.value === 'Allow' || node.value === 'Deny') return node.value;
  const lower = node.value.trim().toLowerCase();
  const suggestion = lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : undefined;
  report(check, 'INVALID_EFFECT', node.range, node.value, suggestion);
  return undefined;
}

/** Reads a pair such as Action / NotAction, of which a statement must have exactly one. */
function readExclusivePair(
  check: PolicyCheck,
  positive: JsonProperty | undefined,
  negative: JsonProperty | undefined,
  names: readonly [StatementElement, StatementElement],
  validate: (check: PolicyCheck, value: LocatedString) => void,
): { positive?: string[]; negative?: string[] } {
  const read = (property: JsonProperty | undefined, name: string): string[] | undefined => {
    if (property === undefined) return undefined;
    const values = readStringList(check, name, property.value);
    values?.forEach((value) => validate(check, value));
    return values?.map((v) => v.value);
  };
  const result: { positive?: string[]; negative?: string[] } = {};
  const p = read(positive, names[0]);
  const n = read(negative, names[1]);
  if (p !== undefined) result.positive = p;
  if (n !== undefined) result.negative = n;
  return result;
}

export function parseStatement(
  check: PolicyCheck,
  node: JsonNode,
  index: number,
  inArray: boolean,
): StatementResult {
  if (node.kind !== 'object') {
    report(
      check,
      'WRONG_TYPE',
      node.range,
      inArray ? { kind: 'eachStatement' } : element('Statement'),
      'object',
      describeNode(node),
    );
    return {};
  }
  const props = indexProperties(check, node, ELEMENTS, (property, suggestion) =>
    report(check, 'UNKNOWN_STATEMENT_ELEMENT', property.keyRange, property.key, suggestion),
  );
  const get = (name: StatementElement): JsonProperty | undefined => props.get(name);

  const sidProperty = get('Sid');
  const sid = sidProperty === undefined ? undefined : readSid(check, sidProperty);
  const effect = readEffect(check, get('Effect'), node.range);
  let usable = effect !== undefined;

  const principalProperty = get('Principal');
  const notPrincipalProperty = get('NotPrincipal');
  const principal = principalProperty && parsePrincipal(check, 'Principal', principalProperty.value);
  const notPrincipal =
    notPrincipalProperty && parsePrincipal(check, 'NotPrincipal', notPrincipalProperty.value);
  if (principalProperty !== undefined && PRINCIPAL_FORBIDDEN.has(check.kind)) {
    report(check, 'PRINCIPAL_NOT_ALLOWED', principalProperty.keyRange, check.kind);
  }
  if (notPrincipalProperty !== undefined) {
    if (NOT_PRINCIPAL_FORBIDDEN.has(check.kind)) {
      report(check, 'NOT_PRINCIPAL_NOT_ALLOWED', notPrincipalProperty.keyRange, check.kind);
    } else if (effect === 'Allow') {
      report(check, 'NOT_PRINCIPAL_WITH_ALLOW', notPrincipalProperty.keyRange);
    }
  }
  if (
    PRINCIPAL_REQUIRED.has(check.kind) &&
    principalProperty === undefined &&
    notPrincipalProperty === undefined
  ) {
    report(check, 'MISSING_PRINCIPAL', openingRange(node.range), check.kind);
    usable = false;
  } else if (PRINCIPAL_REQUIRED.has(check.kind) && principal === undefined && notPrincipal === undefined) {
    usable = false;
  }
  if (
    check.kind === 'rcp' &&
    principal !== undefined &&
    principal.some((p) => p.type !== 'AWS' || p.value !== '*')
  ) {
    report(check, 'RCP_PRINCIPAL_NOT_WILDCARD', principalProperty?.value.range ?? node.range);
  }

  const actionProperty = get('Action');
  const notActionProperty = get('NotAction');
  const actions = readExclusivePair(
    check,
    actionProperty,
    notActionProperty,
    ['Action', 'NotAction'],
    validateAction,
  );
  if (actionProperty !== undefined && notActionProperty !== undefined) {
    report(check, 'ACTION_AND_NOT_ACTION', notActionProperty.keyRange);
    usable = false;
  } else if (actionProperty === undefined && notActionProperty === undefined) {
    report(check, 'MISSING_ACTION', openingRange(node.range));
    usable = false;
  } else if (actions.positive === undefined && actions.negative === undefined) {
    usable = false;
  }

  const resourceProperty = get('Resource');
  const notResourceProperty = get('NotResource');
  const resources = readExclusivePair(
    check,
    resourceProperty,
    notResourceProperty,
    ['Resource', 'NotResource'],
    validateResource,
  );
  if (resourceProperty !== undefined && notResourceProperty !== undefined) {
    report(check, 'RESOURCE_AND_NOT_RESOURCE', notResourceProperty.keyRange);
    usable = false;
  } else if (
    resourceProperty === undefined &&
    notResourceProperty === undefined &&
    !RESOURCE_OPTIONAL.has(check.kind)
  ) {
    report(check, 'MISSING_RESOURCE', openingRange(node.range), check.kind);
    usable = false;
  } else if (
    (resourceProperty ?? notResourceProperty) !== undefined &&
    resources.positive === undefined &&
    resources.negative === undefined
  ) {
    usable = false;
  }

  const conditionProperty = get('Condition');
  const condition = conditionProperty === undefined ? [] : parseCondition(check, conditionProperty.value);

  const result: StatementResult = {};
  if (sid !== undefined) result.sid = sid;
  if (!usable || effect === undefined) return result;
  const statement: PolicyStatement = { index, effect, condition, range: node.range };
  if (sid !== undefined) statement.sid = sid.value;
  if (principal !== undefined) statement.principal = principal;
  if (notPrincipal !== undefined) statement.notPrincipal = notPrincipal;
  if (actions.positive !== undefined) statement.action = actions.positive;
  if (actions.negative !== undefined) statement.notAction = actions.negative;
  if (resources.positive !== undefined) statement.resource = resources.positive;
  if (resources.negative !== undefined) statement.notResource = resources.negative;
  result.statement = statement;
  return result;
}
