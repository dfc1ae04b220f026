/**
 * The one place the page and the engine worker agree on. Every method names its params and result;
 * the client and the worker are both typed from this map, so a mismatch fails the typecheck.
 * (Field names avoid `cmd`: elkjs's worker build claims messages that carry one.)
 */
import type { Diagnostic, PolicyKind } from '../engine/types';

export interface WorkerMethods {
  hello: {
    params: Record<string, never>;
    result: { engine: string; methods: MethodName[] };
  };
  lintPolicy: {
    params: { text: string; kind: PolicyKind };
    result: { diagnostics: Diagnostic[]; statementCount: number };
  };
}

export type MethodName = keyof WorkerMethods;
export type Params<M extends MethodName> = WorkerMethods[M]['params'];
export type Result<M extends MethodName> = WorkerMethods[M]['result'];

export type WorkerRequest = {
  [M in MethodName]: { id: number; method: M; params: Params<M> };
}[MethodName];

export type WorkerResponse =
  | { id: number; ok: true; result: Result<MethodName> }
  | { id: number; ok: false; error: string };

export type Handlers = { [M in MethodName]: (params: Params<M>) => Result<M> | Promise<Result<M>> };
