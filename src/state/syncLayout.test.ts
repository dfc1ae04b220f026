import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, GraphNode } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { fakeClient, type FakeWorker } from '../worker/fakeWorker.testkit';
import type { LayoutRequest } from '../worker/layout/layoutTypes';
import type { LayoutMethods } from '../worker/protocol';
import { createAppStore, type AppStore } from './store';
import { syncLayout } from './syncLayout';

const ACCOUNT = '111122223333';

/** An account of `roles` roles, the edges left out: the layout plan is chosen by boxes and edges. */
function analysisOf(roles: number, explanation = ''): Analysis {
  const nodes: GraphNode[] = [
    { id: ACCOUNT, kind: 'account', label: 'A', account: ACCOUNT },
    ...Array.from({ length: roles }, (_, i): GraphNode => ({
      id: `arn:aws:iam::${ACCOUNT}:role/r${i}`,
      kind: 'role',
      label: `r${i}${explanation}`,
      account: ACCOUNT,
    })),
  ];
  return { nodes, edges: [], findings: [], problems: [], stats: { evaluations: 0, milliseconds: 0 } };
}
const placed = { positions: {}, width: 1, height: 1 };

describe('laying out what is shown', () => {
  let store: AppStore;
  let workers: FakeWorker[];
  const worker = () => workers[workers.length - 1] as FakeWorker;
  const asked = () => worker().sent.map((m) => (m.params as LayoutRequest).algorithm);
  const settle = () => vi.advanceTimersByTimeAsync(0);

  beforeEach(() => {
    vi.useFakeTimers();
    store = createAppStore(ec2CrossAccountScenario);
    const fake = fakeClient<LayoutMethods>();
    workers = fake.workers;
    syncLayout(store, fake.client);
  });
  afterEach(() => vi.useRealTimers());

  it('waits for ELK alone on a small graph', async () => {
    store.getState().setAnalysis(analysisOf(10));
    await settle();
    expect(asked()).toEqual(['elk']);
    expect(store.getState().layoutPending).toBe(true);
    worker().answer('layout', placed);
    await settle();
    expect(store.getState().layout).toEqual(placed);
    expect(store.getState().layoutPending).toBe(false);
  });

  it('draws a quick layout first on a mid-sized graph, then replaces it with ELK', async () => {
    store.getState().setAnalysis(analysisOf(1000));
    await settle();
    expect(asked()).toEqual(['quick']);
    worker().answer('layout', placed);
    await settle();
    expect(store.getState().layout?.provisional).toBe(true);
    expect(store.getState().layoutPending).toBe(true);
    expect(asked()).toEqual(['elk']);
    worker().answer('layout', placed);
    await settle();
    expect(store.getState().layout?.provisional).toBeUndefined();
    expect(store.getState().layoutPending).toBe(false);
  });

  it('keeps to the quick layout on a large graph', async () => {
    store.getState().setAnalysis(analysisOf(2000));
    await settle();
    expect(asked()).toEqual(['quick']);
    worker().answer('layout', placed);
    await settle();
    expect(asked()).toEqual([]);
    expect(store.getState().layout).toEqual(placed);
  });

  it('does not move the graph for an edit that leaves the same boxes', async () => {
    store.getState().setAnalysis(analysisOf(10));
    await settle();
    worker().answer('layout', placed);
    await settle();
    store.getState().setAnalysis(analysisOf(10, ' (edited)'));
    await settle();
    expect(asked()).toEqual([]);
    expect(store.getState().layoutPending).toBe(false);
  });

  it('stops a layout of what is no longer shown and lays out the new view', async () => {
    store.getState().setAnalysis(analysisOf(10));
    await settle();
    store.getState().toggleCollapsed(ACCOUNT);
    await settle();
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    const [request] = worker().sent;
    expect((request?.params as LayoutRequest).boxes.map((b) => b.id)).toEqual([ACCOUNT]);
    worker().answer('layout', placed);
    await settle();
    expect(store.getState().analysisError).toBeNull();
    expect(store.getState().layoutPending).toBe(false);
  });
});
