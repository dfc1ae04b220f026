import type { RpcResponse } from '../worker/protocol';

/** A worker the test answers by hand: what the page sent, and a way to reply to it. */
export class FakeWorker {
  sent: { id: number; method: string }[] = [];
  onmessage: ((event: MessageEvent<RpcResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: { id: number; method: string }) {
    this.sent.push(message);
  }
  /** A cancelled worker is replaced: what it was asked dies with it. */
  terminate() {
    this.sent = [];
  }
  /** Answers the oldest unanswered request for `method`. */
  answer(method: string, result: unknown) {
    const at = this.sent.findIndex((m) => m.method === method);
    const [request] = this.sent.splice(at, 1);
    if (!request) throw new Error(`no ${method} request to answer`);
    this.onmessage?.({ data: { id: request.id, ok: true, result } } as MessageEvent<RpcResponse>);
  }
}
