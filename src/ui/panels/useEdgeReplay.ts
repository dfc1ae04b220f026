import { useEffect, useState } from 'react';
import type { EvaluationResult, GraphEdge } from '../../engine';
import { useEngine } from '../app/ClientsContext';

export interface Replayed {
  action: string;
  result: EvaluationResult;
}

/**
 * The hop's requests decided again by the engine worker with a full trace (`explainEdge`): the bulk
 * analysis keeps no trace, and the inspector words the reason and every step from the replay.
 * Asked again for each analysis that gives the arrow anew (an edit can change why it holds). Null
 * until it arrives; empty when the worker could not replay the hop.
 */
export function useEdgeReplay(edge: GraphEdge): Replayed[] | null {
  const engine = useEngine();
  const [replayed, setReplayed] = useState<{ edge: GraphEdge; decisions: Replayed[] } | null>(null);
  useEffect(() => {
    let live = true;
    engine.call('explainEdge', { edgeId: edge.id }).then(
      ({ decisions }) => live && setReplayed({ edge, decisions }),
      () => live && setReplayed({ edge, decisions: [] }),
    );
    return () => {
      live = false;
    };
  }, [engine, edge]);
  // A reply for the arrow shown before is not this one's.
  return replayed?.edge === edge ? replayed.decisions : null;
}
