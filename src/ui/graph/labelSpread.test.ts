import { describe, expect, it } from 'vitest';
import { spreadLabels, textWidth, type LabelRequest } from './labelSpread';

/** A route straight down at `x`: 90 px long, so its label may slide 16 px (22 to 38 from the start). */
const down = (x: number, length = 90) => [
  { x, y: 400 },
  { x, y: 400 + length },
];
const nearTarget = { near: 'target', entered: 0 } as const;
const arrow = (id: string, x: number, text: string, badges: string[] = [], length = 90): LabelRequest => ({
  id,
  route: down(x, length),
  place: nearTarget,
  text,
  badges,
});

describe('spreadLabels', () => {
  it('leaves a label where it prefers when nothing is in its way', () => {
    expect(spreadLabels([arrow('a', 100, 'assumes'), arrow('b', 400, 'assumes')], [])).toEqual(new Map());
  });

  it('slides a label along its own arrow when there is room, so two side by side no longer overlap', () => {
    const moved = spreadLabels(
      [arrow('a', 100, 'escalates to', [], 300), arrow('b', 140, 'escalates to', [], 300)],
      [],
    );
    const b = moved.get('b');
    expect(moved.has('a')).toBe(false);
    // Still on its arrow, a label's height (and a margin) away from the first, which sits 248 down.
    expect(b?.x).toBe(140);
    expect(Math.abs((b?.y ?? 0) - 648)).toBeGreaterThanOrEqual(24);
  });

  it('puts a label beside its arrow when a short arrow has no room along it, clear of the first', () => {
    const moved = spreadLabels(
      [arrow('cut', 500, 'cut by a boundary', ['✕']), arrow('b', 557, 'assumes')],
      [],
    );
    const b = moved.get('b');
    expect(moved.has('cut')).toBe(false);
    // At the height it prefers, to the right of the cut label's right edge.
    expect(b?.y).toBe(400 + 90 - 52);
    const cutRight = 500 + textWidth('cut by a boundary') / 2;
    expect((b?.x ?? 0) - textWidth('assumes') / 2).toBeGreaterThanOrEqual(cutRight);
  });

  it('keeps a label with badges on its arrow, which its ✕ or conditions mark: placed first, never beside', () => {
    const moved = spreadLabels(
      [arrow('plain', 557, 'assumes'), arrow('cut', 500, 'cut by a boundary', ['✕'])],
      [],
    );
    expect(moved.has('cut')).toBe(false);
    expect(moved.has('plain')).toBe(true);
    const both = spreadLabels(
      [arrow('c1', 500, 'conditional', ['MFA']), arrow('c2', 540, 'conditional', ['MFA'])],
      [],
    );
    expect(both.get('c2')?.x ?? 540).toBe(540);
  });

  it('moves a label off a box or a group title in its way', () => {
    // Over the spot the label prefers, 248 down its 300 px arrow: it slides up above the title.
    const title = { x: 60, y: 630, width: 200, height: 48 };
    const moved = spreadLabels([arrow('a', 100, 'member of', [], 300)], [title]);
    const a = moved.get('a');
    expect(a?.x).toBe(100);
    expect((a?.y ?? 0) + 12).toBeLessThanOrEqual(630);
  });

  it('reads CJK text as about one em a character, Latin as about 0.6 em', () => {
    expect(textWidth('权限提升')).toBe(52);
    expect(textWidth('assumes')).toBeCloseTo(54.6);
  });
});
