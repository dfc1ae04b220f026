import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { RpcClient } from '../worker/client';
import type { EngineMethods, LayoutMethods } from '../worker/protocol';
import { FakeWorker } from '../worker/fakeWorker.testkit';
import { isReady } from './readiness';
import { createAppStore, type AppStore } from './store';
import { syncEngine } from './syncEngine';
import { syncLayout } from './syncLayout';

/** An analysis whose one node is named `label`: each needs a layout of its own. */
const analysis = (label: string): Analysis => ({
  nodes: [{ id: `arn:aws:iam::111122223333:role/${label}`, kind: 'role', label, account: '111122223333' }],
  edges: [],
  findings: [],
  problems: [],
  stats: { evaluations: 0, milliseconds: 0 },
});
const layoutOf = { positions: {}, width: 10, height: 10 };
const trustId = 'arn:aws:iam::111122223333:role/RoleForB#trust';

const ready = (store: AppStore) => isReady(store.getState());

describe('the ready signal', () => {
  let store: AppStore;
  let engine: FakeWorker;
  let layout: FakeWorker;
  const settle = () => vi.advanceTimersByTimeAsync(1000);

  beforeEach(async () => {
    vi.useFakeTimers();
    store = createAppStore(ec2CrossAccountScenario);
    engine = new FakeWorker();
    layout = new FakeWorker();
    syncEngine(store, new RpcClient<EngineMethods>(() => engine as unknown as Worker));
    syncLayout(store, new RpcClient<LayoutMethods>(() => layout as unknown as Worker));
    engine.answer('hello', { engine: 'test' });
    await settle();
    engine.answer('analyze', { analysis: analysis('first') });
    await settle();
    layout.answer('layout', layoutOf);
    await settle();
    expect(ready(store)).toBe(true);
  });
  afterEach(() => vi.useRealTimers());

  it('is false from the moment of an edit until its analysis and layout have landed', async () => {
    store.getState().setDocumentText(trustId, '{}');
    // Before the analysis is even asked for (it waits for typing to pause).
    expect(ready(store)).toBe(false);
    await settle();
    expect(engine.sent.map((m) => m.method)).toEqual(['analyze']);
    expect(ready(store)).toBe(false);
    engine.answer('analyze', { analysis: analysis('second') });
    await settle();
    expect(ready(store)).toBe(false);
    layout.answer('layout', layoutOf);
    await settle();
    expect(ready(store)).toBe(true);
  });

  it('stays false while a later edit is still waiting, even when an earlier analysis lands', async () => {
    store.getState().setDocumentText(trustId, '{"a": 1}');
    await settle();
    store.getState().setDocumentText(trustId, '{"a": 2}');
    // The first edit's analysis lands while the second waits for its debounce.
    engine.answer('analyze', { analysis: analysis('second') });
    expect(ready(store)).toBe(false);
    await settle();
    engine.answer('analyze', { analysis: analysis('third') });
    await settle();
    layout.answer('layout', layoutOf);
    await settle();
    expect(store.getState().analysis?.nodes[0]?.label).toBe('third');
    expect(ready(store)).toBe(true);
  });
});
