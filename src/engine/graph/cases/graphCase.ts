/**
 * One row of a trust-graph case table: a scenario (built with the test-data builders), the AWS page
 * that says what must happen, and what the analysis must show. Run by graphCases.test.ts; see
 * docs/trust-graph.md for what the edges, findings and paths mean.
 */
import type { Scenario } from '../../../model/scenario';
import type { Decision } from '../../evaluate/types';
import type { AssumptionCode, CutNoteCode, EdgeKind } from '../types';

export interface EdgeExpectation {
  from: string;
  to: string;
  kind: EdgeKind;
  permitted?: boolean;
  conditional?: boolean;
  configured?: boolean;
  /** Every label must appear among the edge's conditions[].label (the UI's badges). */
  badges?: string[];
  /** Substring of the edge's explanation. */
  explanationIncludes?: string;
  /** Whether the edge is marked as a role-chaining hop. */
  chained?: boolean;
  /** Exactly these assumption codes, in order (`[]`: the edge rests on no assumption). */
  assumptions?: AssumptionCode[];
  /**
   * A cut edge (not permitted, not configured): the guardrail that refuses a hop the trust and the
   * caller's identity policies allow (cutHops.ts), as its note's code.
   */
  cutBy?: CutNoteCode;
  /** Escalation edges: the technique the edge shows, and what it acts through. */
  technique?: string;
  via?: string;
  /** Edges from a group: the user that joined it and makes the hop (the edge of that user). */
  joiner?: string;
}

export interface NoEdgeExpectation {
  from: string;
  to: string;
  /** Without a kind: no edge of any kind between the two nodes. */
  kind?: EdgeKind;
  /** Only the edges from a group that this user makes. */
  joiner?: string;
}

export interface FindingExpectation {
  /** Exact title. */
  title: string;
  /** Every one of these must be among the finding's subjects (some finding with this title). */
  subjects?: string[];
  severity?: 'critical' | 'high' | 'medium' | 'low' | 'info';
  /** Exactly these assumption codes, in order (`[]`: the finding rests on no assumption). */
  assumptions?: AssumptionCode[];
}

export interface PathExpectation {
  from: string;
  to: string;
  /** Exact number of paths findPaths returns. */
  count?: number;
  /** Node ids of the first (shortest) path. */
  first?: string[];
  /** The first path's session length cap. */
  maxDurationSeconds?: number;
  /** Whether the first path is conditional. */
  conditional?: boolean;
}

export interface CanExpectation {
  principal: string;
  action: string;
  resource: string;
  decision: Decision;
}

export interface WhyNotExpectation {
  from: string;
  to: string;
  /** Substring of whyNot(...).sentence. */
  includes: string;
}

export interface GraphCase {
  name: string;
  /** The AWS documentation page the expectation comes from. */
  source: string;
  /** The pathfinding.cloud id of the technique the case is about (https://pathfinding.cloud). */
  pathfinding?: string;
  scenario: Scenario;
  expect: {
    edges?: EdgeExpectation[];
    noEdges?: NoEdgeExpectation[];
    findings?: FindingExpectation[];
    /** Titles that must not appear at all (or, with `subject`, not about that subject). */
    noFindings?: (string | { title: string; subject: string })[];
    paths?: PathExpectation[];
    can?: CanExpectation[];
    whyNot?: WhyNotExpectation[];
  };
  /**
   * The scenario is one AWS cannot hold and validateScenario rejects: one of its errors contains this
   * text. The graph expectations (if any) still run against what the analysis makes of it.
   */
  invalidScenario?: string;
  /**
   * The engine disagrees with the AWS documentation on this case: the runner expects the case to fail
   * (`it.fails`), so fixing the engine turns it red until this mark is removed.
   */
  knownBug?: string;
}
