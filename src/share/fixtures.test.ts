import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from './codec';

const folder = new URL('./fixtures/', import.meta.url);
const links = readdirSync(folder).filter((f) => f.endsWith('.link'));

describe('frozen share links keep opening', () => {
  it('exist', () => expect(links.length).toBeGreaterThan(0));
  for (const file of links) {
    it(file, () => {
      const fragment = readFileSync(new URL(file, folder), 'utf8').trim();
      const expected: unknown = JSON.parse(
        readFileSync(new URL(file.replace(/\.link$/, '.expected.json'), folder), 'utf8'),
      );
      expect(decodeShareFragment(fragment)).toEqual({ ok: true, state: expected });
    });
  }
});
