/**
 * `npm run bench`: evaluation throughput against iam-simulate, full analysis of generated
 * organizations (time, peak memory), and incremental re-analysis after an edit. Prints a table and
 * writes bench/results/<date>.json. BENCH_SIZES=1000,10000 limits the organization sizes;
 * BENCH_EVAL_SECONDS sets how long each engine runs (default 3); BENCH_HEAP_MB the analysis children's
 * JavaScript heap limit (default 8192); BENCH_REPEAT how many times each size runs (default 3, median
 * reported, peak memory the highest); each size then runs once more without the escalation pass.
 * The largest size of 100,000 roles or more runs once more under a heap cap of BENCH_CAP_MB (default
 * 1792): whether it fits in 2 GB when V8 may not grow its heap as it likes.
 *
 * Browser figures (first render, pan cost, long tasks, initial JS size) come from bench/browser.ts
 * through runBrowser() below, skipped with a message when Chromium is absent.
 * Effective permissions at 10,000 roles come from bench/permissions.ts.
 * The command line (start-up, and `cli analyze` of 10,000 roles of each shape, printing included)
 * against same-run yardsticks comes from bench/cli.ts.
 * BENCH_ONLY=browser runs only that section, BENCH_ONLY=cli only the command line, BENCH_ONLY=node
 * all but the browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSimulation, runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { evaluateRequest, loadBundle } from '../src/engine';
import { bundleArb, type BundleDoc, type BundleOptions } from '../src/testSupport/arbitraries';
import { browserTable, runBrowserBench } from './browser';
import { cliTable, runCliBench, type CliResults } from './cli';
import { permissionsTable, runPermissionsBench, type PermissionsResults } from './permissions';
import { skipAfter, skipBefore, toSimulation } from './compare';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const EVAL_SECONDS = Number(process.env.BENCH_EVAL_SECONDS ?? 3);
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 8192);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
// Under the roomy HEAP_MB, V8 lets garbage pile up before collecting it, so peak RSS says what it
// chose to use more than what the analysis needs; a run under this cap says whether it fits.
const CAP_MB = Number(process.env.BENCH_CAP_MB ?? 1792);
const ONLY = process.env.BENCH_ONLY;

// --- 1. Single-request evaluation: the differential test's bundle families, fixed seeds.
const FAMILIES: BundleOptions[] = [
  {},
  { resourcePolicy: true },
  { resourcePolicy: true, crossAccount: true },
  { resourcePolicy: true, boundaries: true, sessionPolicy: true },
  { resourcePolicy: true, crossAccount: true, boundaries: true, sessionPolicy: true, scps: true, rcps: true },
];

async function evaluationBench() {
  const bundles: BundleDoc[] = FAMILIES.flatMap((opts, i) =>
    fc.sample(bundleArb(opts), { seed: 424242 + i, numRuns: 400 }),
  );
  const compared: {
    b: BundleDoc;
    loaded: ReturnType<typeof loadBundle>;
    sim: ReturnType<typeof toSimulation>;
  }[] = [];
  const skipped = new Map<string, number>();
  for (const b of bundles) {
    const skip = skipBefore(b);
    if (skip) {
      skipped.set(skip, (skipped.get(skip) ?? 0) + 1);
      continue;
    }
    const loaded = loadBundle(b);
    if (!loaded.request || loaded.problems.length > 0) continue;
    const ours = evaluateRequest(loaded.request, loaded.inputs, { trace: false });
    const sim = toSimulation(b);
    const simulated = await runSimulation(sim, {});
    if (simulated.resultType === 'error') throw new Error(`iam-simulate rejected ${JSON.stringify(b)}`);
    const theirs: string = simulated.overallResult;
    if (skipAfter(b, ours, theirs)) {
      skipped.set(
        'Session policies and resource-policy grants',
        (skipped.get('Session policies and resource-policy grants') ?? 0) + 1,
      );
      continue;
    }
    if (ours.decision !== theirs)
      throw new Error(`Decisions differ (${ours.decision} vs ${theirs}) on ${JSON.stringify(b)}`);
    compared.push({ b, loaded, sim });
  }

  // Ours: compiled once by loadBundle, evaluated many times (the graph's bulk mode, no trace, and
  // traced). Each lap is one pass over the bundles; see pairedRates for how the two engines are timed.
  const oursLap = (indices: number[], trace: boolean) => () => {
    for (const i of indices) {
      const c = compared[i]!;
      evaluateRequest(c.loaded.request!, c.loaded.inputs, { trace });
    }
    return indices.length;
  };
  const all = compared.map((_, i) => i);
  const simulateLap = async () => {
    for (const c of compared) await runSimulation(c.sim, {});
    return compared.length;
  };
  for (let i = 0; i < compared.length; i++) oursLap([i], false)(); // warm-up
  const [oursRate, theirsRate] = await pairedRates(oursLap(all, false), simulateLap);
  const [oursTraced, theirsRateAgain] = await pairedRates(oursLap(all, true), simulateLap);
  // iam-simulate's entry points: runSimulation (validates, async) takes every bundle;
  // runUnsafeSimulation (synchronous, no validation) is faster but, in 0.1.173, crashes on a resource
  // policy without a name and ignores session policies, so it only gets the bundles without either.
  const simple = compared.flatMap((c, i) => (c.b.resourcePolicy || c.b.sessionPolicy ? [] : [i]));
  for (const i of simple) {
    if (
      runUnsafeSimulation(compared[i]!.sim, {}) !==
      evaluateRequest(compared[i]!.loaded.request!, compared[i]!.loaded.inputs, { trace: false }).decision
    )
      throw new Error('runUnsafeSimulation disagrees');
  }
  const [oursSimple, unsafeRate] = await pairedRates(oursLap(simple, false), () => {
    for (const i of simple) runUnsafeSimulation(compared[i]!.sim, {});
    return simple.length;
  });
  return {
    bundles: bundles.length,
    compared: compared.length,
    skipped: Object.fromEntries(skipped),
    oursPerSecond: Math.round(oursRate),
    oursTracedPerSecond: Math.round(oursTraced),
    iamSimulatePerSecond: Math.round(theirsRate),
    ratio: Number((oursRate / theirsRate).toFixed(1)),
    ratioTraced: Number((oursTraced / theirsRateAgain).toFixed(1)),
    simpleBundles: simple.length,
    oursSimplePerSecond: Math.round(oursSimple),
    iamSimulateUnsafePerSecond: Math.round(unsafeRate),
    ratioUnsafe: Number((oursSimple / unsafeRate).toFixed(1)),
  };
}

/**
 * Two engines' rates, timed in alternating slices of about SLICE_MS (A, B, A, B, …) over
 * BENCH_EVAL_SECONDS each, and the median slice of each: this shared machine's speed drifts by a
 * factor of two within a minute, and back-to-back runs of one engine then the other turned that
 * drift into the ratio.
 */
