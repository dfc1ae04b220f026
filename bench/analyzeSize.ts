/**
 * One organization size, in its own process (run by bench/run.ts with --expose-gc) so peak memory is
 * this size's alone: generate, analyse from scratch, and for the edit size re-analyse after editing
 * one role's trust policy. Prints one JSON line.
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

if (withEdit) {
  const analyzer = createAnalyzer();
  analyzer.analyze(scenario);
  // Edit trust policies of a few roles, one at a time, as a person typing would.
  const times: number[] = [];
  const targets = (scenario.roles ?? []).filter((_, i) => i % 997 === 5).slice(0, 7);
  const texts: Record<string, string> = {};
  for (const [i, role] of targets.entries()) {
    const account = role.arn.split(':')[4] ?? '';
    texts[`${role.arn}#trust`] = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: 'sts:AssumeRole',
            ...(i % 2 === 0 ? { Condition: { StringEquals: { 'sts:ExternalId': `edit-${i}` } } } : {}),
          },
        ],
      },
      null,
      2,
    );
    const t = performance.now();
    analyzer.analyze(scenario, { texts: { ...texts } });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  out.editMedianMs = Math.round(times[Math.floor(times.length / 2)] ?? 0);
  out.editMaxMs = Math.round(times[times.length - 1] ?? 0);
}
// Peak resident set of the whole process (generation included), in KB on Linux.
out.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(out)}\n`);
