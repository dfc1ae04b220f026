import type { MethodName, Params, Result, WorkerRequest, WorkerResponse } from './protocol';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
}

/** Thrown to the caller of `callLatest` when a newer call on the same channel replaced its request. */
export class StaleResultError extends Error {
  constructor(channel: string) {
    super(`A newer request on "${channel}" replaced this one`);
    this.name = 'StaleResultError';
  }
}

/**
 * The page's side of the engine worker. `call` is a plain RPC; `callLatest` keeps only the newest
 * request per channel so a fast typist never sees an old result overwrite a new one.
 */
export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();

  constructor(private readonly createWorker: () => Worker) {
    this.worker = this.spawn();
  }

  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    const id = this.nextId++;
    const request = { id, method, params } as WorkerRequest;
    return new Promise<Result<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(request);
    });
  }

  async callLatest<M extends MethodName>(channel: string, method: M, params: Params<M>): Promise<Result<M>> {
    const ticket = this.nextId;
    this.latest.set(channel, ticket);
    const result = await this.call(method, params);
    if (this.latest.get(channel) !== ticket) throw new StaleResultError(channel);
    return result;
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll('The engine worker was stopped');
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.settle(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.failAll(`The engine worker crashed: ${event.message}`);
      this.worker.terminate();
      this.worker = this.spawn();
    };
    return worker;
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (response.ok) pending.resolve(response.result);
    else pending.reject(new Error(response.error));
  }

  private failAll(message: string): void {
    for (const pending of this.pending.values()) pending.reject(new Error(message));
    this.pending.clear();
  }
}

export function createEngineClient(): EngineClient {
  return new EngineClient(
    () =>
      new Worker(new URL('./engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'trustscope-engine',
      }),
  );
}
