import { makeDiagnostic, type DiagnosticArgs, type DiagnosticKey } from '../diagnostics';
import type { JsonNode, JsonObject, JsonProperty } from '../../foundation/json/parseJson';
import type { Diagnostic, PolicyKind, PolicyVersion, Severity, SourceRange } from '../types';
import type { Found, Subject } from '../diagnosticArgs';
import { editDistance } from '../../foundation/editDistance';

/** Answers questions about known services and actions; names arrive lowercased. */
export interface ActionCatalog {
  hasService(prefix: string): boolean;
  /** `undefined` when the catalog has not loaded the service: no diagnostic is given then. */
  hasAction(prefix: string, action: string): boolean | undefined;
}

/** What every check needs: the policy kind, its version, the catalog and where to report. */
export interface PolicyCheck {
  readonly kind: PolicyKind;
  readonly version: PolicyVersion | undefined;
  readonly catalog: ActionCatalog | undefined;
  readonly diagnostics: Diagnostic[];
}

export function report<K extends DiagnosticKey>(
  check: PolicyCheck,
  key: K,
  range: SourceRange,
  ...args: DiagnosticArgs<K>
): void {
  check.diagnostics.push(makeDiagnostic(key, range, args));
}

export function reportAs<K extends DiagnosticKey>(
  check: PolicyCheck,
  severity: Severity,
  key: K,
  range: SourceRange,
  ...args: DiagnosticArgs<K>
): void {
  check.diagnostics.push(makeDiagnostic(key, range, args, severity));
}

/** Variables are substituted only under 2012-10-17; anywhere else `${...}` is literal text. */
export function variablesAreLiteral(check: PolicyCheck): boolean {
  return check.version !== '2012-10-17';
}

const VARIABLE_RE = /\$\{[^}]*\}/;

/** Warns once per value that a `${...}` in it will not be substituted. */
export function warnLiteralVariable(check: PolicyCheck, value: string, range: SourceRange): void {
  if (!variablesAreLiteral(check)) return;
  const match = VARIABLE_RE.exec(value);
  if (match === null) return;
  report(check, 'VARIABLE_WITHOUT_VERSION', range, match[0], check.version);
}

export function describeNode(node: JsonNode): Found {
  switch (node.kind) {
    case 'object':
    case 'array':
    case 'null':
      return { kind: node.kind };
    case 'string':
      return { kind: node.value === '' ? 'emptyString' : 'string' };
    case 'number':
      return { kind: 'number', text: node.raw };
    case 'boolean':
      return { kind: 'boolean', text: String(node.value) };
  }
}

/** A policy element, by its JSON name, as the subject of a diagnostic. */
export const element = (name: string): Subject => ({ kind: 'element', name });

/** From the start of the key to the end of the value: what "go to this element" should select. */
export function propertyRange(property: JsonProperty): SourceRange {
  return { start: property.keyRange.start, end: property.value.range.end };
}

/**
 * Indexes an object's properties by name, keeping the first of duplicates (AWS rejects the
 * document anyway) and reporting unknown names with a spelling suggestion.
 */
export function indexProperties(
  check: PolicyCheck,
  object: JsonObject,
  known: readonly string[] | undefined,
  onUnknown: (property: JsonProperty, suggestion: string | undefined) => void,
): Map<string, JsonProperty> {
  const found = new Map<string, JsonProperty>();
  for (const property of object.properties) {
    if (found.has(property.key)) {
      report(check, 'DUPLICATE_ELEMENT', property.keyRange, property.key);
      continue;
    }
    if (known !== undefined && !known.includes(property.key)) {
      onUnknown(property, suggest(property.key, known));
      continue;
    }
    found.set(property.key, property);
  }
  return found;
}

export interface LocatedString {
  value: string;
  range: SourceRange;
}

/**
 * Reads an element that holds one string or a list of strings (AWS lets a one-item list drop its
 * brackets). Items of the wrong type are reported and skipped; `undefined` means unusable.
 */
export function readStringList(
  check: PolicyCheck,
  name: string,
  node: JsonNode,
): LocatedString[] | undefined {
  if (node.kind === 'string') return [{ value: node.value, range: node.range }];
  if (node.kind !== 'array') {
    report(check, 'WRONG_TYPE', node.range, { kind: 'element', name }, 'stringList', describeNode(node));
    return undefined;
  }
  if (node.items.length === 0) {
    report(check, 'EMPTY_ELEMENT', node.range, name);
    return undefined;
  }
  const values: LocatedString[] = [];
  for (const item of node.items) {
    if (item.kind === 'string') values.push({ value: item.value, range: item.range });
    else report(check, 'WRONG_TYPE', item.range, { kind: 'eachValue', name }, 'string', describeNode(item));
  }
  return values.length === 0 ? undefined : values;
}

/** The candidate the author most likely meant: same letters in another case, or at most two edits away. */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  if (lower.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), 2);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
