import { useMemo } from 'react';
import { useChanges, useFindings } from '../../state/selectors/analysis';
import { useActivePath, usePaths, useSelection } from '../../state/selectors/selection';
import type { Highlight } from './toFlow';

/** What the graph emphasises: the selection, the path being shown, and what the last edit changed. */
export function useHighlight(): Highlight {
  const selection = useSelection();
  const paths = usePaths();
  const activePath = useActivePath();
  const changes = useChanges();
  const findings = useFindings();
  return useMemo(() => {
    const path = activePath !== null ? paths?.[activePath] : undefined;
    const findingsBySubject = new Map<string, number>();
    for (const f of findings ?? [])
      for (const id of f.subjects) findingsBySubject.set(id, (findingsBySubject.get(id) ?? 0) + 1);
    return {
      selectedId: selection?.id ?? null,
      pathNodes: path ? new Set(path.nodes) : null,
      pathEdges: path ? new Set(path.edges) : null,
      added: new Set(changes.added),
      removed: changes.removed,
      findingsBySubject,
    };
  }, [selection, paths, activePath, changes, findings]);
}
