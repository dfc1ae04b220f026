/**
 * Runs every trust-graph case table in this folder (`*.case.ts`): one describe per file, one test per
 * case. Each case is a scenario, the AWS page it comes from, and what the analysis must show: edges
 * (and their absence), findings, paths with their session, `can` decisions and `why not` answers.
 * Every case also checks that the analysis is deterministic. Cases marked `knownBug` are where the
 * engine disagrees with the AWS documentation: they run as `it.fails`, so a fix turns them red until
 * the mark is removed.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioValue } from '../../../model/validateScenario';
import { analyzeScenario } from '../analysis/analyzeScenario';
import { canPrincipal, whyNot } from '../queries/explainAccess';
import { findPaths } from '../queries/paths';
import { prepareScenario } from '../analysis/prepareScenario';
import type { Analysis, GraphEdge } from '../types';
import type { GraphCase } from './graphCase';

const folder = new URL('./', import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.case.ts'))
  .sort();

const tables: { file: string; cases: GraphCase[] }[] = [];
for (const file of files) {
  const module = (await import(new URL(file, folder).href)) as { cases?: GraphCase[] };
  tables.push({ file, cases: module.cases ?? [] });
}

const describeEdge = (e: GraphEdge) =>
  `${e.kind}${e.technique ? ` [${e.technique}]` : ''} ${e.from} -> ${e.to}${e.joiner ? ` as ${e.joiner}` : ''} (configured ${e.configured}, permitted ${e.permitted}, conditional ${e.conditional}): ${e.explanation}`;

const edgeList = (analysis: Analysis) => analysis.edges.map(describeEdge).join('\n');
const findingList = (analysis: Analysis) =>
  analysis.findings
    .map(
      (f) =>
        `[${f.severity}] ${f.title} — ${f.subjects.join(', ')} (${f.assumptions.map((a) => a.code).join()})`,
    )
    .join('\n');

function check(c: GraphCase): void {
  expect(c.source, 'every case cites an AWS page').toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  const errors = validateScenarioValue(c.scenario).problems.filter((p) => p.severity === 'error');
  if (c.invalidScenario === undefined) expect(errors, 'the scenario is a valid v1 scenario').toEqual([]);
  else
    expect(
      errors.map((p) => p.message).join('\n'),
      'validateScenario rejects what AWS cannot hold',
    ).toContain(c.invalidScenario);

  const analysis = analyzeScenario(c.scenario, { now: () => 0 });
  expect(analyzeScenario(c.scenario, { now: () => 0 }), 'the analysis is deterministic').toEqual(analysis);
  const prepared = prepareScenario(c.scenario);
  const { expect: want } = c;

  const ids = analysis.edges.map((e) => e.id);
  expect(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    'each edge is listed once',
  ).toEqual([]);
  for (const e of want.edges ?? []) {
    const edge = analysis.edges.find(
      (x) =>
        x.from === e.from &&
        x.to === e.to &&
        x.kind === e.kind &&
        (e.joiner === undefined || x.joiner === e.joiner),
    );
    expect(edge, `edge ${e.kind} ${e.from} -> ${e.to}; edges are:\n${edgeList(analysis)}`).toBeDefined();
    if (!edge) continue;
    const what = describeEdge(edge);
    if (e.permitted !== undefined) expect(edge.permitted, `permitted: ${what}`).toBe(e.permitted);
    if (e.conditional !== undefined) expect(edge.conditional, `conditional: ${what}`).toBe(e.conditional);
    if (e.configured !== undefined) expect(edge.configured, `configured: ${what}`).toBe(e.configured);
    if (e.chained !== undefined) expect(edge.chained ?? false, `chained: ${what}`).toBe(e.chained);
    for (const badge of e.badges ?? [])
      expect(
        edge.conditions.map((x) => x.label),
        `badge ${badge}: ${what}`,
      ).toContain(badge);
    if (e.explanationIncludes !== undefined) expect(edge.explanation).toContain(e.explanationIncludes);
    if (e.cutBy !== undefined)
      expect(edge, `cut by ${e.cutBy}: ${what}`).toMatchObject({
        permitted: false,
        configured: false,
        note: { code: e.cutBy },
      });
    if (e.technique !== undefined) expect(edge.technique, `technique: ${what}`).toBe(e.technique);
    if (e.via !== undefined) expect(edge.via, `via: ${what}`).toBe(e.via);
    if (e.assumptions !== undefined)
      expect(
        edge.assumptions.map((a) => a.code),
        `assumptions: ${what}`,
      ).toEqual(e.assumptions);
  }

  for (const n of want.noEdges ?? []) {
    const found = analysis.edges.filter(
      (x) =>
        x.from === n.from &&
        x.to === n.to &&
        (n.kind === undefined || x.kind === n.kind) &&
        (n.joiner === undefined || x.joiner === n.joiner),
    );
    expect(found.map(describeEdge), `no ${n.kind ?? ''} edge ${n.from} -> ${n.to}`).toEqual([]);
  }

  for (const f of want.findings ?? []) {
    const matching = analysis.findings.filter(
      (x) =>
        x.title === f.title &&
        (f.severity === undefined || x.severity === f.severity) &&
        (f.assumptions === undefined || x.assumptions.map((a) => a.code).join() === f.assumptions.join()) &&
        (f.subjects ?? []).every((s) => x.subjects.includes(s)),
    );
    expect(
      matching.length,
      `finding "${f.title}" about ${(f.subjects ?? []).join(', ')}; findings are:\n${findingList(analysis)}`,
    ).toBeGreaterThan(0);
  }

  for (const n of want.noFindings ?? []) {
    const title = typeof n === 'string' ? n : n.title;
    const subject = typeof n === 'string' ? undefined : n.subject;
    const matching = analysis.findings.filter(
      (x) => x.title === title && (subject === undefined || x.subjects.includes(subject)),
    );
    expect(
      matching.map((x) => `${x.title} — ${x.subjects.join(', ')}`),
      `no finding "${title}"${subject ? ` about ${subject}` : ''}`,
    ).toEqual([]);
  }

  for (const p of want.paths ?? []) {
    const paths = findPaths(analysis, p.from, p.to);
    const label = `paths ${p.from} -> ${p.to}; edges are:\n${edgeList(analysis)}`;
    if (p.count !== undefined) expect(paths.length, label).toBe(p.count);
    if (p.first !== undefined || p.maxDurationSeconds !== undefined || p.conditional !== undefined) {
      const first = paths[0];
      expect(first, label).toBeDefined();
      if (!first) continue;
      if (p.first !== undefined) expect(first.nodes, label).toEqual(p.first);
      if (p.maxDurationSeconds !== undefined)
        expect(first.session.maxDurationSeconds, label).toBe(p.maxDurationSeconds);
      if (p.conditional !== undefined) expect(first.conditional, label).toBe(p.conditional);
    }
  }

  for (const q of want.can ?? []) {
    const result = canPrincipal(prepared, q.principal, q.action, q.resource);
    expect(result.decision, `${q.principal} ${q.action} ${q.resource}: ${result.explanation}`).toBe(
      q.decision,
    );
  }

  for (const q of want.whyNot ?? []) {
    expect(whyNot(prepared, analysis, q.from, q.to).sentence).toContain(q.includes);
  }
}

describe('trust-graph case tables', () => {
  it('exist, and every case name is unique within its file', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.cases.length, `${t.file} exports cases`).toBeGreaterThan(0);
      const names = t.cases.map((c) => c.name);
      expect(new Set(names).size, `${t.file}: duplicate case names`).toBe(names.length);
    }
  });
});

for (const table of tables) {
  describe(table.file, () => {
    for (const c of table.cases) {
      if (c.knownBug !== undefined) it.fails(`${c.name} [known engine bug: ${c.knownBug}]`, () => check(c));
      else it(c.name, () => check(c));
    }
  });
}
