import { RpcClient } from './client';
import type { EngineMethods, LayoutMethods } from './protocol';

export type EngineClient = RpcClient<EngineMethods>;
export type LayoutClient = RpcClient<LayoutMethods>;

export function createEngineClient(): EngineClient {
  return new RpcClient<EngineMethods>(
    () =>
      new Worker(new URL('./engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'trustscope-engine',
      }),
  );
}

export function createLayoutClient(): LayoutClient {
  return new RpcClient<LayoutMethods>(
    () =>
      new Worker(new URL('./layout.worker.ts', import.meta.url), {
        type: 'module',
        name: 'trustscope-layout',
      }),
  );
}
