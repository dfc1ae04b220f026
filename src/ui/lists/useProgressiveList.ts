import { startTransition, useEffect, useMemo, useState } from 'react';
import { LIST_BATCH, nextCount } from './progressiveCount';

/** The longest a batch waits for idle time: the list completes even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * A long list (thousands of documents, findings, nodes a role reaches) mounted in batches, one per
 * task, instead of in one commit that holds the main thread for hundreds of milliseconds. The first
 * batch fills the screen; the rest follows in idle time, each batch a low-priority update (a click or
 * a key press goes first). Once complete, changes show at once; a new `resetKey`
 * (another scenario) starts over.
 */
export function useProgressiveList<T>(items: readonly T[], resetKey: unknown): readonly T[] {
  const [state, setState] = useState({ key: resetKey, count: LIST_BATCH });
  if (state.key !== resetKey) setState({ key: resetKey, count: LIST_BATCH });
  const count = state.key === resetKey ? state.count : LIST_BATCH;
  const complete = count >= items.length;
  useEffect(() => {
    if (complete) return;
    // In idle time: the graph's own batches and frames, which the user is waiting for, go first.
    const grow = () =>
      startTransition(() => setState((s) => ({ ...s, count: nextCount(s.count, items.length) })));
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(grow);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(grow, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [complete, count, items.length]);
  return useMemo(() => (complete ? items : items.slice(0, count)), [items, count, complete]);
}
