import type { MethodMap, Params, Result, RpcResponse } from './protocol';

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
 * The page's side of a worker. `call` is a plain RPC; `callLatest` keeps only the newest request per
 * channel so a fast typist never sees an old result overwrite a new one. A worker that crashes is
 * replaced, and what it was doing fails with a message the UI can show.
 */
export class RpcClient<M extends MethodMap> {
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();

  constructor(private readonly createWorker: () => Worker) {
    this.worker = this.spawn();
  }

  call<K extends keyof M & string>(method: K, params: Params<M, K>): Promise<Result<M, K>> {
    const id = this.nextId++;
    return new Promise<Result<M, K>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, params });
    });
  }

  async callLatest<K extends keyof M & string>(
    channel: string,
    method: K,
    params: Params<M, K>,
  ): Promise<Result<M, K>> {
    const ticket = this.nextId;
    this.latest.set(channel, ticket);
    const result = await this.call(method, params);
    if (this.latest.get(channel) !== ticket) throw new StaleResultError(channel);
    return result;
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll('The worker was stopped');
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<RpcResponse>) => this.settle(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.failAll(`The worker crashed: ${event.message}`);
      this.worker.terminate();
      this.worker = this.spawn();
    };
    return worker;
  }

  private settle(response: RpcResponse): void {
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
