import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toPlainValue } from '../foundation/json/parseJson';
import { detectWithJson } from './detectFormat';
import { importFiles } from './importFiles';
import { plainOf } from './nativeJson';

const fixtures = readdirSync(new URL('./fixtures', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8') }));

describe('JSON read without locations', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: gives the located reading’s format and values',
    (_, file) => {
      const fast = detectWithJson(file);
      const located = detectWithJson(file, true);
      expect(fast.unlocated).toBe(true);
      expect(located.unlocated).toBeUndefined();
      expect(fast.format).toBe(located.format);
      expect(plainOf(fast.json!.value!)).toEqual(toPlainValue(located.json!.value!));
    },
  );

  it('is not used where JSON.parse and the located parser part ways: comments, trailing commas, deep nesting', () => {
    for (const text of [
      '{"version": 1, "name": "x", "accounts": [], // note\n}',
      '{"version": 1, "name": "x", "accounts": [],}',
      `${'['.repeat(300)}${']'.repeat(300)}`,
    ]) {
      const detection = detectWithJson({ name: 'f.json', text });
      expect(detection.unlocated, text.slice(0, 40)).toBeUndefined();
      expect(detection.json?.diagnostics.length, text.slice(0, 40)).toBeGreaterThan(0);
    }
  });

  it('keeps __proto__ an own property, as the located reading does', () => {
    const detection = detectWithJson({ name: 'f.json', text: '{"__proto__": {"polluted": true}}' });
    const plain = plainOf(detection.json!.value!) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('still says where a problem is in a file JSON.parse accepts', () => {
    const text =
      '{\n  "version": 1,\n  "name": "x",\n  "accounts": [],\n  "roles": [\n    { "name": "no arn" }\n  ]\n}\n';
    const { problems } = importFiles([{ name: 'scenario.json', text }]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'scenario.json', field: 'roles[0].arn', line: 6, column: 5 }),
      expect.objectContaining({ file: 'scenario.json', field: 'roles[0].trustPolicy', line: 6, column: 5 }),
      expect.objectContaining({ file: 'scenario.json', field: 'roles[0].name', line: 6, column: 7 }),
    ]);
  });
});
