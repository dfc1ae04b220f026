/**
 * The trust graph of a scenario: every way one identity becomes another, each hop decided by the
 * engine with every policy that applies (docs/trust-graph.md).
 */
import type { Scenario } from '../../../model/scenario';
import { addAssumeRoleEdges } from '../edges/assumeRoleEdges';
import { buildCallerIndex, type CallerIndex } from '../hops/callerIndex';
import { EdgeBuilder } from '../edges/edgeBuilder';
import { edgeSideAssumptions } from './sideAssumptions';
import { addFederationEdges } from '../edges/federationEdges';
import type { AdminCache } from './adminPaths';
import { findFindings } from './findings';
import { DocumentCache, prepareScenario, type PreparedScenario } from './prepareScenario';
import { trustNames, type TrustNames } from '../hops/trustIndex';
import type { Analysis, GraphEdge, GraphNode } from '../types';
import { addEdgeTargets, buildNodes } from './buildNodes';
import { addProfileEdges } from '../edges/profileEdges';
import { addWorkloadEdges } from '../edges/workloadEdges';
import { addEscalationEdges } from '../edges/escalation/escalationEdges';
import { addMemberEdges } from '../edges/memberEdges';
import { withGroupHops } from '../edges/escalation/groupHops';

export type AnalyzePhase = 'prepare' | 'workloads' | 'assume-role' | 'federation' | 'findings';

export interface AnalyzeOptions {
  /** Document texts as the user typed them, by document id; they replace the scenario's values. */
  texts?: Readonly<Record<string, string>>;
  now?: () => number;
  /**
   * Progress for a progress bar: `done` of `total` units of `phase`. Called at most every ~50 ms of
   * work (by `now`), plus once at the end of each phase, so reporting never costs noticeable time.
   */
  onProgress?: (done: number, total: number, phase: AnalyzePhase) => void;
  /**
   * Privilege-escalation edges and self-escalation findings (default true): a pass of its own
   * (edges/escalation/), which an incremental run redoes whenever a policy edit could change it.
   */
  escalation?: boolean;
}

/** Throttles progress reports to one per ~50 ms of work. */
export function progressReporter(
  now: () => number,
  onProgress: AnalyzeOptions['onProgress'],
): (done: number, total: number, phase: AnalyzePhase, force?: boolean) => void {
  if (!onProgress) return () => {};
  let last = now();
  return (done, total, phase, force = false) => {
    const t = now();
    if (!force && t - last < 50) return;
    last = t;
    onProgress(done, total, phase);
  };
}

/** Everything a run computes, kept by the incremental analyzer (incremental.ts) to redo only part. */
export interface AnalysisRun {
  analysis: Analysis;
  prepared: PreparedScenario;
  names: Map<string, TrustNames>;
  index: CallerIndex;
  /** Nodes of the scenario itself, before edges add outside accounts and service principals. */
  baseNodes: ReadonlyMap<string, GraphNode>;
  /** All nodes by id, those the edges created included. */
  nodes: Map<string, GraphNode>;
}

export function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function runAnalysis(
  scenario: Scenario,
  options: AnalyzeOptions,
  cache: DocumentCache = new DocumentCache(),
  admins?: AdminCache,
): AnalysisRun {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const report = progressReporter(now, options.onProgress);
  report(0, 1, 'prepare');
  const prepared = prepareScenario(scenario, options.texts ?? {}, cache);
  report(1, 1, 'prepare', true);
  const baseNodes = buildNodes(scenario);
  const nodes = new Map(baseNodes);
  const edges = new EdgeBuilder(edgeSideAssumptions(prepared));
  const counter = { evaluations: 0 };
  const names = new Map(prepared.roles.map((r) => [r.arn, trustNames(r)]));
  const index = buildCallerIndex(prepared);

  addWorkloadEdges(prepared, edges, counter);
  report(1, 1, 'workloads', true);
  addAssumeRoleEdges(prepared, names, nodes, edges, counter, index, {
    progress: (done, total) => report(done, total, 'assume-role'),
  });
  report(prepared.roles.length, prepared.roles.length, 'assume-role', true);
  addFederationEdges(prepared, names, nodes, edges, counter);
  addProfileEdges(prepared, edges, counter);
  report(1, 1, 'federation', true);
  const adminCache: AdminCache = admins ?? new WeakMap();
  const escalation = options.escalation !== false;
  addMemberEdges(prepared, edges);
  if (escalation) addEscalationEdges(prepared, edges, counter, adminCache);

  // A group's edges read the users' own edges, the join edges among them, so they come last.
  const edgeList: GraphEdge[] = escalation
    ? withGroupHops(prepared, edges.list(), counter, adminCache)
    : edges.list();
  addEdgeTargets(nodes, edgeList);
  const nodeList = sortById([...nodes.values()]);
  const findings = findFindings(prepared, nodeList, edgeList, adminCache, escalation);
  report(1, 1, 'findings', true);
  return {
    analysis: {
      nodes: nodeList,
      edges: edgeList,
      findings,
      problems: prepared.problems,
      stats: { evaluations: counter.evaluations, milliseconds: Math.round(now() - started) },
    },
    prepared,
    names,
    index,
    baseNodes,
    nodes,
  };
}

export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  return runAnalysis(scenario, options).analysis;
}
