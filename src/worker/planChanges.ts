/**
 * What a Terraform plan changes, as `cli diff PLAN` computes it: the files imported again on the
 * plan's before side (its prior state) into the same base, both sides analyzed afresh and compared.
 * The analyzer the page's queries use is left alone: this is a side question, asked once per import.
 */
import {
  administratorRoles,
  analyzeScenario,
  diffAnalyses,
  prepareScenario,
  type AnalysisDiff,
  type AnalyzeOptions,
} from '../engine';
import { importFiles, isTerraformPlan, type ImportFile } from '../importers';
import type { Scenario } from '../model/scenario';

/** The diff, with the labels of the nodes it names (a node of the before side only is not in the page's analysis). */
export interface PlanChanges {
  diff: AnalysisDiff;
  labels: Record<string, string>;
}

function analyzed(scenario: Scenario, onProgress: AnalyzeOptions['onProgress']) {
  return {
    analysis: analyzeScenario(scenario, onProgress ? { onProgress } : {}),
    admins: administratorRoles(prepareScenario(scenario)),
  };
}

/** The labels of every node an edge change or a reach change names. */
function labelsOf(
  diff: AnalysisDiff,
  nodes: Iterable<{ id: string; label: string }>,
): Record<string, string> {
  const named = new Set<string>();
  for (const { edge } of diff.edges) named.add(edge.from).add(edge.to);
  for (const reach of diff.adminReach) named.add(reach.principal).add(reach.admin);
  const labels: Record<string, string> = {};
  for (const node of nodes) if (named.has(node.id)) labels[node.id] = node.label;
  return labels;
}

/**
 * The plan's changes, `after` being the scenario the same files made on the plan's after side;
 * null when no file is a plan (a state, or no Terraform at all, has nothing to compare).
 */
export function planChanges(
  files: readonly ImportFile[],
  base: Scenario | undefined,
  after: Scenario,
  onProgress?: AnalyzeOptions['onProgress'],
): PlanChanges | null {
  if (!files.some(isTerraformPlan)) return null;
  const before = importFiles(
    files.map((file) => ({ ...file, side: 'before' as const })),
    base,
  ).scenario;
  const was = analyzed(before, onProgress);
  const now = analyzed(after, onProgress);
  const diff = diffAnalyses({
    before: was.analysis,
    after: now.analysis,
    admins: { before: was.admins, after: now.admins },
  });
  return { diff, labels: labelsOf(diff, [...was.analysis.nodes, ...now.analysis.nodes]) };
}
