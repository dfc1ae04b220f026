import { describe, it, expect } from 'vitest';
import {
  compileGlob,
  compileWildcard,
  compileWildcardParts,
  parseWildcard,
  tokensFromParts,
} from './wildcard';

const cs = { ignoreCase: false };
const ci = { ignoreCase: true };

describe('compileWildcard', () => {
  it('matches exactly without wildcards, case-sensitively by default', () => {
    const m = compileWildcard('abc', cs);
    expect(m('abc')).toBe(true);
    expect(m('ABC')).toBe(false);
    expect(m('abcd')).toBe(false);
  });

  it('ignores case when asked', () => {
    expect(compileWildcard('iam:ListAccessKeys', ci)('IAM:listaccesskeys')).toBe(true);
    expect(compileWildcard('iam:*Access?ey*', ci)('IAM:LISTACCESSKEYS')).toBe(true);
  });

  it('"*" matches everything including the empty string', () => {
    const m = compileWildcard('*', cs);
    expect(m('')).toBe(true);
    expect(m('anything:at/all')).toBe(true);
  });

  it('prefix patterns', () => {
    const m = compileWildcard('s3:Get*', cs);
    expect(m('s3:Get')).toBe(true);
    expect(m('s3:GetObject')).toBe(true);
    expect(m('s3:PutObject')).toBe(false);
  });

  it('* matches an empty run and ? exactly one character', () => {
    expect(compileWildcard('a*b', cs)('ab')).toBe(true);
    expect(compileWildcard('a?b', cs)('ab')).toBe(false);
    expect(compileWildcard('a?b', cs)('axb')).toBe(true);
    expect(compileWildcard('a?b', cs)('axxb')).toBe(false);
    expect(compileWildcard('???', cs)('abc')).toBe(true);
    expect(compileWildcard('???', cs)('ab')).toBe(false);
  });

  it('anchors the first and last segments', () => {
    const m = compileWildcard('ab*cd', cs);
    expect(m('abXcd')).toBe(true);
    expect(m('xabXcd')).toBe(false);
    expect(m('abXcdx')).toBe(false);
    expect(m('abcd')).toBe(true);
    expect(m('abc')).toBe(false); // overlapping anchors must not share characters
  });

  it('finds middle segments left to right', () => {
    const m = compileWildcard('*a?c*d*', cs);
    expect(m('xxabcyyd')).toBe(true);
    expect(m('xxabcyy')).toBe(false);
    expect(compileWildcard('*ab*ab*', cs)('abab')).toBe(true);
    expect(compileWildcard('*ab*ab*', cs)('aba')).toBe(false);
  });

  it('collapses runs of stars', () => {
    expect(parseWildcard('a**b')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'star', crossesSeparator: true },
      { kind: 'text', text: 'b' },
    ]);
  });
});

describe('literal pattern parts (substituted policy variables are never wildcards)', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
  it('a literal "*" only matches a "*"', () => {
    const m = compileWildcardParts(
      [
        { text: 'home/', literal: false },
        { text: 'Bob*', literal: true },
        { text: '/*', literal: false },
      ],
      cs,
    );
    expect(m('home/Bob*/file')).toBe(true);
    expect(m('home/Bobby/file')).toBe(false);
  });

  it('a literal "?" only matches a "?"', () => {
    const toks = tokensFromParts([{ text: 'a?', literal: true }]);
    expect(toks).toEqual([{ kind: 'text', text: 'a?' }]);
    expect(compileGlob(toks, cs)('ab')).toBe(false);
    expect(compileGlob(toks, cs)('a?')).toBe(true);
  });
});

describe('separator-aware tokens', () => {
  it('non-crossing star and ? do not match the separator', () => {
    const toks = [
      { kind: 'text', text: 'a' },
      { kind: 'star', crossesSeparator: false },
      { kind: 'text', text: 'b' },
    ] as const;
    const m = compileGlob(toks, { ignoreCase: false, separator: ':' });
    expect(m('axxb')).toBe(true);
    expect(m('ax:xb')).toBe(false);
    const q = compileGlob([{ kind: 'one', crossesSeparator: false }], { ignoreCase: false, separator: ':' });
    expect(q('x')).toBe(true);
    expect(q(':')).toBe(false);
  });

  it('mixes crossing and non-crossing stars', () => {
    const m = compileGlob(
      [
        { kind: 'star', crossesSeparator: false },
        { kind: 'text', text: ':' },
        { kind: 'star', crossesSeparator: true },
      ],
      { ignoreCase: false, separator: ':' },
    );
    expect(m('a:b:c')).toBe(true);
    expect(m('abc')).toBe(false);
  });
});
