import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, TrustPath } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { RpcClient } from '../worker/client';
import type { EngineMethods } from '../worker/protocol';
import { FakeWorker } from '../worker/fakeWorker.testkit';
import { createAppStore, type AppStore } from './store';
import { syncPaths } from './syncPaths';

const FROM = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
const TO = 'arn:aws:iam::111122223333:role/RoleForB';
const analysis = (): Analysis => ({
  nodes: [],
  edges: [],
  findings: [],
  problems: [],
  stats: { evaluations: 0, milliseconds: 0 },
});
const path = { nodes: [FROM, TO], edges: [] } as unknown as TrustPath;
const whyNot = {
  sentence: "RoleForB's trust policy no longer names account 444455556666",
  code: 'refused',
} as const;

describe('paths shown stay live', () => {
  let store: AppStore;
  let worker: FakeWorker;
  const settle = () => vi.advanceTimersByTimeAsync(10);

  beforeEach(() => {
    vi.useFakeTimers();
    store = createAppStore(ec2CrossAccountScenario);
    worker = new FakeWorker();
    syncPaths(store, new RpcClient<EngineMethods>(() => worker as unknown as Worker));
    store.getState().setAnalysis(analysis());
  });
  afterEach(() => vi.useRealTimers());

  it('asks again when a new analysis lands, and shows why not once the path is gone', async () => {
    store.getState().setPathEnds(FROM, TO);
    store.getState().setPaths([path], null);
    store.getState().setAnalysis(analysis());
    await settle();
    worker.answer('paths', { paths: [] });
    await settle();
    worker.answer('whyNot', whyNot);
    await settle();
    expect(store.getState().paths).toEqual([]);
    expect(store.getState().whyNot).toEqual(whyNot);
  });

  it('asks nothing while no paths are shown, and drops an answer the ends have moved past', async () => {
    store.getState().setAnalysis(analysis());
    await settle();
    expect(worker.sent).toEqual([]);

    store.getState().setPathEnds(FROM, TO);
    store.getState().setPaths([path], null);
    store.getState().setAnalysis(analysis());
    await settle();
    store.getState().setPathEnds(TO, FROM);
    worker.answer('paths', { paths: [path, path] });
    await settle();
    expect(store.getState().paths).toBeNull();
  });
});
