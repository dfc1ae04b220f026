import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileGlob, compileWildcard, type GlobToken } from './wildcard';

/** Textbook O(n·m) dynamic-programming glob matcher: the oracle. */
function reference(pattern: string, value: string, sep?: string, noCross?: boolean[]): boolean {
  const p = [...pattern];
  const v = [...value];
  // dp[i][j]: p[0..i) matches v[0..j)
  const dp: boolean[][] = Array.from({ length: p.length + 1 }, () =>
    new Array<boolean>(v.length + 1).fill(false),
  );
  dp[0]![0] = true;
  for (let i = 1; i <= p.length; i++) {
    const pc = p[i - 1]!;
    const blocked = (c: string): boolean => sep !== undefined && noCross?.[i - 1] === true && c === sep;
    for (let j = 0; j <= v.length; j++) {
      if (pc === '*') {
        dp[i]![j] = dp[i - 1]![j]! || (j > 0 && dp[i]![j - 1]! && !blocked(v[j - 1]!));
      } else if (j > 0) {
        const c = v[j - 1]!;
        const ok = pc === '?' ? !blocked(c) : pc === c;
        dp[i]![j] = ok && dp[i - 1]![j - 1]!;
      }
    }
  }
  return dp[p.length]![v.length]!;
}

const patternArb = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 12 });
const valueArb = fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 16 });

describe('wildcard property tests', () => {
  it('agrees with a DP reference matcher', () => {
    fc.assert(
      fc.property(patternArb, valueArb, (p, v) => {
        expect(compileWildcard(p, { ignoreCase: false })(v)).toBe(reference(p, v));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the reference when some wildcards may not cross a separator', () => {
    const tokArb = fc.array(
      fc.oneof(
        fc.constantFrom('a', 'b', ':').map((c) => ({ ch: c, noCross: false })),
        fc.record({ ch: fc.constantFrom('*', '?'), noCross: fc.boolean() }),
      ),
      { maxLength: 10 },
    );
    const vArb = fc.string({ unit: fc.constantFrom('a', 'b', ':'), maxLength: 14 });
    fc.assert(
      fc.property(tokArb, vArb, (toks, v) => {
        const glob: GlobToken[] = toks.map((t) =>
          t.ch === '*'
            ? { kind: 'star', crossesSeparator: !t.noCross }
            : t.ch === '?'
              ? { kind: 'one', crossesSeparator: !t.noCross }
              : { kind: 'text', text: t.ch },
        );
        const pattern = toks.map((t) => t.ch).join('');
        const noCross = toks.map((t) => t.noCross);
        expect(compileGlob(glob, { ignoreCase: false, separator: ':' })(v)).toBe(
          reference(pattern, v, ':', noCross),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('ignoreCase agrees with lower-casing both sides', () => {
    const up = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', '*', '?'), maxLength: 10 });
    const uv = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B'), maxLength: 12 });
    fc.assert(
      fc.property(up, uv, (p, v) => {
        expect(compileWildcard(p, { ignoreCase: true })(v)).toBe(reference(p.toLowerCase(), v.toLowerCase()));
      }),
    );
  });

  it('a pathological pattern (5,000 × "*a") against 50,000 "a"s + "b" completes', () => {
    const pattern = '*a'.repeat(5000);
    const value = 'a'.repeat(50000) + 'b';
    expect(compileWildcard(pattern, { ignoreCase: false })(value)).toBe(false);
    // And the same shape that does match, so the middle-segment scan runs in full.
    expect(compileWildcard(pattern + '*', { ignoreCase: false })(value)).toBe(true);
  });
});
