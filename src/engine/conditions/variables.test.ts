import { describe, it, expect } from 'vitest';
import { compileTemplate, resolveTemplate, resolveTemplateParts } from './variables';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
const DOC = 'reference_policies_variables.html';
const lookup = (values: Record<string, string>) => (k: string) => values[k];

describe(`compileTemplate (${DOC})`, () => {
  it('plain text is a literal', () => {
    expect(compileTemplate('home/bob')).toEqual({ kind: 'literal', text: 'home/bob' });
  });

  it('parses ${key} with a lower-cased key (key names are case-insensitive)', () => {
    const t = compileTemplate('home/${AWS:UserName}/');
    expect(t).toEqual({
      kind: 'parts',
      source: 'home/${AWS:UserName}/',
      parts: [{ text: 'home/' }, { variable: 'aws:username' }, { text: '/' }],
    });
  });

  it("parses the default-value syntax ${key, 'default'}", () => {
    const t = compileTemplate("${aws:PrincipalTag/team, 'company-wide'}");
    expect(t.kind === 'parts' && t.parts[0]).toEqual({
      variable: 'aws:principaltag/team',
      default: 'company-wide',
    });
  });

  it('${*}, ${?}, ${$} are escaped literal characters', () => {
    const t = compileTemplate('a${*}b${?}c${$}');
    expect(t.kind === 'parts' && t.parts).toEqual([
      { text: 'a' },
      { escaped: '*' },
      { text: 'b' },
      { escaped: '?' },
      { text: 'c' },
      { escaped: '$' },
    ]);
    expect(resolveTemplate(t, () => undefined)).toBe('a*b?c$');
  });

  it('malformed variables stay literal text', () => {
    expect(compileTemplate('${aws:username')).toEqual({ kind: 'literal', text: '${aws:username' });
    expect(compileTemplate('${}')).toEqual({ kind: 'literal', text: '${}' });
  });
});

describe('resolveTemplate', () => {
  it('substitutes values', () => {
    const t = compileTemplate('home/${aws:username}/');
    expect(resolveTemplate(t, lookup({ 'aws:username': 'alice' }))).toBe('home/alice/');
  });
  it('unresolved without default → undefined', () => {
    expect(resolveTemplate(compileTemplate('${aws:username}'), () => undefined)).toBeUndefined();
  });
  it('unresolved with default → the default', () => {
    expect(resolveTemplate(compileTemplate("${aws:PrincipalTag/team, 'all'}"), () => undefined)).toBe('all');
  });
  it('a present value wins over the default', () => {
    expect(
      resolveTemplate(
        compileTemplate("${aws:PrincipalTag/team, 'all'}"),
        lookup({ 'aws:principaltag/team': 'red' }),
      ),
    ).toBe('red');
  });
});

describe('resolveTemplateParts: substituted text is never a wildcard', () => {
  it('marks substituted values and escapes literal, policy text not', () => {
    const t = compileTemplate('h/${aws:username}/${*}*');
    expect(resolveTemplateParts(t, lookup({ 'aws:username': 'Bob*' }))).toEqual([
      { text: 'h/', literal: false },
      { text: 'Bob*', literal: true },
      { text: '/', literal: false },
      { text: '*', literal: true },
      { text: '*', literal: false },
    ]);
  });
  it('unresolved → undefined', () => {
    expect(resolveTemplateParts(compileTemplate('${x}'), () => undefined)).toBeUndefined();
  });
});
