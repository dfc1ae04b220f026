import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers } from './checkLayers.mjs';

const fixture = join(import.meta.dirname, 'fixture', 'src');

describe('the layer check', () => {
  it('fails on an import a package does not declare, and on one past a public entry', () => {
    expect(checkLayers(fixture)).toEqual([
      expect.stringMatching(
        /high\/deep\.ts:2: '\.\.\/low\/inner' is inside @fixture\/low; import it from its public entry/,
      ),
      expect.stringMatching(
        /low\/bad\.ts:2: @fixture\/low imports @fixture\/high .* which it does not declare/,
      ),
    ]);
  });

  it('passes the app’s own source, every import declared by its package', () => {
    expect(checkLayers(join(import.meta.dirname, '..', '..', 'src'))).toEqual([]);
  });
});
