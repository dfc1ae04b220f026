import { describe, expect, it } from 'vitest';
import type { FlowNode } from './toFlow';
import { fitViewport, flowBounds, nodesInView } from './viewport';

const box = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  ({
    id,
    type: 'entity',
    position: { x, y },
    style: { width: 100, height: 50 },
    data: {},
    ...(parentId !== undefined ? { parentId } : {}),
  }) as unknown as FlowNode;

const nodes = [
  box('a', 0, 0),
  box('b', 5000, 0),
  box('a/c', 10, 60, 'a'),
  box('a/c/d', 10, 60, 'a/c'),
  box('b/e', 10, 60, 'b'),
];

describe('viewport', () => {
  it('bounds the top-level nodes', () => {
    expect(flowBounds(nodes)).toEqual({ x: 0, y: 0, width: 5100, height: 50 });
    expect(flowBounds([])).toBeNull();
  });

  it('fits nothing before the pane is measured', () => {
    expect(fitViewport(nodes, 0, 0)).toBeNull();
    expect(fitViewport(nodes, 800, 600)?.zoom).toBeGreaterThan(0);
  });

  it('keeps the nodes of the accounts a view shows, members with their account, in order', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(nodesInView(nodes, view, 800, 600).map((n) => n.id)).toEqual(['a', 'a/c', 'a/c/d']);
    expect(nodesInView(nodes, null, 800, 600)).toBe(nodes);
  });
});
