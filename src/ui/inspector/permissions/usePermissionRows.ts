import { useEffect, useState } from 'react';
import type { PermissionRow } from '../../../engine';
import { useAppStore } from '../../../state/StoreProvider';
import { useEngine } from '../../app/ClientsContext';

export interface PermissionRowsState {
  rows: PermissionRow[] | null;
  /** Chains worked out so far, while the worker fills the rows in. */
  progress: { done: number; total: number } | null;
  /** A node's chains, and how many of them the rows cover (nearest first). */
  chains?: { total: number; shown: number };
  error: string | null;
}

interface Answer extends PermissionRowsState {
  key: string;
}

/**
 * The rows of a panel, asked of the engine worker whenever the analysis, the subject or the
 * "explicit denies" switch changes: what a node can do, or who can reach a resource.
 */
export function usePermissionRows(
  question: 'permissions' | 'whoCanAccess',
  id: string,
  includeDenied: boolean,
): PermissionRowsState {
  const engine = useEngine();
  const analysis = useAppStore((s) => s.analysis);
  const key = `${question}|${id}|${includeDenied}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [progress, setProgress] = useState<{ key: string; done: number; total: number } | null>(null);
  useEffect(() => {
    if (!analysis) return;
    let live = true;
    const settle = (value: Omit<Answer, 'key' | 'progress'>) => {
      if (live) setAnswer({ key, progress: null, ...value });
    };
    const failed = (error: unknown) =>
      settle({ rows: null, error: error instanceof Error ? error.message : String(error) });
    if (question === 'permissions') {
      const onProgress = ({ done, total }: { done: number; total: number }) => {
        if (live) setProgress({ key, done, total });
      };
      engine
        .call('permissions', { node: id, includeDenied }, { onProgress })
        .then(
          (r) => settle({ rows: r.rows, chains: { total: r.chains, shown: r.chainsShown }, error: null }),
          failed,
        );
    } else {
      engine
        .call('whoCanAccess', { resource: id, includeDenied })
        .then((r) => settle({ rows: r.rows, error: null }), failed);
    }
    return () => {
      live = false;
    };
  }, [engine, analysis, question, id, includeDenied, key]);
  if (answer?.key === key) return answer;
  return { rows: null, error: null, progress: progress?.key === key ? progress : null };
}
