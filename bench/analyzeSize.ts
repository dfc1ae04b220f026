/**
 * One organization size, in its own process (run by bench/run.ts with --expose-gc) so peak memory is
 * this size's alone: generate, analyse from scratch, and for the edit size re-analyse after each of a
 * few edits, first of trust policies, then of identity policies (roles' inline ones and a group's).
 * Prints one JSON line.
 */
import { createAnalyzer } from '../src/engine';
import { analyzeScenario } from '../src/engine/graph/analyzeScenario';
import { generateOrganization } from '../src/engine/testing/generateOrganization';

const roles = Number(process.argv[2] ?? 1000);
const withEdit = process.argv.includes('--edit');
const gc = (globalThis as { gc?: () => void }).gc;

const scenario = generateOrganization({ roles, seed: 1 });
gc?.();
const rssBefore = process.memoryUsage().rss;

/** The cold analysis, summarised; the analysis itself is let go before the edits, as the worker would. */
function coldRun(): Record<string, unknown> {
  const t0 = performance.now();
  const analysis = analyzeScenario(scenario);
  const ms = performance.now() - t0;
  return {
    roles: scenario.roles?.length ?? 0,
    accounts: scenario.accounts.length,
    nodes: analysis.nodes.length,
    edges: analysis.edges.length,
    findings: analysis.findings.length,
    evaluations: analysis.stats.evaluations,
    analyzeMs: Math.round(ms),
    rssBeforeMb: Math.round(rssBefore / 2 ** 20),
  };
}
const out = coldRun();
gc?.();

/** Median and largest of edit times, rounded. */
function spread(times: number[]): { median: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    max: Math.round(sorted[sorted.length - 1] ?? 0),
  };
}

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

/** Trust edits, one after another on one analyzer, which is let go when done. */
function trustEdits(): void {
  const analyzer = createAnalyzer();
  analyzer.analyze(scenario);
  // Edit trust policies of a few roles, one at a time, as a person typing would.
  const times: number[] = [];
  const targets = (scenario.roles ?? []).filter((_, i) => i % 997 === 5).slice(0, 7);
  const texts: Record<string, string> = {};
  for (const [i, role] of targets.entries()) {
    const account = role.arn.split(':')[4] ?? '';
    texts[`${role.arn}#trust`] = policy({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'sts:AssumeRole',
      ...(i % 2 === 0 ? { Condition: { StringEquals: { 'sts:ExternalId': `edit-${i}` } } } : {}),
    });
    const t = performance.now();
    analyzer.analyze(scenario, { texts: { ...texts } });
    times.push(performance.now() - t);
  }
  const trust = spread(times);
  out.editMedianMs = trust.median;
  out.editMaxMs = trust.max;
}

/** Identity policies: roles' inline policies and a group's (every member's hops), on a fresh analyzer. */
function identityEdits(): void {
  const identity = createAnalyzer();
  identity.analyze(scenario);
  const owners = (scenario.roles ?? [])
    .filter((r) => (r.inlinePolicies ?? []).length > 0)
    .filter((_, i) => i % 997 === 5)
    .slice(0, 6)
    .map((r) => `${r.arn}#inline/${(r.inlinePolicies ?? [])[0]?.name ?? ''}`);
  const group = (scenario.groups ?? []).find((g) => (g.inlinePolicies ?? []).length > 0);
  if (group) owners.push(`${group.arn}#inline/${(group.inlinePolicies ?? [])[0]?.name ?? ''}`);
  const identityTimes: number[] = [];
  const typed: Record<string, string> = {};
  for (const [i, id] of owners.entries()) {
    typed[id] = policy({
      Effect: 'Allow',
      Action: i % 2 === 0 ? 'sts:AssumeRole' : 's3:GetObject',
      Resource: '*',
    });
    const t = performance.now();
    identity.analyze(scenario, { texts: { ...typed } });
    identityTimes.push(performance.now() - t);
  }
  const identitySpread = spread(identityTimes);
  out.identityEditMedianMs = identitySpread.median;
  out.identityEditMaxMs = identitySpread.max;
}

if (withEdit) {
  trustEdits();
  gc?.();
  identityEdits();
}
// Peak resident set of the whole process (generation included), in KB on Linux.
out.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(out)}\n`);