async function pairedRates(
  a: () => number | Promise<number>,
  b: () => number | Promise<number>,
): Promise<[number, number]> {
  const slices = Math.max(3, Math.round((EVAL_SECONDS * 1000) / SLICE_MS));
  const ra: number[] = [];
  const rb: number[] = [];
  for (let k = 0; k < slices; k++) {
    ra.push(await sliceRate(a));
    rb.push(await sliceRate(b));
  }
  return [median(ra), median(rb)];
}

const SLICE_MS = 250;

async function sliceRate(lap: () => number | Promise<number>): Promise<number> {
  let n = 0;
  const start = performance.now();
  do n += await lap();
  while (performance.now() - start < SLICE_MS);
  return n / ((performance.now() - start) / 1000);
}

function median(values: number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
}

/** The capped run's line under the analysis table, its time against the uncapped median of that size. */
function cappedLine(capped: Record<string, number | string> | undefined, sizes: Record<string, unknown>[]) {
  if (!capped) return '';
  const head = `\n${capped.size} roles under a ${capped.capMb} MB heap cap: `;
  if (capped.error !== undefined) return `${head}${capped.error}\n`;
  const free = sizes.find((a) => a.size === capped.size && a.shape === undefined);
  const ratio = free?.analyzeMs
    ? ` (${(Number(capped.analyzeMs) / Number(free.analyzeMs)).toFixed(2)}× the uncapped median)`
    : '';
  return `${head}completed in ${capped.analyzeMs} ms${ratio}, peak RSS ${capped.peakRssMb} MB (target < 2 GB)\n`;
}

