import type { MethodMap, Params, Progress, Result, RpcResponse } from './protocol';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  onProgress?: ((progress: Progress) => void) | undefined;
}

/** Thrown to the caller of `callLatest` when a newer call on the same channel replaced its request. */
export class StaleResultError extends Error {
  constructor(channel: string) {
    super(`A newer request on "${channel}" replaced this one`);
    this.name = 'StaleResultError';
  }
}

/** Thrown to every caller whose request was running when the user cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/** Thrown when the worker died (a crash, or out of memory); a fresh worker has already replaced it. */
export class WorkerCrashedError extends Error {
  /** What the browser said about the crash, if anything: the app words the rest. */
  readonly detail: string;

  constructor(detail: string) {
    super(`The worker stopped unexpectedly${detail ? `: ${detail}` : ''}. It has been restarted.`);
    this.name = 'WorkerCrashedError';
    this.detail = detail;
  }
}

export interface CallOptions {
  onProgress?: (progress: Progress) => void;
}

/**
 * The page's side of a worker. `call` is a plain RPC; `callLatest` keeps only the newest request per
 * channel so a fast typist never sees an old result overwrite a new one. `cancel` stops whatever
 * runs by replacing the worker (a synchronous job cannot be interrupted any other way); a worker
 * that crashes is replaced the same way, and what it was doing fails with a message the UI can show.
 */
export class RpcClient<M extends MethodMap> {
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  /** Called after the worker was replaced, so state it held (the latest analysis) can be rebuilt. */
  onRestart: ((reason: Error) => void) | undefined;

  constructor(private readonly createWorker: () => Worker) {
    this.worker = this.spawn();
  }

  call<K extends keyof M & string>(
    method: K,
    params: Params<M, K>,
    options: CallOptions = {},
  ): Promise<Result<M, K>> {
    const id = this.nextId++;
    return new Promise<Result<M, K>>((resolve, reject) => {
      this.pending.set(id, {
        resolve,
        reject,
        onProgress: options.onProgress,
      });
      this.worker.postMessage({ id, method, params });
    });
  }

  async callLatest<K extends keyof M & string>(
    channel: string,
    method: K,
    params: Params<M, K>,
    options: CallOptions = {},
  ): Promise<Result<M, K>> {
    const ticket = this.nextId;
    this.latest.set(channel, ticket);
    const result = await this.call(method, params, options);
    if (this.latest.get(channel) !== ticket) throw new StaleResultError(channel);
    return result;
  }

  /** Whether a request is in flight. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  cancel(): void {
    this.replace(new CancelledError());
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll(new Error('The worker was stopped'));
  }

  private replace(reason: Error): void {
    this.worker.terminate();
    this.failAll(reason);
    this.worker = this.spawn();
    this.onRestart?.(reason);
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<RpcResponse>) => this.settle(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.replace(new WorkerCrashedError(event.message));
    };
    return worker;
  }

  private settle(response: RpcResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if ('progress' in response) {
      pending.onProgress?.(response.progress);
      return;
    }
    this.pending.delete(response.id);
    if (response.ok) pending.resolve(response.result);
    else pending.reject(new Error(response.error));
  }

  private failAll(reason: Error): void {
    for (const pending of this.pending.values()) pending.reject(reason);
    this.pending.clear();
  }
}
