/**
 * The trust graph of a scenario: every way one identity becomes another, each hop decided by the
 * engine with every policy that applies (docs/trust-graph.md).
 */
import type { Scenario } from '../../model/scenario';
import { addAssumeRoleEdges } from './assumeRoleEdges';
import { EdgeBuilder } from './edgeBuilder';
import { addFederationEdges } from './federationEdges';
import { findFindings } from './findings';
import { prepareScenario } from './prepareScenario';
import { trustNames } from './trustIndex';
import type { Analysis } from './types';
import { buildNodes } from './buildNodes';
import { addWorkloadEdges } from './workloadEdges';

export interface AnalyzeOptions {
  /** Document texts as the user typed them, by document id; they replace the scenario's values. */
  texts?: Readonly<Record<string, string>>;
  now?: () => number;
}

export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const prepared = prepareScenario(scenario, options.texts ?? {});
  const nodes = buildNodes(scenario);
  const edges = new EdgeBuilder();
  const counter = { evaluations: 0 };
  const names = new Map(prepared.roles.map((r) => [r.arn, trustNames(r)]));

  addWorkloadEdges(prepared, edges, counter);
  addAssumeRoleEdges(prepared, names, nodes, edges, counter);
  addFederationEdges(prepared, names, edges, counter);

  const edgeList = edges.list();
  const nodeList = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const findings = findFindings(prepared, nodeList, edgeList);
  return {
    nodes: nodeList,
    edges: edgeList,
    findings,
    problems: prepared.problems,
    stats: { evaluations: counter.evaluations, milliseconds: Math.round(now() - started) },
  };
}
