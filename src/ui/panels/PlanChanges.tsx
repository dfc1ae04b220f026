import { diffSummaryText } from '../../i18n/diffText';
import { useAction } from '../../state/selectors/actions';
import type { PlanChanges as Changes } from '../../worker/planChanges';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { AdminReachChangeList, EdgeChangeList, FindingChangeList } from './PlanChangeLists';
import './planChanges.css';

/**
 * What the Terraform plan imported last changes: its summary in the reader's language, the legend of
 * the graph's marks, and the edges, findings and reach to administrators it changes, each one a way
 * to its place in the graph. Docked above the graph, so it hides none of it; stays until closed or
 * another scenario is opened.
 */
export function PlanChanges({ changes }: { changes: Changes }) {
  const t = useT();
  const close = useAction('setPlanChanges');
  const { diff } = changes;
  return (
    <section className="plan-changes" data-testid={testIds.planChanges} aria-label={t('diff.panel.heading')}>
      <header className="plan-changes__header">
        <h2 className="panel-heading">{t('diff.panel.heading')}</h2>
        <button
          type="button"
          className="plan-changes__close"
          aria-label={t('diff.panel.close')}
          title={t('diff.panel.close')}
          data-testid={testIds.planChangesClose}
          onClick={() => close(null)}
        >
          ×
        </button>
      </header>
      <div className="plan-changes__body">
        <div>
          <ul className="plan-changes__summary" data-testid={testIds.planChangesSummary}>
            {diff.summary.map((item) => (
              <li key={`${item.code}:${String(item.params.id ?? '')}`}>{diffSummaryText(item, t)}</li>
            ))}
          </ul>
          <p className="small plan-changes__legend">
            {t('diff.panel.legend')}
            {(['added', 'fewer-conditions', 'removed'] as const).map((change) => (
              <span key={change} className="plan-changes__key">
                <span className={`plan-swatch plan-swatch--${change}`} aria-hidden="true" />
                {t(`diff.change.${change}`)}
              </span>
            ))}
          </p>
          <p className="small muted">{t('diff.panel.kept')}</p>
        </div>
        <div>
          <EdgeChangeList changes={changes} />
          <FindingChangeList changes={diff.findings} />
          <AdminReachChangeList changes={changes} />
        </div>
      </div>
    </section>
  );
}
