/**
 * Policy text in, normalised statements and located diagnostics out. Never throws on user input.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { makeDiagnostic } from '../diagnostics';
import { locatedValue } from '../../foundation/json/locatedValue';
import { parseJson, type JsonNode } from '../../foundation/json/parseJson';
import { documentStartRange } from '../../foundation/json/positions';
import type {
  Diagnostic,
  ParsedPolicy,
  PolicyKind,
  PolicyStatement,
  PolicyVersion,
  SourceRange,
} from '../types';
import { parseStatement, type StatementResult } from './parseStatement';
import { countNonWhitespace, DEFAULT_PLACEMENT, POLICY_QUOTAS, type PolicyPlacement } from './policyQuotas';
import {
  describeNode,
  element,
  indexProperties,
  report,
  type ActionCatalog,
  type PolicyCheck,
} from './policyContext';

export type { ActionCatalog } from './policyContext';

export interface ParsePolicyOptions {
  /** Enables unknown-service and unknown-action warnings; without it action names are only format-checked. */
  catalog?: ActionCatalog;
  /**
   * Where the policy is attached, which decides its length quota (the kind's usual place when
   * absent); `null` leaves the quota to the caller, which knows each document's place.
   */
  placement?: PolicyPlacement | null;
  /** The policy is one AWS stored (an export): a quota over it only warns. */
  stored?: boolean;
  /**
   * The value whose `JSON.stringify(value, null, 2)` the text is, when it is: its nodes are then
   * placed from the value (locatedValue.ts) instead of read from the text.
   */
  value?: unknown;
}

export interface ParsePolicyResult {
  /** Present whenever the text is a JSON object; check `diagnostics` for errors before trusting it. */
  policy?: ParsedPolicy;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
  /** The whole document, when the text is JSON. */
  documentRange?: SourceRange;
}

const TOP_LEVEL = ['Version', 'Id', 'Statement'] as const;
const VERSIONS: readonly string[] = ['2012-10-17', '2008-10-17'] satisfies PolicyVersion[];
const ID_UNSUPPORTED: ReadonlySet<PolicyKind> = new Set(['identity', 'boundary', 'session']);

/**
 * The diagnostic for a policy of `size` characters over its placement's quota, if it is: an error
 * only where AWS would refuse to store it (a firm quota, a policy typed here); otherwise a warning.
 */
export function quotaDiagnostic(
  size: number,
  placement: PolicyPlacement,
  stored: boolean,
  range: SourceRange,
): Diagnostic | undefined {
  const quota = POLICY_QUOTAS[placement];
  if (quota === undefined || size <= quota.limit) return undefined;
  const severity = quota.firm && !stored ? 'error' : 'warning';
  return makeDiagnostic('POLICY_TOO_LARGE', range, [size, quota.limit, placement], severity);
}

function openingRange(range: SourceRange): SourceRange {
  const { start } = range;
  return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
}

function readVersion(
  check: PolicyCheck,
  node: JsonNode | undefined,
  documentRange: SourceRange,
): PolicyVersion | undefined {
  if (node === undefined) {
    report(check, 'MISSING_VERSION', openingRange(documentRange));
    return undefined;
  }
  if (node.kind !== 'string') {
    report(check, 'WRONG_TYPE', node.range, element('Version'), 'versionString', describeNode(node));
    return undefined;
  }
  if (VERSIONS.includes(node.value)) return node.value as PolicyVersion;
  report(check, 'INVALID_VERSION', node.range, node.value);
  return undefined;
}

function readStatements(check: PolicyCheck, node: JsonNode): StatementResult[] {
  if (node.kind === 'array') return node.items.map((item, index) => parseStatement(check, item, index, true));
  if (node.kind === 'object') return [parseStatement(check, node, 0, false)];
  report(check, 'WRONG_TYPE', node.range, element('Statement'), 'objects', describeNode(node));
  return [];
}

function reportDuplicateSids(check: PolicyCheck, results: StatementResult[]): void {
  const firstLine = new Map<string, number>();
  for (const { sid } of results) {
    if (sid === undefined || sid.value === '') continue;
    const line = firstLine.get(sid.value);
    if (line === undefined) firstLine.set(sid.value, sid.range.start.line);
    else report(check, 'DUPLICATE_SID', sid.range, sid.value, line);
  }
}

