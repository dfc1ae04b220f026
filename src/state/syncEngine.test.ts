import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { fakeClient, type FakeWorker } from '../worker/fakeWorker.testkit';
import type { EngineMethods } from '../worker/protocol';
import { createAppStore, type AppStore } from './store';
import { syncEngine } from './syncEngine';

const TRUST = 'arn:aws:iam::111122223333:role/RoleForB#trust';
const DEBOUNCE_MS = 120;

/** An analysis told apart by the label of its one node. */
const analysis = (label: string): Analysis => ({
  nodes: [{ id: `arn:aws:iam::111122223333:role/${label}`, kind: 'role', label, account: '111122223333' }],
  edges: [],
  findings: [],
  problems: [],
  stats: { evaluations: 0, milliseconds: 0 },
});

describe('re-analysis as the user edits', () => {
  let store: AppStore;
  let workers: FakeWorker[];
  let client: ReturnType<typeof fakeClient<EngineMethods>>['client'];
  const worker = () => workers[workers.length - 1] as FakeWorker;
  const shown = () => store.getState().analysis?.nodes[0]?.label;
  /** The texts each pending analyze request carries for the trust policy. */
  const askedTexts = () =>
    worker()
      .sent.filter((m) => m.method === 'analyze')
      .map((m) => (m.params as EngineMethods['analyze']['params']).texts[TRUST]);
  const edit = (text: string) => store.getState().setDocumentText(TRUST, text);
  const flush = () => vi.advanceTimersByTimeAsync(0);

  beforeEach(async () => {
    vi.useFakeTimers();
    store = createAppStore(ec2CrossAccountScenario);
    ({ client, workers } = fakeClient<EngineMethods>());
    syncEngine(store, client);
    worker().answer('hello', { engine: 'test', methods: [] });
    await flush();
    worker().answer('analyze', { revision: 1, analysis: analysis('opened') });
    await flush();
    expect(shown()).toBe('opened');
  });
  afterEach(() => vi.useRealTimers());

  it('waits for typing to pause, then analyses the latest text once', async () => {
    edit('{"a"');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 20);
    edit('{"ab"');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 20);
    edit('{"abc"}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(askedTexts()).toEqual([]);
    expect(store.getState().analysisPending).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(askedTexts()).toEqual(['{"abc"}']);
  });

  it('never lets an older analysis overwrite a newer one', async () => {
    edit('{"first": 1}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    edit('{"second": 2}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(askedTexts()).toEqual(['{"first": 1}', '{"second": 2}']);

    worker().answer('analyze', { revision: 3, analysis: analysis('second') }, 'newest');
    await flush();
    worker().answer('analyze', { revision: 2, analysis: analysis('first') });
    await flush();
    expect(shown()).toBe('second');
    expect(store.getState().analysisPending).toBe(false);
  });

  it('keeps the edit pending when the older analysis lands first, and shows the newer one', async () => {
    edit('{"first": 1}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    edit('{"second": 2}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    worker().answer('analyze', { revision: 2, analysis: analysis('first') });
    await flush();
    expect(shown()).toBe('opened');
    expect(store.getState().analysisPending).toBe(true);
    worker().answer('analyze', { revision: 3, analysis: analysis('second') });
    await flush();
    expect(shown()).toBe('second');
  });

  it('analyses the text an undo restores', async () => {
    const original = store.getState().documentTexts[TRUST];
    edit('{"Statement": []}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    worker().answer('analyze', { revision: 2, analysis: analysis('edited') });
    await flush();
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(askedTexts()).toEqual([original]);
  });

  it('after a crash, shows the error, keeps the last graph, and analyses the next edit', async () => {
    edit('{"big": true}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    worker().crash('Out of memory');
    await flush();
    const state = store.getState();
    expect(state.analysisError).toMatch(/stopped unexpectedly: Out of memory.*last finished analysis/);
    expect(state.notice).toMatchObject({ kind: 'error' });
    expect(shown()).toBe('opened');
    expect(workers).toHaveLength(2);
    expect(askedTexts()).toEqual([]);

    edit('{"small": true}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(askedTexts()).toEqual(['{"small": true}']);
    worker().answer('analyze', { revision: 3, analysis: analysis('recovered') });
    await flush();
    expect(shown()).toBe('recovered');
    expect(store.getState().analysisError).toBeNull();
  });

  it('after a cancelled analysis, waits for Retry, then analyses at once', async () => {
    edit('{"slow": true}');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    client.cancel();
    await flush();
    expect(store.getState().analysisError).toMatch(/cancelled/);
    expect(askedTexts()).toEqual([]);

    store.getState().retryAnalysis();
    expect(askedTexts()).toEqual(['{"slow": true}']);
    expect(store.getState().analysisError).toBeNull();
  });

  it('analyses again at once when a crash takes down another job: the fresh worker knows no scenario', async () => {
    const importing = client.call('importFiles', { files: [] });
    worker().crash('Out of memory');
    await expect(importing).rejects.toThrow(/stopped unexpectedly/);
    expect(askedTexts()).toHaveLength(1);
  });
});

describe('an engine that cannot start', () => {
  afterEach(() => vi.useRealTimers());

  it('says so instead of waiting for it', async () => {
    vi.useFakeTimers();
    const store = createAppStore(ec2CrossAccountScenario);
    const { client, workers } = fakeClient<EngineMethods>();
    syncEngine(store, client);
    workers[0]?.fail('hello', 'module failed to load');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().engineStatus).toBe('failed');
    expect(store.getState().engineInfo).toContain('module failed to load');
  });
});
