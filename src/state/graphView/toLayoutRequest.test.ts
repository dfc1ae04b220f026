import { describe, expect, it } from 'vitest';
import { A, B, CLUSTER, noFilters, ROLE_A, sampleAnalysis } from './graphView.testkit';
import { layoutKey, NODE_HEIGHT, NODE_WIDTH, toLayoutRequest } from './toLayoutRequest';

describe('toLayoutRequest', () => {
  it('asks for a fixed-size box per member and a sized-to-fit box per group, inside its parent', () => {
    const request = toLayoutRequest(sampleAnalysis(), noFilters);
    const box = (id: string) => request.boxes.find((b) => b.id === id);
    expect(box(ROLE_A)).toEqual({
      id: ROLE_A,
      parent: A,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      group: false,
    });
    expect(box(CLUSTER)).toEqual({ id: CLUSTER, parent: B, width: 0, height: 0, group: true });
    expect(box(A)).toEqual({ id: A, width: 0, height: 0, group: true });
    expect(request.edges).toHaveLength(4);
    expect(request.edges[0]).toEqual({
      id: expect.any(String) as string,
      from: expect.any(String) as string,
      to: expect.any(String) as string,
    });
  });

  it('lays out only what is shown: a collapsed account is one box', () => {
    const request = toLayoutRequest(sampleAnalysis(), { ...noFilters, collapsed: [B] });
    expect(request.boxes.find((b) => b.id === B)).toMatchObject({ group: false, width: NODE_WIDTH });
    expect(request.boxes.some((b) => b.parent === B)).toBe(false);
  });
});

describe('layoutKey', () => {
  it('stays the same when an edit changes what the graph says but not what it shows', () => {
    const before = sampleAnalysis();
    const after = sampleAnalysis();
    after.nodes = after.nodes.map((n) => ({ ...n, label: `${n.label} (renamed)` }));
    after.edges = after.edges.map((e) => ({ ...e, explanation: 'now conditional', conditional: true }));
    expect(layoutKey(toLayoutRequest(after, noFilters))).toBe(layoutKey(toLayoutRequest(before, noFilters)));
  });

  it('changes when a box, its parent or an edge changes', () => {
    const analysis = sampleAnalysis();
    const key = layoutKey(toLayoutRequest(analysis, noFilters));
    const fewerEdges = { ...analysis, edges: analysis.edges.slice(1) };
    expect(layoutKey(toLayoutRequest(fewerEdges, noFilters))).not.toBe(key);
    expect(layoutKey(toLayoutRequest(analysis, { ...noFilters, collapsed: [CLUSTER] }))).not.toBe(key);
  });
});
