import { describe, expect, it } from 'vitest';
import { titlePlaces } from './GroupTitles';
import type { FlowNode } from './toFlow';

const node = (id: string, type: 'container' | 'entity', x: number, y: number, parentId?: string): FlowNode =>
  ({
    id,
    type,
    position: { x, y },
    style: { width: 300, height: 200 },
    data: { node: { id, kind: 'account', label: id }, dimmed: false },
    ...(parentId !== undefined ? { parentId } : {}),
  }) as unknown as FlowNode;

describe('titlePlaces', () => {
  it("places each group's title where the group is drawn, a cluster inside its account", () => {
    const places = titlePlaces([
      node('account', 'container', 100, 50),
      node('cluster', 'container', 24, 56, 'account'),
      node('pod', 'entity', 10, 10, 'cluster'),
    ]);
    expect(places.map(({ id, x, y, width }) => ({ id, x, y, width }))).toEqual([
      { id: 'account', x: 100, y: 50, width: 300 },
      { id: 'cluster', x: 124, y: 106, width: 300 },
    ]);
  });
});
