/**
 * Which catalogue actions a statement's Action (or NotAction) covers, worked out once per statement
 * and catalogue: statements are shared by every document of the same text, so an organization's
 * thousand copies of one policy are expanded once. A pattern whose service prefix has no wildcard
 * is tested against that service's actions only.
 */
import type { CompiledPolicy, CompiledStatement } from '../evaluate/compilePolicy';
import { hasWildcard } from '../match/wildcard';
import { actionApplies } from '../evaluate/evaluatePolicy';
import type { IndexedAction, IndexedCatalogue } from './catalogue';

const expanded = new WeakMap<IndexedCatalogue, WeakMap<CompiledStatement, readonly number[]>>();

/** Indices of the catalogue actions the statement's action element covers, ascending. */
export function statementActions(
  statement: CompiledStatement,
  catalogue: IndexedCatalogue,
): readonly number[] {
  let byStatement = expanded.get(catalogue);
  if (!byStatement) expanded.set(catalogue, (byStatement = new WeakMap()));
  const hit = byStatement.get(statement);
  if (hit) return hit;
  const listed = new Set<number>();
  for (const pattern of statement.actions) {
    const colon = pattern.pattern.indexOf(':');
    const prefix = colon < 0 ? '' : pattern.pattern.slice(0, colon).toLowerCase();
    const scope = colon >= 0 && !hasWildcard(prefix) ? (catalogue.byService.get(prefix) ?? []) : undefined;
    const test = (i: number) => {
      if (pattern.testLower((catalogue.actions[i] as { lower: string }).lower)) listed.add(i);
    };
    if (scope) scope.forEach(test);
    else for (let i = 0; i < catalogue.actions.length; i++) test(i);
  }
  const result =
    statement.actionElement === 'Action'
      ? [...listed].sort((a, b) => a - b)
      : catalogue.actions.flatMap((a) => (listed.has(a.index) ? [] : [a.index]));
  byStatement.set(statement, result);
  return result;
}

/** Marks in `marks` every action some Allow statement of the policies covers. */
export function markAllowedActions(
  policies: readonly CompiledPolicy[],
  catalogue: IndexedCatalogue,
  marks: Uint8Array,
): void {
  for (const policy of policies)
    for (const statement of policy.statements) {
      if (statement.effect !== 'Allow') continue;
      for (const i of statementActions(statement, catalogue)) marks[i] = 1;
    }
}

/**
 * Whether some Allow statement of the policies covers the action, without expanding the statements
 * over the whole catalogue: who can access a resource asks a few actions of every principal, and
 * most statements name other services.
 */
export function allowsAction(policies: readonly CompiledPolicy[], action: IndexedAction): boolean {
  for (const policy of policies)
    for (const s of policy.statements) {
      if (s.effect !== 'Allow') continue;
      const services = servicesOf(s);
      if (services !== ANY && !services.has(action.service)) continue;
      if (actionApplies(s, action.lower)) return true;
    }
  return false;
}

/** The service prefixes a statement's Action names, or ANY (a wildcard prefix, or NotAction). */
function servicesOf(statement: CompiledStatement): ReadonlySet<string> {
  let services = prefixes.get(statement);
  if (!services) {
    const named = new Set<string>();
    for (const pattern of statement.actionPatterns) {
      const colon = pattern.indexOf(':');
      const prefix = colon < 0 ? '*' : pattern.slice(0, colon).toLowerCase();
      if (hasWildcard(prefix)) {
        named.clear();
        break;
      }
      named.add(prefix);
    }
    services = statement.actionElement === 'NotAction' || named.size === 0 ? ANY : named;
    prefixes.set(statement, services);
  }
  return services;
}

const ANY: ReadonlySet<string> = new Set();
const prefixes = new WeakMap<CompiledStatement, ReadonlySet<string>>();

/**
 * The Resource patterns of the Allow statements of `policies` that cover an action: where, outside
 * the scenario's own resources, a session may use it. NotResource, or no Resource, reads as `*`.
 */
export function allowedPatterns(
  policies: readonly CompiledPolicy[],
  catalogue: IndexedCatalogue,
  action: number,
): string[] {
  const out = new Set<string>();
  for (const policy of policies)
    for (const statement of policy.statements) {
      if (statement.effect !== 'Allow' || !includes(statementActions(statement, catalogue), action)) continue;
      if (statement.resourceElement !== 'Resource') out.add('*');
      else for (const r of statement.source.resource ?? []) out.add(r);
    }
  return [...out];
}

/** Binary search in an ascending list. */
function includes(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
