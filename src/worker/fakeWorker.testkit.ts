import { RpcClient } from './client';
import type { MethodMap, Progress, RpcRequest, RpcResponse } from './protocol';

/** A worker the test answers by hand: what the page sent, and ways to reply, fail or crash. */
export class FakeWorker {
  sent: RpcRequest<MethodMap>[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<RpcResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: RpcRequest<MethodMap>) {
    this.sent.push(message);
  }
  /** A cancelled worker is replaced: what it was asked dies with it. */
  terminate() {
    this.terminated = true;
    this.sent = [];
  }
  /** Answers the oldest unanswered request for `method` (the newest with `newest`). */
  answer(method: string, result: unknown, which: 'oldest' | 'newest' = 'oldest') {
    const id = this.take(method, which);
    this.reply({ id, ok: true, result });
  }
  /** The handler for the oldest request for `method` threw `error`. */
  fail(method: string, error: string) {
    this.reply({ id: this.take(method, 'oldest'), ok: false, error });
  }
  /** Reports progress on the oldest request for `method`, which stays unanswered. */
  progress(method: string, progress: Progress) {
    const request = this.sent.find((m) => m.method === method);
    if (!request) throw new Error(`no ${method} request to report on`);
    this.reply({ id: request.id, progress });
  }
  /** The worker dies (an uncaught error, out of memory), as the browser reports it. */
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
  private take(method: string, which: 'oldest' | 'newest'): number {
    const matching = this.sent.filter((m) => m.method === method);
    const request = which === 'oldest' ? matching[0] : matching[matching.length - 1];
    if (!request) throw new Error(`no ${method} request to answer`);
    this.sent.splice(this.sent.indexOf(request), 1);
    return request.id;
  }
  private reply(data: RpcResponse) {
    this.onmessage?.({ data } as MessageEvent<RpcResponse>);
  }
}

/** A client whose every worker, the first and each replacement, is a `FakeWorker` the test can reach. */
export function fakeClient<M extends MethodMap>(): { client: RpcClient<M>; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const client = new RpcClient<M>(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}
