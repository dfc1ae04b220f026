import { useMemo } from 'react';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useFocus } from '../../state/selectors/view';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import {
  FOCUS_NODE_BUDGET,
  focusNeighbourhood,
  MAX_FOCUS_HOPS,
} from '../../state/graphView/focusNeighbourhood';

/** Above the canvas while it shows one node's neighbourhood: which node, how far, and the way back. */
export function FocusBar() {
  const t = useT();
  const focus = useFocus();
  const analysis = useAnalysis();
  const setFocus = useAction('setFocus');
  const view = useMemo(
    () => (focus && analysis ? focusNeighbourhood(analysis, focus) : undefined),
    [analysis, focus],
  );
  if (!focus || !analysis || !view) return null;
  const label = analysis.nodes.find((n) => n.id === focus.id)?.label ?? focus.id;
  return (
    <div className="focus-bar" role="status" data-testid={testIds.focusBar}>
      <strong>{t('focus.title', { label })}</strong>
      <span>{t('focus.hops', { hops: view.hops })}</span>
      {view.limited && <span className="muted">{t('focus.limited', { budget: FOCUS_NODE_BUDGET })}</span>}
      <button
        type="button"
        data-testid={testIds.focusFewer}
        disabled={view.hops <= 1}
        onClick={() => setFocus({ id: focus.id, hops: Math.max(1, view.hops - 1) })}
      >
        {t('focus.fewer')}
      </button>
      <button
        type="button"
        data-testid={testIds.focusMore}
        disabled={view.limited || view.complete || view.hops >= MAX_FOCUS_HOPS}
        onClick={() => setFocus({ id: focus.id, hops: view.hops + 1 })}
      >
        {t('focus.more')}
      </button>
      <button type="button" data-testid={testIds.focusClear} onClick={() => setFocus(null)}>
        {t('focus.clear')}
      </button>
    </div>
  );
}
