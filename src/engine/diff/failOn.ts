/**
 * The conditions a review gate fails on (`cli diff --fail-on`): an edge into a given node that opens
 * up (new, newly permitted, or under fewer conditions), a principal newly reaching an
 * administrator-level role, or a new finding of a given severity or worse.
 */
import type { FindingSeverity } from '../graph/types';
import { WIDENING, type AnalysisDiff } from './types';

export type FailCondition =
  | { kind: 'new-edge-into'; target: string }
  | { kind: 'new-admin-path' }
  | { kind: 'finding-severity'; severity: FindingSeverity };

export const SEVERITIES: readonly FindingSeverity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** What in the diff meets the condition: edge ids, `principal → admin` pairs or finding ids; empty when none. */
export function failMatches(diff: AnalysisDiff, condition: FailCondition): string[] {
  switch (condition.kind) {
    case 'new-edge-into':
      return diff.edges
        .filter((c) => WIDENING.has(c.change) && c.edge.to === condition.target)
        .map((c) => c.edge.id);
    case 'new-admin-path':
      return diff.adminReach.filter((r) => r.change === 'added').map((r) => `${r.principal} → ${r.admin}`);
    case 'finding-severity': {
      const floor = SEVERITIES.indexOf(condition.severity);
      return diff.findings
        .filter((f) => f.change === 'added' && SEVERITIES.indexOf(f.finding.severity) >= floor)
        .map((f) => f.finding.id);
    }
  }
}
