/// <reference lib="webworker" />
import type { Handlers, MethodMap, RpcRequest, RpcResponse } from './protocol';

/** Answers typed RPC requests inside a worker with the given handlers. */
export function serve<M extends MethodMap>(scope: DedicatedWorkerGlobalScope, handlers: Handlers<M>): void {
  scope.onmessage = async (event: MessageEvent<RpcRequest<M>>) => {
    const { id, method, params } = event.data;
    let response: RpcResponse;
    try {
      const handler = handlers[method] as ((p: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`Unknown method "${method}"`);
      response = { id, ok: true, result: await handler(params) };
    } catch (error) {
      response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(response);
  };
}
