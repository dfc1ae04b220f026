/**
 * An edge's requests decided again with a full trace: the bulk analysis keeps no trace and no
 * reason, so what explains a hop in the user's language (the inspector, a broken edge's finding,
 * the command line's `--lang`) replays it.
 */
import type { EvaluationResult } from '../../evaluate/types';
import { replayHop } from '../hops/evaluateHop';
import { hopRequest } from '../hops/hopRequest';
import type { PreparedScenario } from '../analysis/prepareScenario';
import type { GraphEdge } from '../types';

export interface ReplayedDecision {
  action: string;
  result: EvaluationResult;
}

/**
 * Each of the edge's decisions that can be replayed, in the edge's order. `trace: false` skips the
 * steps and keeps the reason, all but the condition a refusal missed (wording many allowed edges).
 */
export function replayEdge(
  prepared: PreparedScenario,
  edge: GraphEdge,
  { trace = true }: { trace?: boolean } = {},
): ReplayedDecision[] {
  return edge.decisions.flatMap((d) => {
    const request = hopRequest(edge, d);
    const result = request ? replayHop(prepared, request, trace) : undefined;
    return result ? [{ action: d.action, result }] : [];
  });
}

/** The decision that says why: the first AWS refuses, else the first. */
export function decidingOf(replayed: readonly ReplayedDecision[]): ReplayedDecision | undefined {
  return replayed.find((r) => r.result.decision !== 'Allowed') ?? replayed[0];
}
