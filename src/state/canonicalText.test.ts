import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonicalText';

describe('canonicalText', () => {
  it('is the JSON of the value, indented by two, and the same string on every call', () => {
    const value = { Version: '2012-10-17', Statement: [] };
    expect(canonicalText(value)).toBe(JSON.stringify(value, null, 2));
    expect(canonicalText(value)).toBe(canonicalText(value));
  });

  it('writes scalars and undefined as JSON.stringify does', () => {
    expect(canonicalText('x')).toBe('"x"');
    expect(canonicalText(undefined)).toBe(JSON.stringify(undefined));
  });
});
