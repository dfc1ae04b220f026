import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeScenario, type Analysis } from '../engine';
import { generateDenseOrganization } from '../engine/testing/generateDenseOrganization';
import { startHelper } from './analysisHelper';

const root = join(import.meta.dirname, '..', '..');
/** The helper runs in the command line's bundle, as it does for `cli analyze`. */
const bundle = pathToFileURL(join(root, 'dist-cli', 'trustscope.mjs'));
/** The main side claims no role, so the helper, told to be patient, decides every one. */
const nothing = () => Number.MAX_SAFE_INTEGER;
const answer = ({ stats: _, ...rest }: Analysis) => JSON.stringify(rest);

describe('the analysis helper thread (analysisHelper)', () => {
  let dir = '';
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/cli.mjs', '--build'], { cwd: root });
    dir = mkdtempSync(join(tmpdir(), 'trustscope-helper-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decides the roles it claims as one thread does, its edges carried across threads', () => {
    const scenario = generateDenseOrganization({ roles: 400, seed: 4 });
    const file = join(dir, 'dense.json');
    writeFileSync(file, JSON.stringify(scenario, null, 2));
    const helper = startHelper(bundle, [file], true);
    const shared = analyzeScenario(scenario, {
      now: () => 0,
      share: { claim: nothing, theirs: helper.theirs },
    });
    expect(answer(shared)).toBe(answer(analyzeScenario(scenario, { now: () => 0 })));
  });

  it('says why when it fails', () => {
    const helper = startHelper(bundle, [join(dir, 'missing.json')], true);
    expect(() => helper.theirs()).toThrow(/analysis helper failed: .*ENOENT/s);
  });
});
