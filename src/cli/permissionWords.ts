/**
 * Rows of effective permissions as the command line prints them: JSON rows with the reason worded
 * in the chosen language beside its code, or lines grouped by service and access level.
 */
import type { EdgeCondition, GraphEdge, PermissionRow } from '../engine';
import { chainText } from '../i18n/chainText';
import { reasonText } from '../i18n/reasonText';
import { sessionLimitText } from '../i18n/sessionLimitText';
import { undecidedText } from '../i18n/undecidedText';
import { translator, type Language, type Translate } from '../i18n/translate';

/** One JSON row: the issue's fields first, then what explains them. */
export function jsonRow(row: PermissionRow, language: Language) {
  const t = translator(language);
  return {
    principal: row.principal,
    via: row.via,
    hops: row.hops,
    action: row.action,
    accessLevel: row.accessLevel,
    decision: row.decision,
    resources: row.resources,
    resourceNames: row.resourceNames,
    conditions: row.conditions,
    ...(row.decision === 'Conditional' ? { context: row.context } : {}),
    viaConditions: row.viaConditions,
    ...(row.deniedBy ? { deniedBy: row.deniedBy } : {}),
    ...(row.sessionPolicies ? { sessionPolicies: row.sessionPolicies } : {}),
    reason: row.reason.code,
    explanation: reasonText(row.reason, t),
  };
}

/** Lines under a heading per service and access level, one line per row. */
export function textLines(
  rows: readonly PermissionRow[],
  language: Language,
  undecided: readonly GraphEdge[] = [],
): string[] {
  const t = translator(language);
  if (rows.length === 0 && undecided.length > 0)
    return undecided.map((e) => undecidedText(e, t, (id) => id.slice(id.lastIndexOf('/') + 1)));
  if (rows.length === 0) return [t('permissions.none')];
  const lines: string[] = [];
  let heading = '';
  for (const row of rows) {
    const next = `${row.service} · ${t(`permissions.level.${row.accessLevel}`)}`;
    if (next !== heading) lines.push(...(lines.length > 0 ? [''] : []), (heading = next));
    lines.push(`  ${row.action}  ${t(`permissions.decision.${row.decision}`)}  ${resourcesOf(row)}`);
    lines.push(`    ${chainWords(row, t)}`);
    if (row.decision === 'Conditional')
      lines.push(`    ${t('permissions.if', { conditions: conditionWords(row.conditions) })}`);
    if (row.viaConditions.length > 0)
      lines.push(`    ${t('permissions.chainIf', { conditions: conditionWords(row.viaConditions) })}`);
    if (row.sessionPolicies) lines.push(`    ${sessionLimitText(row.sessionPolicies, t)}`);
    if (row.decision === 'ExplicitlyDenied') lines.push(`    ${reasonText(row.reason, t)}`);
  }
  return lines;
}

function resourcesOf(row: PermissionRow): string {
  return row.resources
    .map((r, i) =>
      row.resourceNodes.length > 0 && row.resourceNames[i] ? `${r} (${row.resourceNames[i]})` : r,
    )
    .join(', ');
}

function chainWords(row: PermissionRow, t: Translate): string {
  if (row.via.length === 1) return `${shortName(row.principal)} (${t('permissions.itself')})`;
  return t('permissions.via', { chain: chainText(row.via, row.hops, shortName, t) });
}

/** How a chain's node reads in a line: an ARN's last part (a role's name, an instance id). */
export function shortName(id: string): string {
  return id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1) || id;
}

export function conditionWords(conditions: readonly EdgeCondition[]): string {
  return conditions
    .map((c) => `${c.liftsDeny ? 'NOT ' : ''}${c.operator} ${c.key} [${c.values.join(', ')}]`)
    .join('; ');
}
