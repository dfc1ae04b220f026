// Runs every check a change must pass — typecheck, lint, formatting, unit and property tests, the
// build, end-to-end tests in Chromium — and ends with one plain line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const steps = [
  { name: 'setup', command: node, args: ['scripts/setup.mjs'] },
  // The static checks are single-threaded: they run side by side, their output printed in order.
  { name: 'typecheck', command: node, args: ['node_modules/typescript/bin/tsc', '-b'], together: true },
  {
    name: 'lint',
    command: node,
    args: ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'],
    together: true,
  },
  // Each folder under src/ is a package declaring what it may import: an undeclared import fails.
  { name: 'layers', command: node, args: ['scripts/layers/checkLayers.mjs', 'src'], together: true },
  {
    name: 'format',
    command: node,
    args: ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.'],
    together: true,
  },
  {
    name: 'unit',
    command: node,
    args: [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/unit.json',
    ],
    report: 'test-results/unit.json',
  },
  { name: 'build', command: node, args: ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'] },
  {
    name: 'e2e',
    command: node,
    args: ['node_modules/@playwright/test/cli.js', 'test'],
    report: 'test-results/e2e.json',
    needs: 'build',
  },
];

function countReport(path) {
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if ('numPassedTests' in report) return { passed: report.numPassedTests, failed: report.numFailedTests };
  const stats = report.stats;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

/** Runs a step with its output kept, for steps run side by side. */
function runCaptured(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command, step.args, { env: process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) =>
      resolve({ status, output, seconds: ((Date.now() - started) / 1000).toFixed(1) }),
    );
  });
}

const results = [];
const record = (step, status, seconds) =>
  results.push({
    name: step.name,
    ok: status === 0,
    seconds,
    counts: step.report ? countReport(step.report) : undefined,
  });
for (let i = 0; i < steps.length; i++) {
  const step = steps[i];
  if (step.needs && results.find((r) => r.name === step.needs)?.ok === false) {
    results.push({ name: step.name, ok: false, note: `skipped: ${step.needs} failed` });
    continue;
  }
  if (step.together) {
    const group = [];
    while (steps[i]?.together) group.push(steps[i++]);
    i--;
    const done = await Promise.all(group.map(runCaptured));
    group.forEach((s, k) => {
      console.log(`\n━━ ${s.name} ━━`);
      process.stdout.write(done[k].output);
      record(s, done[k].status, done[k].seconds);
    });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(step.command, step.args, { stdio: 'inherit', env: process.env });
  record(step, status, ((Date.now() - started) / 1000).toFixed(1));
  if (step.name === 'setup' && status !== 0) break;
}

let passed = 0;
let failed = 0;
console.log('\n━━ summary ━━');
for (const r of results) {
  const counts = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed)` : '';
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(10)} ${r.seconds ?? '-'}s${counts}${r.note ? ` ${r.note}` : ''}`,
  );
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    // A runner that failed without reporting a failed test (a crash, a config error) still fails the run.
    if (!r.ok && r.counts.failed === 0) failed += 1;
  } else if (!r.ok) {
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
