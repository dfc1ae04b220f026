import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../engine/testing/generateOrganization';
import type { CliIo } from './command';
import { runCli } from './runCli';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('cli analyze with its helper thread (analysisHelper)', () => {
  it('prints what one thread prints', async () => {
    const text = JSON.stringify(generateOrganization({ roles: 600, seed: 5 }), null, 2);
    const out: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: () => {}, readFile: () => text };
    expect(await runCli(['analyze', 'org.json'], io)).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'trustscope-helper-'));
    try {
      writeFileSync(join(dir, 'org.json'), text);
      // The bundle's Node I/O starts the helper; the in-process I/O above has none.
      const printed = execFileSync(process.execPath, ['scripts/cli.mjs', 'analyze', join(dir, 'org.json')], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(printed).toBe(`${out.join('\n')}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
