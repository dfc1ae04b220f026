import { describe, it, expect } from 'vitest';
import { BASE_OPERATORS, parseOperator } from './operators';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
describe('parseOperator', () => {
  it('knows every documented operator', () => {
    expect(BASE_OPERATORS).toHaveLength(6 + 6 + 6 + 1 + 1 + 2 + 4 + 1);
    for (const op of BASE_OPERATORS) expect(parseOperator(op)?.base).toBe(op);
  });

  it('parses set qualifiers, IfExists and negation', () => {
    expect(parseOperator('ForAnyValue:StringNotLikeIfExists')).toEqual({
      name: 'ForAnyValue:StringNotLikeIfExists',
      base: 'StringNotLike',
      family: 'String',
      negated: true,
      ifExists: true,
      set: 'ForAnyValue',
      ignoreCase: false,
      like: true,
      comparison: 'eq',
      variables: true,
    });
    const n = parseOperator('NumericLessThanEquals');
    expect(n?.family).toBe('Numeric');
    expect(n?.comparison).toBe('lte');
    expect(n?.variables).toBe(false);
    expect(n && 'set' in n).toBe(false);
    expect(parseOperator('NotIpAddress')?.negated).toBe(true);
    expect(parseOperator('StringEqualsIgnoreCase')?.ignoreCase).toBe(true);
  });

  it('ArnEquals behaves like ArnLike (wildcards on)', () => {
    expect(parseOperator('ArnEquals')?.like).toBe(true);
    expect(parseOperator('ArnNotEquals')?.negated).toBe(true);
  });

  it('IfExists is not valid on Null', () => {
    expect(parseOperator('NullIfExists')).toBeUndefined();
    expect(parseOperator('Null')?.family).toBe('Null');
  });

  it('accepts only the documented spelling', () => {
    expect(parseOperator('stringequals')).toBeUndefined();
    expect(parseOperator('StringEqual')).toBeUndefined();
    expect(parseOperator('forallvalues:StringEquals')).toBeUndefined();
    expect(parseOperator('IfExists')).toBeUndefined();
  });

  it('variables: String, Arn and Bool only', () => {
    expect(parseOperator('Bool')?.variables).toBe(true);
    expect(parseOperator('ArnLike')?.variables).toBe(true);
    for (const op of ['DateEquals', 'BinaryEquals', 'IpAddress', 'Null'])
      expect(parseOperator(op)?.variables).toBe(false);
  });
});
