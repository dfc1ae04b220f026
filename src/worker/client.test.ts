import { describe, expect, it, vi } from 'vitest';
import { CancelledError, StaleResultError, WorkerCrashedError } from './client';
import { fakeClient, type FakeWorker } from './fakeWorker.testkit';
import type { LayoutMethods } from './protocol';

type Methods = LayoutMethods & {
  echo: { params: { text: string }; result: { text: string } };
};

const request = { boxes: [], edges: [] };
const placed = (x: number) => ({ positions: { a: { x, y: 0, width: 1, height: 1 } } });
const newest = (workers: FakeWorker[]) => workers[workers.length - 1] as FakeWorker;

describe('the worker client', () => {
  it('answers each call with its own result, and a handler error as a rejected call', async () => {
    const { client, workers } = fakeClient<Methods>();
    const first = client.call('echo', { text: 'a' });
    const second = client.call('echo', { text: 'b' });
    expect(client.busy).toBe(true);
    newest(workers).answer('echo', { text: 'A' }, 'newest');
    newest(workers).fail('echo', 'the policy is not JSON');
    await expect(second).resolves.toEqual({ text: 'A' });
    await expect(first).rejects.toThrow('the policy is not JSON');
    expect(client.busy).toBe(false);
  });

  it('passes progress to the caller while the call runs', async () => {
    const { client, workers } = fakeClient<Methods>();
    const onProgress = vi.fn();
    const done = client.call('layout', request, { onProgress });
    newest(workers).progress('layout', { done: 1, total: 3, phase: 'assume-role' });
    newest(workers).answer('layout', placed(1));
    await done;
    expect(onProgress).toHaveBeenCalledExactlyOnceWith({ done: 1, total: 3, phase: 'assume-role' });
  });

  it('drops an older answer on a channel once a newer request was sent, whichever lands first', async () => {
    const { client, workers } = fakeClient<Methods>();
    const older = client.callLatest('layout', 'layout', request);
    const newer = client.callLatest('layout', 'layout', request);
    newest(workers).answer('layout', placed(2), 'newest');
    newest(workers).answer('layout', placed(1));
    await expect(newer).resolves.toEqual(placed(2));
    await expect(older).rejects.toBeInstanceOf(StaleResultError);
  });

  it('keeps channels apart: a newer call on one channel does not drop another channel', async () => {
    const { client, workers } = fakeClient<Methods>();
    const layout = client.callLatest('layout', 'layout', request);
    const echo = client.callLatest('echo', 'echo', { text: 'x' });
    newest(workers).answer('layout', placed(1));
    newest(workers).answer('echo', { text: 'x' });
    await expect(layout).resolves.toEqual(placed(1));
    await expect(echo).resolves.toEqual({ text: 'x' });
  });

  it('cancel stops the worker, fails what ran with CancelledError and starts a fresh worker', async () => {
    const { client, workers } = fakeClient<Methods>();
    const onRestart = vi.fn();
    client.onRestart = onRestart;
    const running = client.call('layout', request);
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(onRestart).toHaveBeenCalledExactlyOnceWith(expect.any(CancelledError));
    expect(client.busy).toBe(false);

    const next = client.call('echo', { text: 'again' });
    expect(newest(workers).sent.map((m) => m.method)).toEqual(['echo']);
    newest(workers).answer('echo', { text: 'again' });
    await expect(next).resolves.toEqual({ text: 'again' });
  });

  it('a crashed worker fails what it held with the reason, and is replaced', async () => {
    const { client, workers } = fakeClient<Methods>();
    const onRestart = vi.fn();
    client.onRestart = onRestart;
    const running = client.call('layout', request);
    workers[0]?.crash('Out of memory');
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect((error as Error).message).toContain('Out of memory');
    expect(onRestart).toHaveBeenCalledExactlyOnceWith(error);
    expect(workers).toHaveLength(2);

    const next = client.call('echo', { text: 'b' });
    newest(workers).answer('echo', { text: 'b' });
    await expect(next).resolves.toEqual({ text: 'b' });
  });

  it('dispose stops the worker for good and fails what was pending', async () => {
    const { client, workers } = fakeClient<Methods>();
    const running = client.call('layout', request);
    client.dispose();
    await expect(running).rejects.toThrow('The worker was stopped');
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
  });
});
