/// <reference lib="webworker" />
import { handlers } from './handlers';
import type { MethodName, Result, WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, method, params } = event.data;
  let response: WorkerResponse;
  try {
    // The protocol map keys handlers by method, so the params of a request always fit its handler.
    const run = handlers[method] as (p: typeof params) => Result<MethodName> | Promise<Result<MethodName>>;
    response = { id, ok: true, result: await run(params) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
