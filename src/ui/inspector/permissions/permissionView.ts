/**
 * The permissions table as the panels show it, pure so it is tested in Node: rows filtered by the
 * search text, service, access level and outcome, grouped by service then access level, and the
 * CSV and JSON a person exports.
 */
import type { AccessLevel, PermissionDecision, PermissionRow } from '../../../engine';

export interface PermissionFilter {
  search: string;
  service: string;
  level: AccessLevel | '';
  decision: PermissionDecision | '';
}

export const NO_FILTER: PermissionFilter = { search: '', service: '', level: '', decision: '' };

export interface LevelGroup {
  level: AccessLevel;
  rows: PermissionRow[];
}

export interface ServiceGroup {
  service: string;
  levels: LevelGroup[];
  actions: number;
}

/** Rows that pass the filter; the search matches the action, a resource, a name or a node of the chain. */
export function filterRows(rows: readonly PermissionRow[], filter: PermissionFilter): PermissionRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filter.service === '' || r.service === filter.service) &&
      (filter.level === '' || r.accessLevel === filter.level) &&
      (filter.decision === '' || r.decision === filter.decision) &&
      (needle === '' || haystack(r).includes(needle)),
  );
}

function haystack(r: PermissionRow): string {
  return [r.action, ...r.resources, ...r.resourceNames, ...r.via].join('\n').toLowerCase();
}

/** Rows grouped by service then access level, in the rows' own order (the engine sorts them so). */
export function groupRows(rows: readonly PermissionRow[]): ServiceGroup[] {
  const groups: ServiceGroup[] = [];
  for (const row of rows) {
    let service = groups.at(-1);
    if (service?.service !== row.service)
      groups.push((service = { service: row.service, levels: [], actions: 0 }));
    let level = service.levels.at(-1);
    if (level?.level !== row.accessLevel) service.levels.push((level = { level: row.accessLevel, rows: [] }));
    level.rows.push(row);
  }
  for (const g of groups) g.actions = new Set(g.levels.flatMap((l) => l.rows.map((r) => r.action))).size;
  return groups;
}

/** The services the rows name, for the filter's choices. */
export function servicesOf(rows: readonly PermissionRow[]): string[] {
  return [...new Set(rows.map((r) => r.service))].sort();
}

const CSV_COLUMNS = [
  'principal',
  'via',
  'action',
  'accessLevel',
  'decision',
  'resources',
  'resourceNames',
  'conditions',
] as const;

/** RFC 4180 CSV: one line per row, lists joined by spaces, the chain by " > ". */
export function rowsToCsv(rows: readonly PermissionRow[]): string {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const line = (r: PermissionRow) =>
    [
      r.principal,
      r.via.join(' > '),
      r.action,
      r.accessLevel,
      r.decision,
      r.resources.join(' '),
      r.resourceNames.join(' '),
      r.conditions
        .map((c) => `${c.liftsDeny ? 'NOT ' : ''}${c.operator} ${c.key}=${c.values.join('|')}`)
        .join('; '),
    ]
      .map(cell)
      .join(',');
  return [CSV_COLUMNS.join(','), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** The rows as the command line's `--json` prints them, without the reason's parameters. */
export function rowsToJson(rows: readonly PermissionRow[]): string {
  return JSON.stringify(
    rows.map(({ reason, service: _service, resourceNodes: _nodes, ...rest }) => ({
      ...rest,
      reason: reason.code,
    })),
    null,
    2,
  );
}
