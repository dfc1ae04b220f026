import { useEffect, useMemo, useState } from 'react';
import { nextCount } from '../lists/progressiveCount';

/** Nodes handed to React Flow per frame when a big graph appears: each batch mounts in well under 100 ms. */
const NODE_BATCH = 120;

/**
 * When a graph appears on an empty canvas (first load, a scenario switch): the first `NODE_BATCH`
 * of `pickEarly(nodes)` (the nodes on screen, which React Flow mounts), one more batch per task,
 * then every node at once (off screen, React Flow only records them); once shown, later changes (an
 * expanded account, a drag) show at once, and `pickEarly` is no longer asked. The picked nodes keep
 * the nodes' order, parents first as `visibleGraph` sorts them, so every batch is a valid React
 * Flow graph.
 */
export function useProgressiveNodes<T>(
  nodes: T[],
  pickEarly: (nodes: T[]) => T[],
): { shown: T[]; complete: boolean } {
  const [count, setCount] = useState(NODE_BATCH);
  const early = useMemo(() => (count === Infinity ? nodes : pickEarly(nodes)), [count, nodes, pickEarly]);
  const complete = count >= early.length;
  if (nodes.length === 0 && count !== NODE_BATCH) setCount(NODE_BATCH);
  else if (nodes.length > 0 && complete && count !== Infinity) setCount(Infinity);
  useEffect(() => {
    if (complete) return;
    // A task, not an animation frame: frames wait for rasterisation, which lags on a big drawing.
    const timer = setTimeout(() => setCount((c) => nextCount(c, early.length, NODE_BATCH)));
    return () => clearTimeout(timer);
  }, [complete, count, early.length]);
  const shown = useMemo(() => (complete ? nodes : early.slice(0, count)), [nodes, early, count, complete]);
  return { shown, complete };
}
