// `npm run cli`: runs the command line from one compiled bundle (dist-cli/trustscope.mjs), so a
// command starts as fast as Node loads one file instead of transpiling every source on each run.
// The bundle is built again when it is missing or older than any file under src/ (or the lockfile,
// or this script): an mtime walk of a few hundred files, a few milliseconds. `cli.mjs --build` only
// builds.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const bundle = join(root, 'dist-cli', 'trustscope.mjs');

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(
  newestUnder(join(root, 'src')),
  statSync(join(root, 'package-lock.json')).mtimeMs,
  statSync(import.meta.filename).mtimeMs,
);
if (bundleTime() < sources) {
  // Loaded only when needed: esbuild's own start-up is most of a rebuild's cost.
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // node_modules stay where they are: the bundle lives beside them.
    packages: 'external',
    logLevel: 'warning',
  });
  // Written aside and renamed: a command started meanwhile reads the old bundle or the new, never half.
  const temporary = `${bundle}.${process.pid}.tmp`;
  mkdirSync(join(root, 'dist-cli'), { recursive: true });
  writeFileSync(temporary, outputFiles[0].contents);
  renameSync(temporary, bundle);
}
if (process.argv[2] !== '--build') await import(pathToFileURL(bundle).href);
