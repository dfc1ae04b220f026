/**
 * Reading parsed JSON (or YAML converted to the same node shape) while remembering where each value
 * sits, so a problem can name the field path and the line and column the user should look at.
 */
import type { JsonNode } from '../foundation/json/parseJson';
import { importProblemText } from '../i18n/importProblemText';
import type {
  ImportAssumption,
  ImportAssumptionCode,
  ImportProblem,
  ImportProblemCode,
  ImportProblemParams,
} from './types';

export interface Located {
  node: JsonNode;
  /** `RoleDetailList[3].RoleName`; empty for the root. */
  path: string;
}

export function root(node: JsonNode, path = ''): Located {
  return { node, path };
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function keyPath(path: string, key: string): string {
  // Keys like `eks.amazonaws.com/role-arn` would read as nested fields, so they get brackets.
  const part = PLAIN_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === '') return part;
  return part.startsWith('[') ? `${path}${part}` : `${path}.${part}`;
}

export function prop(loc: Located | undefined, key: string): Located | undefined {
  if (loc?.node.kind !== 'object') return undefined;
  // The last duplicate wins, as with JSON.parse and toPlainValue.
  for (let i = loc.node.properties.length - 1; i >= 0; i--) {
    const property = loc.node.properties[i];
    if (property?.key === key) return { node: property.value, path: keyPath(loc.path, key) };
  }
  return undefined;
}

export function hasProp(loc: Located | undefined, key: string): boolean {
  return prop(loc, key) !== undefined;
}

export function isObject(loc: Located | undefined): loc is Located {
  return loc?.node.kind === 'object';
}

/** The items of an array; an absent or non-array value gives none. */
export function elements(loc: Located | undefined): Located[] {
  if (loc?.node.kind !== 'array') return [];
  const path = loc.path;
  return loc.node.items.map((node, i) => ({ node, path: `${path}[${i}]` }));
}

export function str(loc: Located | undefined): string | undefined {
  return loc?.node.kind === 'string' ? loc.node.value : undefined;
}

/** A non-empty string property. */
export function propStr(loc: Located | undefined, key: string): string | undefined {
  const value = str(prop(loc, key));
  return value === undefined || value === '' ? undefined : value;
}

export function propBool(loc: Located | undefined, key: string): boolean | undefined {
  const node = prop(loc, key)?.node;
  return node?.kind === 'boolean' ? node.value : undefined;
}

export function propNum(loc: Located | undefined, key: string): number | undefined {
  const node = prop(loc, key)?.node;
  return node?.kind === 'number' && Number.isFinite(node.value) ? node.value : undefined;
}

/** Where a problem points: a located node, or a field and line known some other way (INI files). */
export type Where = Located | { field?: string; line?: number; column?: number };

export interface Reporter {
  file: string;
  /** A problem as its code and parameters; the catalogues word it (i18n/importProblemText.ts). */
  error(code: ImportProblemCode, params: ImportProblemParams, where?: Where): void;
  warning(code: ImportProblemCode, params: ImportProblemParams, where?: Where): void;
  /** Records what the import takes as true that the file does not tell (once per code and parameters). */
  assume(code: ImportAssumptionCode, params: Record<string, string>, where?: Located): void;
}

export function createReporter(
  file: string,
  problems: ImportProblem[],
  assumptions: ImportAssumption[] = [],
): Reporter {
  const seen = new Set<string>();
  const add = (
    severity: ImportProblem['severity'],
    code: ImportProblemCode,
    params: ImportProblemParams,
    where: Where | undefined,
  ): void => {
    const message = importProblemText('en', { code, params });
    const problem: ImportProblem = { file, code, params, message, severity };
    if (where && 'node' in where) {
      if (where.path !== '') problem.field = where.path;
      problem.line = where.node.range.start.line;
      problem.column = where.node.range.start.column;
    } else if (where) {
      if (where.field !== undefined) problem.field = where.field;
      if (where.line !== undefined) problem.line = where.line;
      if (where.column !== undefined) problem.column = where.column;
    }
    problems.push(problem);
  };
  return {
    file,
    error: (code, params, where) => add('error', code, params, where),
    warning: (code, params, where) => add('warning', code, params, where),
    assume: (code, params, where) => {
      const key = JSON.stringify([code, params]);
      if (seen.has(key)) return;
      seen.add(key);
      assumptions.push({ file, code, params, ...(where && where.path !== '' ? { field: where.path } : {}) });
    },
  };
}
