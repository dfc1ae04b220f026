/**
 * The one place the page and the engine worker agree on. Every method names its params and result;
 * the client and the worker are both typed from this map, so a mismatch fails the typecheck.
 * (Field names avoid `cmd`: elkjs's worker build claims messages that carry one.)
 */
import type { Analysis, Diagnostic, EvaluationResult, PolicyKind, TrustPath, WhyNot } from '../engine';
import type { Scenario } from '../model/scenario';

export interface WorkerMethods {
  hello: {
    params: Record<string, never>;
    result: { engine: string; methods: MethodName[] };
  };
  lintPolicy: {
    params: { text: string; kind: PolicyKind };
    result: { diagnostics: Diagnostic[]; statementCount: number };
  };
  /** Analyses a scenario with the user's document texts; later queries refer to this analysis. */
  analyze: {
    params: { scenario: Scenario; texts: Record<string, string>; revision: number };
    result: { revision: number; analysis: Analysis };
  };
  paths: {
    params: { from: string; to: string; maxDepth?: number };
    result: { paths: TrustPath[] };
  };
  whyNot: {
    params: { from: string; to: string };
    result: WhyNot;
  };
  can: {
    params: { principal: string; action: string; resource: string };
    result: EvaluationResult;
  };
}

export type MethodName = keyof WorkerMethods;
export type Params<M extends MethodName> = WorkerMethods[M]['params'];
export type Result<M extends MethodName> = WorkerMethods[M]['result'];

export type WorkerRequest = {
  [M in MethodName]: { id: number; method: M; params: Params<M> };
}[MethodName];

export type WorkerResponse =
  { id: number; ok: true; result: Result<MethodName> } | { id: number; ok: false; error: string };

export type Handlers = { [M in MethodName]: (params: Params<M>) => Result<M> | Promise<Result<M>> };