// --- 2 and 3. Analysis of generated organizations, each size in a child process.
function analysisBench(size: number, dense = false, escalation = true, heapMb = HEAP_MB) {
  // Bundled by scripts/bench.mjs (the normal way), the child is the bundle too; run directly, tsx.
  const bundled = join(here, 'analyzeSize.bundle.mjs');
  const child =
    import.meta.url.endsWith('.bundle.mjs') && existsSync(bundled)
      ? [bundled]
      : ['--import', 'tsx', join(here, 'analyzeSize.ts')];
  // The heap limit is set, not left to Node's default (about 4 GB here), so the figure a size needs is
  // measured rather than cut off; peak RSS is reported either way.
  const args = ['--expose-gc', `--max-old-space-size=${heapMb}`, ...child, String(size)];
  if (size === 10000 && escalation) args.push('--edit');
  if (dense) args.push('--dense');
  if (!escalation) args.push('--no-escalation');
  try {
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number | string>;
  } catch (error) {
    const raw = (error as { stderr?: string | Buffer }).stderr ?? '';
    const stderr = typeof raw === 'string' ? raw : raw.toString('utf8');
    return {
      error: /heap out of memory/i.test(stderr)
        ? `ran out of the ${heapMb} MB heap`
        : (stderr.trim().split('\n').pop() ?? 'failed'),
    };
  }
}

/** The run with the median analysis time, its peak memory the highest of all, and every run's time. */
function medianRun(runs: Record<string, number | string>[]): Record<string, unknown> {
  const ok = runs.filter((r) => r.error === undefined);
  if (ok.length === 0) return runs[0] ?? {};
  const byTime = [...ok].sort((a, b) => Number(a.analyzeMs) - Number(b.analyzeMs));
  const median = byTime[Math.floor(byTime.length / 2)] ?? {};
  if (ok.length === 1) return median;
  return {
    ...median,
    peakRssMb: Math.max(...ok.map((r) => Number(r.peakRssMb))),
    runsAnalyzeMs: ok.map((r) => r.analyzeMs),
    ...(median.editMaxMs !== undefined
      ? {
          editMaxMs: Math.max(...ok.map((r) => Number(r.editMaxMs))),
          runsEditMedianMs: ok.map((r) => r.editMedianMs),
          identityEditMaxMs: Math.max(...ok.map((r) => Number(r.identityEditMaxMs))),
          runsIdentityEditMedianMs: ok.map((r) => r.identityEditMedianMs),
          ...(median.orgEditMaxMs !== undefined
            ? {
                orgEditMaxMs: Math.max(...ok.map((r) => Number(r.orgEditMaxMs))),
                runsOrgEditMedianMs: ok.map((r) => r.orgEditMedianMs),
              }
            : {}),
        }
      : {}),
  };
}

/**
 * The cold run without the escalation pass (its own child: its own time and peak memory) beside the
 * runs with it, and how many edges the pass adds.
 */
function withoutEscalation(withIt: Record<string, unknown>, off: Record<string, number | string>) {
  if (off.error !== undefined) return { noEscalationError: off.error };
  return {
    analyzeNoEscalationMs: off.analyzeMs,
    peakRssNoEscalationMb: off.peakRssMb,
    escalationEdges: Number(withIt.edges) - Number(off.edges),
  };
}

/** The browser measurements (first render, pan cost, long tasks, initial JS size): bench/browser.ts. */
async function runBrowser() {
  return await runBrowserBench(join(here, '..'));
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
};
const evaluation =
  ONLY === 'browser' || ONLY === 'cli'
    ? undefined
    : await (async () => {
        process.stdout.write('Evaluation throughput…\n');
        return await evaluationBench();
      })();
