/// <reference lib="webworker" />
import type { HandlerContext, Handlers, MethodMap, RpcRequest, RpcResponse } from './protocol';

/** Progress is posted at most this often, so a tight loop reporting every item costs nothing. */
const PROGRESS_INTERVAL_MS = 50;

/** Answers typed RPC requests inside a worker with the given handlers. */
export function serve<M extends MethodMap>(scope: DedicatedWorkerGlobalScope, handlers: Handlers<M>): void {
  scope.onmessage = async (event: MessageEvent<RpcRequest<M>>) => {
    const { id, method, params } = event.data;
    let last = 0;
    const context: HandlerContext = {
      progress: (done, total, phase, detail) => {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
        last = now;
        const progress = detail === undefined ? { done, total, phase } : { done, total, phase, detail };
        scope.postMessage({ id, progress } satisfies RpcResponse);
      },
    };
    let response: RpcResponse;
    try {
      const handler = handlers[method] as ((p: unknown, c: HandlerContext) => unknown) | undefined;
      if (!handler) throw new Error(`Unknown method "${method}"`);
      response = { id, ok: true, result: await handler(params, context) };
    } catch (error) {
      response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(response);
  };
}
