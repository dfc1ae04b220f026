import { useMemo } from 'react';
import type { NodeKind } from '../../engine';
import { useAppStore } from '../../state/StoreProvider';
import { EDGE_KINDS } from '../graph/toFlow';
import { useT } from '../i18n/useT';
import { edgeKindName } from '../../i18n/edgeKindName';
import { testIds } from '../testIds';

/** Which edge kinds, node kinds and accounts the graph shows. */
export function Filters() {
  const t = useT();
  const analysis = useAppStore((s) => s.analysis);
  const hiddenEdgeKinds = useAppStore((s) => s.hiddenEdgeKinds);
  const hiddenNodeKinds = useAppStore((s) => s.hiddenNodeKinds);
  const hiddenAccounts = useAppStore((s) => s.hiddenAccounts);
  const toggleEdgeKind = useAppStore((s) => s.toggleEdgeKind);
  const toggleNodeKind = useAppStore((s) => s.toggleNodeKind);
  const toggleAccount = useAppStore((s) => s.toggleAccount);
  const nodeKinds = useMemo(
    (): NodeKind[] => [...new Set(analysis?.nodes.map((n) => n.kind) ?? [])].sort(),
    [analysis],
  );
  const accounts = useMemo(() => analysis?.nodes.filter((n) => n.kind === 'account') ?? [], [analysis]);

  return (
    <details className="filters">
      <summary className="panel-subheading">{t('explorer.filters')}</summary>
      <fieldset>
        <legend>{t('explorer.edgeKinds')}</legend>
        {EDGE_KINDS.map((kind) => (
          <label key={kind} className={`filter filter--edge-${kind}`}>
            <input
              type="checkbox"
              data-testid={testIds.filterEdgeKind(kind)}
              checked={!hiddenEdgeKinds.includes(kind)}
              onChange={() => toggleEdgeKind(kind)}
            />
            {edgeKindName(kind, t)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('explorer.nodeKinds')}</legend>
        {nodeKinds.map((kind) => (
          <label key={kind} className="filter">
            <input
              type="checkbox"
              data-testid={testIds.filterNodeKind(kind)}
              checked={!hiddenNodeKinds.includes(kind)}
              onChange={() => toggleNodeKind(kind)}
            />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('explorer.accounts')}</legend>
        {accounts.map((a) => (
          <label key={a.id} className="filter">
            <input
              type="checkbox"
              data-testid={testIds.filterAccount(a.id)}
              checked={!hiddenAccounts.includes(a.id)}
              onChange={() => toggleAccount(a.id)}
            />
            {a.label} <span className="mono small">{a.id}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
