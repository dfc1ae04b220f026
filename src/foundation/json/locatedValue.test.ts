import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../testSupport/generateOrganization';
import { MAX_JSON_DEPTH, parseJson } from './parseJson';
import { locatedValue } from './locatedValue';

const text = (value: unknown) => JSON.stringify(value, null, 2);

describe('locatedValue', () => {
  it('gives the nodes parseJson reads from the value’s JSON (any JSON value, fixed seed)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(locatedValue(value, text(value))).toEqual(parseJson(text(value)).value);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it('places what a policy holds: escapes, other scripts and surrogates, numbers written otherwise', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Quote"Back\\slash\nline\ttab\u0001',
          Effect: 'Allow',
          Action: [],
          Resource: ['arn:aws:s3:::桶/😀', '\ud800', '\u2028'],
          Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': [1e21, -0, 0.5, 1e-7] }, Bool: {} },
        },
      ],
      __proto__: null,
    };
    expect(locatedValue(policy, text(policy))).toEqual(parseJson(text(policy)).value);
    for (const role of generateOrganization({ roles: 60, seed: 2 }).roles ?? [])
      expect(locatedValue(role, text(role))).toEqual(parseJson(text(role)).value);
  });

  it('leaves to the parser what is not plain JSON or nests too deep', () => {
    let deep: unknown = [];
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = [deep];
    const odd: unknown[] = [[undefined], { a: () => 1 }, NaN, new Date(0), { toJSON: () => 1 }, deep];
    for (const value of odd) expect(locatedValue(value, text(value) ?? '')).toBeUndefined();
    // A text that is not the value's own is not placed from it.
    expect(locatedValue({ a: 1 }, '{"a":1}')).toBeUndefined();
  });
});
