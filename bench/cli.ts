/**
 * The command line as a user runs it, timed against yardsticks measured in the same run (these
 * machines differ by 3× from day to day, so only ratios travel):
 * - start-up: `cli version` against a bare `node -e 0` (target: within 6×);
 * - `cli analyze` of a 10,000-role organization of each shape, printing included (stdout to a
 *   file), against the time Node takes to JSON.parse and JSON.stringify the same input file
 *   (target: within 15×), with the CLI's peak memory.
 * Each command runs BENCH_CLI_RUNS times (default 3); the medians are reported.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDenseOrganization } from '../src/testSupport/generateDenseOrganization';
import { generateOrganization } from '../src/testSupport/generateOrganization';

const RUNS = Math.max(1, Number(process.env.BENCH_CLI_RUNS ?? 3));

export interface CliShapeResult {
  shape: 'landing' | 'dense';
  roles: number;
  inputMb: number;
  outputMb: number;
  yardstickMs: number;
  analyzeMs: number;
  ratio: number;
  peakRssMb: number | null;
}

export interface CliResults {
  nodeStartMs: number;
  versionMs: number;
  startRatio: number;
  shapes: CliShapeResult[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

/** Wall time of a command, stdout to `out` (or discarded), and its peak RSS when /usr/bin/time is there. */
function timed(args: string[], out?: string): { ms: number; peakRssMb: number | null } {
  const time = existsSync('/usr/bin/time');
  const fd = out ? openSync(out, 'w') : 'ignore';
  const started = performance.now();
  const result = spawnSync(
    time ? '/usr/bin/time' : process.execPath,
    time ? ['-f', '%M', process.execPath, ...args] : args,
    {
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - started;
  if (typeof fd === 'number') closeSync(fd);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const kb = time ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, peakRssMb: Number.isFinite(kb) ? round(kb / 1024) : null };
}

/** JSON.parse then JSON.stringify of the file, in a fresh Node, as the CLI would meet it: once, cold. */
function yardstick(file: string): number {
  const out = execFileSync(
    process.execPath,
    [
      '-e',
      `const t = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
       const s = performance.now(); JSON.stringify(JSON.parse(t)); console.log(performance.now() - s);`,
    ],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}

export function runCliBench(root: string, roles = 10_000): CliResults {
  const cli = join(root, 'scripts', 'cli.mjs');
  execFileSync(process.execPath, [cli, '--build']);
  const dir = mkdtempSync(join(tmpdir(), 'trustscope-cli-bench-'));
  try {
    const start = Array.from({ length: RUNS + 2 }, () => timed(['-e', '0']).ms);
    const version = Array.from({ length: RUNS + 2 }, () => timed([cli, 'version']).ms);
    const shapes: CliShapeResult[] = [];
    for (const shape of ['landing', 'dense'] as const) {
      const scenario =
        shape === 'dense'
          ? generateDenseOrganization({ roles, seed: 1 })
          : generateOrganization({ roles, seed: 1 });
      const input = join(dir, `${shape}.json`);
      const output = join(dir, `${shape}.out.json`);
      writeFileSync(input, JSON.stringify(scenario, null, 2));
      const yard = Array.from({ length: RUNS }, () => yardstick(input));
      const runs = Array.from({ length: RUNS }, () => timed([cli, 'analyze', input], output));
      const analyzeMs = median(runs.map((r) => r.ms));
      const yardstickMs = median(yard);
      const rss = runs.map((r) => r.peakRssMb).filter((m): m is number => m !== null);
      shapes.push({
        shape,
        roles: scenario.roles?.length ?? 0,
        inputMb: round(statSync(input).size / 1e6, 1),
        outputMb: round(statSync(output).size / 1e6, 1),
        yardstickMs: round(yardstickMs),
        analyzeMs: round(analyzeMs),
        ratio: round(analyzeMs / yardstickMs, 1),
        peakRssMb: rss.length > 0 ? Math.max(...rss) : null,
      });
    }
    const nodeStartMs = median(start);
    const versionMs = median(version);
    return {
      nodeStartMs: round(nodeStartMs),
      versionMs: round(versionMs),
      startRatio: round(versionMs / nodeStartMs, 1),
      shapes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliTable(r: CliResults): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |\n`;
  let t = `\nCommand line: \`cli version\` ${r.versionMs} ms against \`node -e 0\` ${r.nodeStartMs} ms: ${r.startRatio}× (target ≤ 6×)\n\n`;
  t += row([
    'cli analyze',
    'Roles',
    'Input',
    'Output',
    'JSON.parse + stringify of the input',
    'cli analyze, printing included',
    'Ratio (target ≤ 15×)',
    'Peak RSS',
  ]);
  t += row(Array<string>(8).fill('---'));
  for (const s of r.shapes)
    t += row([
      s.shape,
      s.roles,
      `${s.inputMb} MB`,
      `${s.outputMb} MB`,
      `${s.yardstickMs} ms`,
      `${s.analyzeMs} ms`,
      `${s.ratio}×`,
      s.peakRssMb === null ? 'n/a' : `${s.peakRssMb} MB`,
    ]);
  return t;
}
