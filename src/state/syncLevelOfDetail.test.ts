import { describe, expect, it } from 'vitest';
import type { Analysis, GraphNode } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { createAppStore } from './store';
import { LARGE_GRAPH_NODES, syncLevelOfDetail } from './syncLevelOfDetail';

function analysisWith(count: number): Analysis {
  const nodes: GraphNode[] = [
    { id: '111122223333', kind: 'account', label: 'A', account: '111122223333' },
    ...Array.from({ length: count }, (_, i): GraphNode => ({
      id: `arn:aws:iam::111122223333:role/r${i}`,
      kind: 'role',
      label: `r${i}`,
      account: '111122223333',
    })),
  ];
  return { nodes, edges: [], findings: [], problems: [], stats: { evaluations: 0, milliseconds: 0 } };
}

describe('level of detail', () => {
  it('collapses every account when the graph is too large to draw whole', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    syncLevelOfDetail(store);
    store.getState().setAnalysis(analysisWith(LARGE_GRAPH_NODES + 1));
    expect(store.getState().collapsed).toEqual(['111122223333']);
  });

  it("leaves small graphs, and the user's own choice, alone", () => {
    const store = createAppStore(ec2CrossAccountScenario);
    syncLevelOfDetail(store);
    store.getState().setAnalysis(analysisWith(10));
    expect(store.getState().collapsed).toEqual([]);
    store.getState().toggleCollapsed('111122223333');
    store.getState().toggleCollapsed('111122223333');
    store.getState().setAnalysis(analysisWith(LARGE_GRAPH_NODES + 1));
    expect(store.getState().collapsed).toEqual([]);
  });
});
