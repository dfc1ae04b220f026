/** What changed between two analyses of the same environment: plain data, sorted, worded elsewhere. */
import type { Finding, GraphEdge } from '../graph/types';

/**
 * How a permitted edge changed: `added` (absent before), `newly-permitted` (there but refused before),
 * `fewer-conditions` / `more-conditions` / `other-conditions` (permitted both times, under another
 * set of conditions), `removed` (absent after) and `no-longer-permitted` (there but refused after).
 */
export type EdgeChangeKind =
  | 'added'
  | 'newly-permitted'
  | 'fewer-conditions'
  | 'more-conditions'
  | 'other-conditions'
  | 'removed'
  | 'no-longer-permitted';

export interface EdgeChange {
  change: EdgeChangeKind;
  /** The edge after the change; before it for `removed`. */
  edge: GraphEdge;
  /** The edge before the change, when it was there. */
  before?: GraphEdge;
}

export interface FindingChange {
  change: 'added' | 'removed';
  finding: Finding;
}

/** A principal that reaches (or no longer reaches) an administrator-level role through permitted edges. */
export interface AdminReachChange {
  change: 'added' | 'removed';
  principal: string;
  admin: string;
}

/** One line of the summary, as data: a code and what its words name. */
export type DiffSummaryCode =
  | 'new-ways-into'
  | 'fewer-conditions-into'
  | 'lost-ways-into'
  | 'new-admin-reach'
  | 'lost-admin-reach'
  | 'new-outside-admin-paths'
  | 'new-findings'
  | 'resolved-findings'
  | 'no-change';

export interface DiffSummaryItem {
  code: DiffSummaryCode;
  params: Record<string, string | number>;
}

export interface AnalysisDiff {
  edges: EdgeChange[];
  findings: FindingChange[];
  adminReach: AdminReachChange[];
  summary: DiffSummaryItem[];
}

/** Which edge changes open something up (the rest close it down). */
export const WIDENING: ReadonlySet<EdgeChangeKind> = new Set([
  'added',
  'newly-permitted',
  'fewer-conditions',
  'other-conditions',
]);
