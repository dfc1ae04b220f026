/**
 * One row's request again, with the full trace: the session at the end of the row's chain doing
 * its action on one of its resources, in the context that met its conditions.
 */
import type { EvaluationResult } from '../evaluate/types';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis } from '../graph/types';
import type { ContextValue } from '../types';
import { chainAlong, edgeIndex } from './chains';
import { evaluateTarget, sessionInputs } from './sessionRequest';
import { targetFor } from './targets';

export interface PermissionRequest {
  via: string[];
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
}

/** Undefined when the chain is no longer in the graph. */
export function explainPermission(
  prepared: PreparedScenario,
  analysis: Analysis,
  request: PermissionRequest,
): EvaluationResult | undefined {
  const chain = chainAlong(prepared, edgeIndex(analysis), request.via);
  if (!chain) return undefined;
  const s = sessionInputs(prepared, chain.session);
  const target = targetFor(prepared, request.action, request.resource);
  return evaluateTarget(prepared, s, request.action, target, {
    trace: true,
    ...(request.context ? { context: request.context } : {}),
  });
}
