/**
 * The one place the page and the workers agree on. Every method names its params and result; the
 * clients and the workers are typed from these maps, so a mismatch fails the typecheck.
 * (Field names avoid `cmd`: elkjs's bundled build claims messages that carry one.)
 */
import type {
  AnalyzePhase,
  Analysis,
  EvaluationResult,
  PermissionRequest,
  PermissionRow,
  TrustPath,
  WhyNot,
} from '../engine';
import type { Language } from '../i18n/translate';
import type { ImportFile, ImportResult } from '../importers';
import type { Scenario } from '../model/scenario';
import type { ScenarioValidation } from '../model/validateScenario';
import type { DecodeResult, SharedState } from '../share';
import type { ExportFormat } from '../share/export/formats';
import type { LayoutRequest, LayoutResult } from './layout/layoutTypes';
import type { PlanChanges } from './planChanges';

interface Method<P, R> {
  params: P;
  result: R;
}

export type MethodMap = Record<string, Method<unknown, unknown>>;

/** The engine worker: linting, analysis and the queries on the latest analysis. */
export type EngineMethods = {
  hello: Method<Record<string, never>, { engine: string; methods: string[] }>;
  /** Analyses a scenario with the user's document texts; later queries refer to this analysis. */
  analyze: Method<
    { scenario: Scenario; texts: Record<string, string>; revision: number },
    { revision: number; analysis: Analysis }
  >;
  paths: Method<{ from: string; to: string; maxDepth?: number }, { paths: TrustPath[] }>;
  whyNot: Method<{ from: string; to: string }, WhyNot>;
  can: Method<{ principal: string; action: string; resource: string }, EvaluationResult>;
  /** Turns exports (GAAD, Kubernetes YAML, CLI output, ~/.aws/config, scenarios) into a scenario. */
  importFiles: Method<{ files: (ImportFile | FileBytes)[]; base?: Scenario }, ImportResult>;
  /**
   * What a Terraform plan among the files changes (its before side against `after`, the scenario
   * importFiles made of the same files and base); null when none is a plan.
   */
  planChanges: Method<
    { files: (ImportFile | FileBytes)[]; base?: Scenario; after: Scenario },
    PlanChanges | null
  >;
  encodeLink: Method<SharedState, { fragment: string }>;
  decodeLink: Method<{ fragment: string }, DecodeResult>;
  validateScenario: Method<{ text: string }, ScenarioValidation>;
  /** Replays the engine requests behind an edge with their full traces. */
  explainEdge: Method<{ edgeId: string }, { decisions: { action: string; result: EvaluationResult }[] }>;
  /** What a node can do, chain by chain (nearest first, progress per chain): docs/effective-permissions.md. */
  permissions: Method<
    { node: string; includeDenied: boolean },
    { rows: PermissionRow[]; chains: number; chainsShown: number }
  >;
  /** Who can act on a resource, directly or through a chain. */
  whoCanAccess: Method<{ resource: string; includeDenied: boolean }, { rows: PermissionRow[] }>;
  /** One permission row's request again, with the full trace (null when its chain is gone). */
  explainPermission: Method<PermissionRequest, { result: EvaluationResult | null }>;
  /** The latest analysis as a file for another tool (docs/exporting.md), worded in `language`. */
  exportGraph: Method<{ format: ExportFormat; language: Language }, { text: string }>;
};

/** The layout worker: elkjs off the main thread. */
export type LayoutMethods = {
  layout: Method<LayoutRequest, LayoutResult>;
};

export type Params<M extends MethodMap, K extends keyof M> = M[K]['params'];
export type Result<M extends MethodMap, K extends keyof M> = M[K]['result'];

/** A file as read from disk: the worker decodes it in the encoding its byte-order mark names. */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

export interface RpcRequest<M extends MethodMap> {
  id: number;
  method: keyof M & string;
  params: unknown;
}

/** What a long job is doing, as a code the page words in the user's language. */
export type ProgressPhase = AnalyzePhase | 'import' | 'permissions';

export interface Progress {
  done: number;
  total: number;
  phase: ProgressPhase;
  /** What the phase is at, when it says (the file being imported). */
  detail?: string;
}

export type RpcResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; progress: Progress };

/** What a handler may do besides returning: report progress on a long job. */
export interface HandlerContext {
  progress: (done: number, total: number, phase: ProgressPhase, detail?: string) => void;
}

export type Handlers<M extends MethodMap> = {
  [K in keyof M]: (
    params: M[K]['params'],
    context: HandlerContext,
  ) => M[K]['result'] | Promise<M[K]['result']>;
};
