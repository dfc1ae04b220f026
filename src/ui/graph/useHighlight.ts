import { useMemo } from 'react';
import { useChanges, useFindings, usePlanChanges } from '../../state/selectors/analysis';
import { useActiveDocumentId, useActivePath, usePaths, useSelection } from '../../state/selectors/selection';
import type { Finding, FindingSeverity } from '../../engine';
import { useT } from '../i18n/useT';
import type { NodeFindings } from './flowWords';
import { planHighlight } from './planHighlight';
import type { Highlight } from './toFlow';

const RANK: Record<FindingSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Each subject's findings: how many, and the worst severity among them (its badge's colour). */
export function findingsBySubject(findings: readonly Finding[]): Map<string, NodeFindings> {
  const bySubject = new Map<string, NodeFindings>();
  for (const f of findings)
    for (const id of f.subjects) {
      const seen = bySubject.get(id);
      bySubject.set(id, {
        count: (seen?.count ?? 0) + 1,
        severity: seen && RANK[seen.severity] >= RANK[f.severity] ? seen.severity : f.severity,
      });
    }
  return bySubject;
}

/**
 * What the graph emphasises: the selection, the path being shown, what the last edit changed, what
 * the Terraform plan imported last changes and whose document the editor shows.
 */
export function useHighlight(): Highlight {
  const selection = useSelection();
  const paths = usePaths();
  const activePath = useActivePath();
  const changes = useChanges();
  const findings = useFindings();
  const planChanges = usePlanChanges();
  const openDocument = useActiveDocumentId();
  const t = useT();
  const plan = useMemo(() => planHighlight(planChanges, t), [planChanges, t]);
  return useMemo(() => {
    const path = activePath !== null ? paths?.[activePath] : undefined;
    return {
      selectedId: selection?.id ?? null,
      pathNodes: path ? new Set(path.nodes) : null,
      pathEdges: path ? new Set(path.edges) : null,
      added: new Set(changes.added),
      removed: changes.removed,
      plan,
      openDocument,
      findingsBySubject: findingsBySubject(findings ?? []),
    };
  }, [selection, paths, activePath, changes, findings, plan, openDocument]);
}
