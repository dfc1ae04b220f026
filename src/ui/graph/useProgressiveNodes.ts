import { useEffect, useMemo, useState } from 'react';

/** Nodes handed to React Flow per frame when a big graph appears: each batch mounts in well under 100 ms. */
export const NODE_BATCH = 200;

/**
 * When a graph appears on an empty canvas (first load, a scenario switch), its first `NODE_BATCH`
 * nodes, then one more batch per animation frame until all are shown; once shown, later changes (an
 * expanded account, a drag) show at once. Nodes come parents first (`visibleGraph` sorts them), so
 * every batch is a valid React Flow graph.
 */
export function useProgressiveNodes<T>(nodes: T[]): { shown: T[]; complete: boolean } {
  const [count, setCount] = useState(NODE_BATCH);
  const complete = count >= nodes.length;
  if (nodes.length === 0 && count !== NODE_BATCH) setCount(NODE_BATCH);
  else if (nodes.length > 0 && complete && count !== Infinity) setCount(Infinity);
  useEffect(() => {
    if (complete) return;
    const frame = requestAnimationFrame(() => setCount((c) => c + NODE_BATCH));
    return () => cancelAnimationFrame(frame);
  }, [complete, count]);
  const shown = useMemo(() => (complete ? nodes : nodes.slice(0, count)), [nodes, count, complete]);
  return { shown, complete };
}