if (evaluation) results.evaluation = evaluation;
const analysis: Record<string, unknown>[] = [];
if (ONLY !== 'browser' && ONLY !== 'cli') {
  for (const size of SIZES) {
    // This is a shared 2-core machine whose runs differ by ±10 %: every size runs REPEAT times (the
    // median is reported, every run kept in the JSON, the peak memory the highest).
    const runs = REPEAT;
    process.stdout.write(`Analysis, ${size} roles${runs > 1 ? ` (${runs} runs)` : ''}…\n`);
    const withIt = medianRun(Array.from({ length: runs }, () => analysisBench(size)));
    process.stdout.write(`Analysis, ${size} roles, without escalation (1 run)…\n`);
    analysis.push({ size, ...withIt, ...withoutEscalation(withIt, analysisBench(size, false, false)) });
  }
  const largest = Math.max(...SIZES);
  if (largest >= 100000) {
    process.stdout.write(`Analysis, ${largest} roles, under a ${CAP_MB} MB heap cap (1 run)…\n`);
    results.capped = { size: largest, capMb: CAP_MB, ...analysisBench(largest, false, true, CAP_MB) };
  }
  // The dense shape (generateDenseOrganization): many callers per account, wildcard cross-account
  // permissions; 10,000 roles unless BENCH_SIZES leaves 10,000 out.
  if (SIZES.includes(10000)) {
    process.stdout.write(`Analysis, 10000 roles, dense shape (${REPEAT} runs)…\n`);
    const withIt = medianRun(Array.from({ length: REPEAT }, () => analysisBench(10000, true)));
    analysis.push({
      size: 10000,
      shape: 'dense',
      ...withIt,
      ...withoutEscalation(withIt, analysisBench(10000, true, false)),
    });
  }
  results.analysis = analysis;
}
if (ONLY !== 'browser' && ONLY !== 'cli') {
  process.stdout.write('Effective permissions, 10000 roles…\n');
  results.permissions = runPermissionsBench();
}
if (ONLY !== 'browser') {
  process.stdout.write('Command line…\n');
  results.cli = runCliBench(join(here, '..'));
}
const browser = ONLY === 'node' || ONLY === 'cli' ? undefined : await runBrowser();
if (browser) results.browser = browser;

const row = (cells: (string | number | undefined)[]) =>
  `| ${cells.map((c) => String(c ?? '')).join(' | ')} |\n`;
let table = '\n';
if (evaluation) {
  table += row(['Evaluation (requests/s)', 'ours', 'ours, traced', 'iam-simulate', 'ratio']);
  table += row(['---', '---', '---', '---', '---']);
  table += row([
    `${evaluation.compared} bundles, same decisions`,
    evaluation.oursPerSecond,
    evaluation.oursTracedPerSecond,
    evaluation.iamSimulatePerSecond,
    `${evaluation.ratio}× (${evaluation.ratioTraced}× traced) vs runSimulation`,
  ]);
  table += row([
    `${evaluation.simpleBundles} bundles without resource/session policy`,
    evaluation.oursSimplePerSecond,
    '',
    evaluation.iamSimulateUnsafePerSecond,
    `${evaluation.ratioUnsafe}× vs runUnsafeSimulation`,
  ]);
  table += '\n';
}
if (analysis.length > 0) {
  table += row([
    'Roles',
    'Accounts',
    'Edges',
    'Evaluations',
    'Analysis',
    'Without escalation',
    'Peak RSS',
    'Trust edit re-analysis (median / max)',
    'Identity edit re-analysis (median / max)',
    'SCP / RCP edit re-analysis (median / max)',
  ]);
  table += row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']);
  for (const a of analysis as Record<string, number | string>[]) {
    const runs = (a as { runsAnalyzeMs?: unknown }).runsAnalyzeMs;
    const median = Array.isArray(runs) ? ` (median of ${runs.map(String).join(', ')})` : '';
    if (a.error !== undefined) {
      table += row([a.size, '', '', '', String(a.error), '', '', '', '', '']);
      continue;
    }
    table += row([
      a.shape === 'dense' ? `${a.roles} (dense)` : a.roles,
      a.accounts,
      a.edges,
      a.evaluations,
      `${a.analyzeMs} ms${median}`,
      a.analyzeNoEscalationMs !== undefined
        ? `${a.analyzeNoEscalationMs} ms, ${a.peakRssNoEscalationMb} MB (${a.escalationEdges} escalation edges fewer)`
        : (a.noEscalationError ?? ''),
      `${a.peakRssMb} MB`,
      a.editMedianMs !== undefined ? `${a.editMedianMs} / ${a.editMaxMs} ms` : '',
      a.identityEditMedianMs !== undefined ? `${a.identityEditMedianMs} / ${a.identityEditMaxMs} ms` : '',
      a.orgEditMedianMs !== undefined ? `${a.orgEditMedianMs} / ${a.orgEditMaxMs} ms` : '',
    ]);
  }
}
table += cappedLine(results.capped as Record<string, number | string> | undefined, analysis);
if (results.permissions) table += permissionsTable(results.permissions as PermissionsResults);
if (results.cli) table += cliTable(results.cli as CliResults);
if (browser) table += browserTable(browser);
process.stdout.write(table);
mkdirSync(join(here, 'results'), { recursive: true });
// A partial run (BENCH_ONLY) gets its own file rather than replacing the day's full results.
const file = join(here, 'results', `${new Date().toISOString().slice(0, 10)}${ONLY ? `.${ONLY}` : ''}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nWrote ${file}\n`);
