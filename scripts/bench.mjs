// `npm run bench`: bundles the benchmarks the way the app ships its code (no `keepNames` wrappers,
// which tsx adds and which cost the engine 20–40 % per evaluation), then runs them.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: { 'run.bundle': 'bench/run.ts', 'analyzeSize.bundle': 'bench/analyzeSize.ts' },
  outdir: 'bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  keepNames: false,
  logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, ['bench/run.bundle.mjs'], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(status ?? 1);
