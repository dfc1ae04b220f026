import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutBox, LayoutRequest } from './layoutTypes';
import { quickLayout } from './quickLayout';

/** Accounts holding leaves and clusters, clusters holding leaves, a few leaves at the root. */
const requestArb: fc.Arbitrary<LayoutRequest> = fc
  .record({
    accounts: fc.array(
      fc.record({
        leaves: fc.nat({ max: 12 }),
        clusters: fc.array(fc.nat({ max: 5 }), { maxLength: 2 }),
      }),
      { maxLength: 6 },
    ),
    rootLeaves: fc.nat({ max: 6 }),
    edgeSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
  })
  .map(({ accounts, rootLeaves, edgeSeeds }) => {
    const boxes: LayoutBox[] = [];
    const leaf = (id: string, parent?: string) =>
      boxes.push({ id, width: 230, height: 58, group: false, ...(parent !== undefined ? { parent } : {}) });
    accounts.forEach((account, a) => {
      const id = `account${a}`;
      boxes.push({ id, width: 0, height: 0, group: true });
      for (let i = 0; i < account.leaves; i++) leaf(`${id}/leaf${i}`, id);
      account.clusters.forEach((pods, c) => {
        const cluster = `${id}/cluster${c}`;
        boxes.push({ id: cluster, parent: id, width: 0, height: 0, group: true });
        for (let i = 0; i < pods; i++) leaf(`${cluster}/pod${i}`, cluster);
      });
    });
    for (let i = 0; i < rootLeaves; i++) leaf(`external${i}`);
    const edges = edgeSeeds.flatMap(([f, t], i) => {
      const from = boxes[f % Math.max(1, boxes.length)];
      const to = boxes[t % Math.max(1, boxes.length)];
      return from && to ? [{ id: `e${i}`, from: from.id, to: to.id }] : [];
    });
    return { boxes, edges };
  });

describe('quickLayout', () => {
  it('places every box, siblings apart, children inside their group', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = quickLayout(request);
        expect(Object.keys(result.positions).sort()).toEqual(request.boxes.map((b) => b.id).sort());
        const siblings = new Map<string, LayoutBox[]>();
        for (const box of request.boxes) {
          const p = result.positions[box.id];
          expect(p && Number.isFinite(p.x) && Number.isFinite(p.y) && p.width > 0 && p.height > 0).toBe(true);
          const key = box.parent ?? '';
          siblings.set(key, [...(siblings.get(key) ?? []), box]);
          if (box.parent === undefined || !p) continue;
          const parent = result.positions[box.parent];
          if (!parent) throw new Error(`no position for ${box.parent}`);
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(40);
          expect(p.x + p.width).toBeLessThanOrEqual(parent.width);
          expect(p.y + p.height).toBeLessThanOrEqual(parent.height);
        }
        for (const group of siblings.values()) {
          for (let i = 0; i < group.length; i++) {
            for (let j = i + 1; j < group.length; j++) {
              const a = result.positions[(group[i] as LayoutBox).id];
              const b = result.positions[(group[j] as LayoutBox).id];
              if (!a || !b) throw new Error('unplaced sibling');
              const apart =
                a.x + a.width <= b.x ||
                b.x + b.width <= a.x ||
                a.y + a.height <= b.y ||
                b.y + b.height <= a.y;
              expect(apart).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic, whatever the order of boxes and edges', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const reversed = { boxes: [...request.boxes].reverse(), edges: [...request.edges].reverse() };
        expect(quickLayout(reversed)).toEqual(quickLayout(request));
      }),
      { numRuns: 100 },
    );
  });

  it('orders layers by edge direction: a target is below its source, or right of it in its row', () => {
    const boxes: LayoutBox[] = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      width: 230,
      height: 58,
      group: false,
    }));
    const edges = [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bc', from: 'b', to: 'c' },
      { id: 'ca', from: 'c', to: 'a' },
      { id: 'cd', from: 'c', to: 'd' },
    ];
    const { positions } = quickLayout({ boxes, edges });
    const after = (from: string, to: string) => {
      const f = positions[from];
      const t = positions[to];
      if (!f || !t) return false;
      return f.y < t.y || (f.y === t.y && f.x < t.x);
    };
    // The cycle a → b → c → a is broken at its smallest id, a.
    expect(after('a', 'b')).toBe(true);
    expect(after('b', 'c')).toBe(true);
    expect(after('c', 'd')).toBe(true);
  });

  it('lays out ten thousand boxes and thirty thousand edges', () => {
    const boxes: LayoutBox[] = [];
    for (let a = 0; a < 200; a++) {
      boxes.push({ id: `account${a}`, width: 0, height: 0, group: true });
      for (let i = 0; i < 49; i++)
        boxes.push({ id: `r${a}/${i}`, parent: `account${a}`, width: 230, height: 58, group: false });
    }
    const edges = Array.from({ length: 30_000 }, (_, i) => {
      const from = boxes[(i * 7919) % boxes.length] as LayoutBox;
      const to = boxes[(i * 104_729 + 13) % boxes.length] as LayoutBox;
      return { id: `e${i}`, from: from.id, to: to.id };
    });
    const { positions } = quickLayout({ boxes, edges });
    expect(Object.keys(positions)).toHaveLength(boxes.length);
  });
});