function parseDocument(
  root: JsonNode,
  kind: PolicyKind,
  options: ParsePolicyOptions,
  diagnostics: Diagnostic[],
): ParsedPolicy | undefined {
  // The version decides how statements are read, so it is settled before the real check exists.
  const early: PolicyCheck = { kind, catalog: options.catalog, diagnostics, version: undefined };
  if (root.kind !== 'object') {
    report(early, 'NOT_AN_OBJECT', root.range, describeNode(root));
    return undefined;
  }
  const props = indexProperties(early, root, TOP_LEVEL, (property, suggestion) =>
    report(early, 'UNKNOWN_TOP_LEVEL_ELEMENT', property.keyRange, property.key, suggestion),
  );
  const version = readVersion(early, props.get('Version')?.value, root.range);
  const check: PolicyCheck = { ...early, version };
  const policy: ParsedPolicy = { statements: [] };
  if (version !== undefined) policy.version = version;

  const idProperty = props.get('Id');
  if (idProperty !== undefined) {
    if (idProperty.value.kind === 'string') policy.id = idProperty.value.value;
    else
      report(
        check,
        'WRONG_TYPE',
        idProperty.value.range,
        element('Id'),
        'string',
        describeNode(idProperty.value),
      );
    if (ID_UNSUPPORTED.has(kind)) report(check, 'ID_IN_IDENTITY_POLICY', idProperty.keyRange, kind);
  }

  const statementProperty = props.get('Statement');
  if (statementProperty === undefined) {
    report(check, 'MISSING_STATEMENT', openingRange(root.range));
    return policy;
  }
  const results = readStatements(check, statementProperty.value);
  reportDuplicateSids(check, results);
  policy.statements = results.map((r) => r.statement).filter((s): s is PolicyStatement => s !== undefined);
  if (policy.statements.length < results.length)
    policy.skipped = results.flatMap((r, i) => (r.statement === undefined ? [i] : []));
  return policy;
}

/**
 * Parses and validates one policy document of the given kind.
 *
 * A statement is left out of `policy.statements` (its `index` still counts it) when it lacks what
 * evaluation needs: a valid Effect, exactly one of Action/NotAction, at most one of
 * Resource/NotResource, a Resource where the kind requires one, and a Principal where the kind
 * requires one. Other mistakes keep the statement as written and are evaluated as AWS reads them
 * (an action string that names no action matches nothing): an export holds what AWS stored, so
 * an error here may be one AWS no longer checks, and is shown, never a reason to drop the rest.
 */
export function parsePolicy(
  text: string,
  kind: PolicyKind,
  options: ParsePolicyOptions = {},
): ParsePolicyResult {
  const placed = options.value === undefined ? undefined : locatedValue(options.value, text);
  const json = placed ? { value: placed, diagnostics: [] } : parseJson(text);
  const diagnostics = [...json.diagnostics];
  if (json.value === undefined) return { diagnostics };
  const policy = parseDocument(json.value, kind, options, diagnostics);
  const documentRange = json.value.range;
  const placement = options.placement === undefined ? DEFAULT_PLACEMENT[kind] : options.placement;
  if (placement !== null) {
    const over = quotaDiagnostic(
      countNonWhitespace(text),
      placement,
      options.stored ?? false,
      json.value.range,
    );
    if (over) diagnostics.push(over);
  }
  // Array.prototype.sort is stable, so diagnostics at the same place keep the order they were found in.
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return policy === undefined ? { diagnostics, documentRange } : { policy, diagnostics, documentRange };
}

/**
 * Parses a policy that arrived as a JS value (for example from a JSON bundle). Ranges refer to
 * `JSON.stringify(value, null, 2)`, which is what an editor showing the policy displays.
 */
export function parsePolicyValue(
  value: unknown,
  kind: PolicyKind,
  options: ParsePolicyOptions = {},
): ParsePolicyResult {
  let text: string | undefined;
  try {
    // JSON.stringify is typed as returning string, but gives undefined for undefined, functions and symbols.
    text = JSON.stringify(value, null, 2);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        makeDiagnostic('INPUT_NOT_SERIALIZABLE', documentStartRange(), [{ kind: 'threw', error: reason }]),
      ],
    };
  }
  if (text === undefined) {
    return {
      diagnostics: [
        makeDiagnostic('INPUT_NOT_SERIALIZABLE', documentStartRange(), [
          { kind: 'noJsonForm', type: typeof value },
        ]),
      ],
    };
  }
  return parsePolicy(text, kind, { ...options, value });
}
