/**
 * The requests behind an edge's decisions. Most AssumeRole edges' one request is the edge itself (the
 * scenario's caller `from`, the role `to`, no context), so the analysis leaves it out of the edge
 * (millions of records at 100k roles) and `hopRequest` puts it back when a replay needs it.
 */
import type { EdgeKind, GraphEdge, HopDecision, HopRecord } from './types';

/** Whether a hop's record can be left out of an edge of `kind` from `from` to `to`. */
export function isEdgeOwn(kind: EdgeKind, record: HopRecord, from: string, to: string): boolean {
  if (kind !== 'AssumeRole' || record.outsideCaller) return false;
  if (record.principal !== from || record.callerArn !== from || record.targetArn !== to) return false;
  for (const _ in record.context) return false;
  return true;
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
