import { describe, expect, it } from 'vitest';
import { LIST_BATCH, nextCount } from './progressiveCount';

describe('nextCount', () => {
  it('adds one batch while items remain', () => {
    expect(nextCount(LIST_BATCH, 1000)).toBe(2 * LIST_BATCH);
    expect(nextCount(10, 100, 20)).toBe(30);
  });

  it('shows every item, now and later, once the last batch is in', () => {
    expect(nextCount(80, 100, 20)).toBe(Infinity);
    expect(nextCount(90, 100, 20)).toBe(Infinity);
  });
});
