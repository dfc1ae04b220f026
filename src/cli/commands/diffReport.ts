/**
 * A what-changed for people and for scripts: plain text, Markdown for a pull-request comment, or JSON
 * (`format: "trustscope.diff"`, version 1; schema/diff.schema.json), worded in the chosen language from the diff's codes.
 */
import type { AnalysisDiff, EdgeChange } from '../../engine';
import type { ImportAssumption } from '../../importers';
import { diffSummaryText, edgeChangeText, importAssumptionText } from '../../i18n/diffText';
import { findingTitle } from '../../i18n/findingText';
import type { Translate } from '../../i18n/translate';
import { OUTPUT_FORMATS } from '../outputFormats';

export interface DiffReport {
  diff: AnalysisDiff;
  assumptions: ImportAssumption[];
  failed: { condition: string; matches: string[] }[];
  label: (id: string) => string;
  t: Translate;
}

const conditionsOf = (e: EdgeChange['edge']) =>
  e.conditional ? e.conditions.map((c) => ({ key: c.key, operator: c.operator, values: c.values })) : [];

export function diffJson({ diff, assumptions, failed, t }: DiffReport): unknown {
  return {
    ...OUTPUT_FORMATS.diff,
    summary: diff.summary.map((s) => ({ ...s, text: diffSummaryText(s, t) })),
    edges: diff.edges.map(({ change, edge, before }) => ({
      change,
      id: edge.id,
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      conditions: conditionsOf(edge),
      ...(before ? { conditionsBefore: conditionsOf(before) } : {}),
    })),
    findings: diff.findings.map(({ change, finding }) => ({
      change,
      id: finding.id,
      code: finding.code,
      severity: finding.severity,
      params: finding.params,
    })),
    adminReach: diff.adminReach,
    assumptions: assumptions.map((a) => ({ ...a, text: importAssumptionText(a, t) })),
    failed,
  };
}

function lines(report: DiffReport, bullet: string, code: (s: string) => string): string[] {
  const { diff, label, t } = report;
  const edge = ({ change, edge: e }: EdgeChange) =>
    `${bullet}${edgeChangeText(change, t)}: ${code(label(e.from))} → ${code(label(e.to))} (${e.kind})`;
  return [
    ...(diff.edges.length > 0 ? ['', t('diff.edges'), ...diff.edges.map(edge)] : []),
    ...(diff.findings.length > 0
      ? [
          '',
          t('diff.findings'),
          ...diff.findings.map(
            (f) =>
              `${bullet}${t(`diff.finding.${f.change}`)}: [${f.finding.severity}] ${findingTitle(f.finding, t)}`,
          ),
        ]
      : []),
    ...(diff.adminReach.length > 0
      ? [
          '',
          t('diff.adminReach'),
          ...diff.adminReach.map(
            (r) =>
              `${bullet}${t(`diff.change.${r.change}`)}: ${code(label(r.principal))} → ${code(label(r.admin))}`,
          ),
        ]
      : []),
    ...(report.assumptions.length > 0
      ? [
          '',
          t('diff.assumptions'),
          ...report.assumptions.map((a) => `${bullet}${importAssumptionText(a, t)}`),
        ]
      : []),
    ...report.failed.map(
      (f) => `\n${t('diff.failed', { condition: f.condition, matches: f.matches.join(', ') })}`,
    ),
  ];
}

export function diffText(report: DiffReport): string {
  const summary = report.diff.summary.map((s) => `  ${diffSummaryText(s, report.t)}`);
  return [report.t('diff.heading'), ...summary, ...lines(report, '  ', (s) => s)].join('\n');
}

export function diffMarkdown(report: DiffReport): string {
  const summary = report.diff.summary.map((s) => `- **${diffSummaryText(s, report.t)}**`);
  const body = lines(report, '- ', (s) => `\`${s}\``).map((l) =>
    l !== '' && !l.startsWith('- ') && !l.startsWith('\n') ? `#### ${l}` : l,
  );
  return [`### ${report.t('diff.heading')}`, '', ...summary, ...body].join('\n');
}
