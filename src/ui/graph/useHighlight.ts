import { useMemo } from 'react';
import { useChanges, useFindings, usePlanChanges } from '../../state/selectors/analysis';
import { useActivePath, usePaths, useSelection } from '../../state/selectors/selection';
import { useT } from '../i18n/useT';
import { planHighlight } from './planHighlight';
import type { Highlight } from './toFlow';

/**
 * What the graph emphasises: the selection, the path being shown, what the last edit changed and
 * what the Terraform plan imported last changes.
 */
export function useHighlight(): Highlight {
  const selection = useSelection();
  const paths = usePaths();
  const activePath = useActivePath();
  const changes = useChanges();
  const findings = useFindings();
  const planChanges = usePlanChanges();
  const t = useT();
  const plan = useMemo(() => planHighlight(planChanges, t), [planChanges, t]);
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
      plan,
      findingsBySubject,
    };
  }, [selection, paths, activePath, changes, findings, plan]);
}
