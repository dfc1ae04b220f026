/**
 * Scenarios for the browser bench: a generated organization sized so that the canvas shows about
 * `target` React Flow nodes (roles, instances, functions, pods… plus the account and cluster groups),
 * with the default filters. Sizing runs the real analysis in Node, so the count is exact.
 */
import { analyzeScenario } from '../src/engine/graph/analysis/analyzeScenario';
import { generateOrganization } from '../src/testSupport/generateOrganization';
import type { Scenario } from '../src/model/scenario';
import { visibleGraph } from '../src/state/graphView/visibleGraph';

export interface SizedScenario {
  scenario: Scenario;
  roles: number;
  visibleNodes: number;
  visibleEdges: number;
}

const NO_FILTERS = {
  hiddenEdgeKinds: [],
  hiddenNodeKinds: [],
  hiddenAccounts: [],
  collapsed: [],
  focus: null,
};

function measure(roles: number): SizedScenario {
  const scenario = generateOrganization({ roles, seed: 1 });
  const graph = visibleGraph(analyzeScenario(scenario), NO_FILTERS);
  return {
    scenario,
    roles: scenario.roles?.length ?? 0,
    visibleNodes: graph.nodes.length,
    visibleEdges: graph.edges.length,
  };
}

/** About `target` visible nodes (within a few percent): two corrections from a first guess. */
export function scenarioWithVisibleNodes(target: number): SizedScenario {
  let roles = Math.round(target * 0.72);
  let best = measure(roles);
  for (let i = 0; i < 2 && Math.abs(best.visibleNodes - target) / target > 0.03; i++) {
    roles = Math.max(10, Math.round((roles * target) / best.visibleNodes));
    const next = measure(roles);
    if (Math.abs(next.visibleNodes - target) < Math.abs(best.visibleNodes - target)) best = next;
  }
  return best;
}
