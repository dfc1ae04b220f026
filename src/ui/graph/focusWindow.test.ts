import { describe, expect, it } from 'vitest';
import { focusWindow } from './focusWindow';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

describe('focusWindow', () => {
  it('is the box around them all when they fit, and nothing without boxes', () => {
    expect(focusWindow([box(0, 0), box(300, 200)], 800, 600)).toEqual({
      x: 0,
      y: 0,
      width: 400,
      height: 250,
    });
    expect(focusWindow([], 800, 600)).toBeNull();
  });

  it('is the box around the most that fit in one window when they do not', () => {
    // One node far to the left, three together far to the right: the three are shown.
    const boxes = [box(0, 0), box(3000, 0), box(3200, 100), box(3400, 0)];
    expect(focusWindow(boxes, 800, 600)).toEqual({ x: 3000, y: 0, width: 500, height: 150 });
  });

  it('takes the first cluster on a tie, and a lone box too big for the window', () => {
    expect(focusWindow([box(0, 0), box(5000, 0)], 800, 600)).toEqual(box(0, 0));
    expect(focusWindow([{ x: 0, y: 0, width: 2000, height: 50 }], 800, 600)?.width).toBe(2000);
  });
});
