import { describe, expect, it } from 'vitest';
import type { FlowNode } from './toFlow';
import { fitViewport, flowBounds, LEGIBLE_ZOOM, MIN_ZOOM, nodesInView } from './viewport';

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

  it('fits a small graph no smaller than legible, a big one whole', () => {
    expect(fitViewport(nodes, 800, 600)?.zoom).toBe(LEGIBLE_ZOOM);
    const many = Array.from({ length: 11 }, (_, i) => box(`n${i}`, i * 400, 0));
    const zoom = fitViewport(many, 800, 600)?.zoom ?? 0;
    expect(zoom).toBeLessThan(LEGIBLE_ZOOM);
    expect(zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
  });

  it('centres a clamped fit on the path being shown, filling the pane with graph', () => {
    const onPath = (n: FlowNode): FlowNode => ({ ...n, data: { onPath: true } }) as unknown as FlowNode;
    const middle = [box('a', 0, 0), box('b', 2000, 0), onPath(box('m', 1000, 0))];
    const view = fitViewport(middle, 800, 600);
    // The centre of m (x 1000..1100) is the centre of the pane's width between its paddings…
    const centre = ((800 - 40 - 32) / 2 + 40 - (view?.x ?? 0)) / (view?.zoom ?? 1);
    expect(Math.abs(centre - 1050)).toBeLessThan(8);
    // …unless that leaves the pane empty beside the graph: a path at one end of the graph is
    // shown with that end at the pane's padding.
    const left = [box('a', 0, 0), box('b', 2000, 0), onPath(box('a/c', 10, 60, 'a'))];
    expect(fitViewport(left, 800, 600)?.x).toBeCloseTo(40, 0);
    const right = [box('a', 0, 0), box('b', 2000, 0), onPath(box('b/e', 0, 60, 'b'))];
    const end = fitViewport(right, 800, 600);
    expect(2100 * (end?.zoom ?? 0) + (end?.x ?? 0)).toBeCloseTo(800 - 32, 0);
  });

  it('shows what the plan changes at legible zoom however big the graph, and fits it whole once closed', () => {
    const changed = (n: FlowNode): FlowNode => ({ ...n, data: { planChanged: true } }) as unknown as FlowNode;
    const many = Array.from({ length: 30 }, (_, i) => box(`n${i}`, i * 200, 0));
    // The plan changes n3 and, far from it, n20 and n21: the two together are shown.
    const plan = many.map((n, i) => ([3, 20, 21].includes(i) ? changed(n) : n));
    const view = fitViewport(plan, 800, 400);
    expect(view?.zoom).toBe(LEGIBLE_ZOOM);
    const shown = (x: number) => x * (view?.zoom ?? 0) + (view?.x ?? 0);
    expect(shown(20 * 200)).toBeGreaterThanOrEqual(40);
    expect(shown(21 * 200 + 100)).toBeLessThanOrEqual(800 - 32);
    expect(fitViewport(many, 800, 400)?.zoom).toBeLessThan(LEGIBLE_ZOOM);
  });

  it('centres on the node whose document is open before what the plan changes', () => {
    const mark = (n: FlowNode, data: object): FlowNode => ({ ...n, data }) as unknown as FlowNode;
    const many = Array.from({ length: 30 }, (_, i) => box(`n${i}`, i * 200, 0));
    const marked = many.map((n, i) =>
      i === 3 ? mark(n, { planChanged: true }) : i === 25 ? mark(n, { documentOpen: true }) : n,
    );
    const view = fitViewport(marked, 800, 400);
    const centre = ((800 - 40 - 32) / 2 + 40 - (view?.x ?? 0)) / (view?.zoom ?? 1);
    expect(Math.abs(centre - (25 * 200 + 50))).toBeLessThan(8);
  });

  it('keeps the nodes of the accounts a view shows, members with their account, in order', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(nodesInView(nodes, view, 800, 600).map((n) => n.id)).toEqual(['a', 'a/c', 'a/c/d']);
    expect(nodesInView(nodes, null, 800, 600)).toBe(nodes);
  });
});
