/**
 * Which catalogue actions a statement's Action (or NotAction) covers, worked out once per statement
 * and catalogue: statements are shared by every document of the same text, so an organization's
 * thousand copies of one policy are expanded once. A pattern whose service prefix has no wildcard
 * is tested against that service's actions only.
 */
import type { CompiledPolicy, CompiledStatement } from '../evaluate/compilePolicy';
import { hasWildcard } from '../match/wildcard';
import type { IndexedCatalogue } from './catalogue';

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

/** Whether some Allow statement of the policies covers the action. */
export function allowsAction(
  policies: readonly CompiledPolicy[],
  catalogue: IndexedCatalogue,
  action: number,
): boolean {
  return policies.some((policy) =>
    policy.statements.some((s) => s.effect === 'Allow' && includes(statementActions(s, catalogue), action)),
  );
}

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
export function includes(list: readonly number[], value: number): boolean {
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
