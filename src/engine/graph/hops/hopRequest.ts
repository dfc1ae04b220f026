/**
 * What an edge's decisions leave out. Most AssumeRole edges' one request is the edge itself (the
 * scenario's caller `from`, the role `to`, no context) and its explanation is the edge's, so the
 * analysis leaves both out of the decision (millions of records and hundreds of thousands of decision
 * lists at 100k roles); `hopRequest` and `decisionExplanation` put them back.
 */
import type { EdgeKind, GraphEdge, HopDecision, HopRecord } from '../types';

/** Whether a hop's record can be left out of an edge of `kind` from `from` to `to`. */
export function isEdgeOwn(kind: EdgeKind, record: HopRecord, from: string, to: string): boolean {
  if (kind !== 'AssumeRole' || record.outsideCaller || record.joinedGroup !== undefined) return false;
  if (record.principal !== from || record.callerArn !== from || record.targetArn !== to) return false;
  for (const _ in record.context) return false;
  return true;
}

/** What one of an edge's decisions says. */
export function decisionExplanation(edge: GraphEdge, decision: HopDecision): string {
  return decision.explanation ?? edge.explanation;
}

/** The request behind one of an edge's decisions, to replay it with a full trace. */
export function hopRequest(edge: GraphEdge, decision: HopDecision): HopRecord | undefined {
  if (decision.request) return decision.request;
  if (edge.kind !== 'AssumeRole') return undefined;
  return {
    principal: edge.from,
    callerArn: edge.from,
    targetArn: edge.to,
    action: decision.action,
    context: {},
  };
}
