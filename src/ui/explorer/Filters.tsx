import { useMemo } from 'react';
import type { NodeKind } from '../../engine';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useHiddenAccounts, useHiddenEdgeKinds, useHiddenNodeKinds } from '../../state/selectors/view';
import { EDGE_KINDS } from '../../engine/pageIndex';
import { useT } from '../i18n/useT';
import { edgeKindName } from '../../i18n/edgeKindName';
import { testIds } from '../testIds';

/** Which edge kinds, node kinds and accounts the graph shows. */
export function Filters() {
  const t = useT();
  const analysis = useAnalysis();
  const hiddenEdgeKinds = useHiddenEdgeKinds();
  const hiddenNodeKinds = useHiddenNodeKinds();
  const hiddenAccounts = useHiddenAccounts();
  const toggleEdgeKind = useAction('toggleEdgeKind');
  const toggleNodeKind = useAction('toggleNodeKind');
  const toggleAccount = useAction('toggleAccount');
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
