import { execFileSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineVersion } from '../engine';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = `${root}dist-cli/trustscope.mjs`;
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/cli.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run cli (scripts/cli.mjs)', () => {
  it('runs the command line from its bundle, and builds the bundle again once a source is newer', () => {
    expect(cli('version').trim()).toBe(engineVersion);
    // A bundle older than the sources is stale: the next command rebuilds it before it runs.
    utimesSync(bundle, new Date(0), new Date(0));
    expect(cli('version').trim()).toBe(engineVersion);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(0);
    const built = statSync(bundle).mtimeMs;
    // A fresh bundle is used as it is.
    expect(cli('--help')).toContain('Usage: npm run --silent cli');
    expect(statSync(bundle).mtimeMs).toBe(built);
  });
});
