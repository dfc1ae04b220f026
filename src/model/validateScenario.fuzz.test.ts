/** The scenario validator takes anything a file or a link may hold, and answers with located problems. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from './examples/ec2CrossAccount';
import { validateScenarioText, validateScenarioValue } from './validateScenario';

const key = fc.constantFrom(
  'version',
  'name',
  'accounts',
  'roles',
  'arn',
  'trustPolicy',
  'id',
  '__proto__',
  'constructor',
  'instances',
  'organization',
);
const json = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  ),
})).node;

describe('scenario validator fuzz', () => {
  it('survives 1,000 random documents and reports problems with paths', () => {
    fc.assert(
      fc.property(json, (value) => {
        const result = validateScenarioValue(value);
        if (!result.scenario) expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) expect(typeof p.path).toBe('string');
      }),
      { numRuns: 1000, seed: 5 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives 1,000 truncations of a real scenario file, each error located in the text', () => {
    const text = JSON.stringify(ec2CrossAccountScenario, null, 2);
    fc.assert(
      fc.property(fc.nat(text.length), (cut) => {
        const result = validateScenarioText(text.slice(0, cut));
        if (cut < text.length) expect(result.scenario).toBeUndefined();
        for (const p of result.problems) {
          if (p.range) expect(p.range.start.offset).toBeLessThanOrEqual(cut);
        }
      }),
      { numRuns: 1000, seed: 6 },
    );
  });
});
