import { describe, expect, it } from 'vitest';
import { walkKey } from './walkKeys';

const press = (key: string, more: Partial<Parameters<typeof walkKey>[0]> = {}) =>
  walkKey({ key, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BUTTON', ...more });

describe('keys in the walk-through panel', () => {
  it('move with the arrows or N and P, and close with Escape', () => {
    expect(['ArrowRight', 'n', 'N'].map((k) => press(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'p', 'P'].map((k) => press(k))).toEqual(['back', 'back', 'back']);
    expect(press('Escape')).toBe('close');
    expect(press('ArrowDown')).toBeNull();
  });

  it('leave fields and shortcuts with modifiers alone', () => {
    expect(press('n', { targetTag: 'INPUT' })).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
    expect(press('p', { ctrlKey: true })).toBeNull();
  });
});
