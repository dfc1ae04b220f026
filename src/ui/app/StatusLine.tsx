import type { GraphEdge } from '../../engine';
import { isCut } from '../../engine/pageIndex';
import { useAction } from '../../state/selectors/actions';
import {
  useAnalysis,
  useAnalysisError,
  useAnalysisRunning,
  useEngineInfo,
  useEngineStatus,
} from '../../state/selectors/analysis';
import type { Translate } from '../../i18n/translate';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useAssumptionSummary } from './useAssumptionSummary';

/**
 * Access edges are a layer drawn on request (hidden by default), and a cut edge is a hop a guardrail
 * refuses: the count is of the ways to become another.
 */
const counted = new WeakMap<object, number>();
type Counted = 'node' | 'edge' | 'evaluation' | 'finding';

/** "1 edge", "2 edges": the catalogue has both forms (Chinese words them alike). */
function countWords(t: Translate, what: Counted, count: number): string {
  return t(count === 1 ? `app.count.${what}` : `app.count.${what}s`, { count });
}

function trustEdgeCount(analysis: { edges: readonly GraphEdge[] }): number {
  let n = counted.get(analysis);
  if (n === undefined) {
    n = 0;
    for (const e of analysis.edges) if (e.kind !== 'Access' && !isCut(e)) n++;
    counted.set(analysis, n);
  }
  return n;
}

export function StatusLine() {
  const t = useT();
  const status = useEngineStatus();
  const info = useEngineInfo();
  const running = useAnalysisRunning();
  const error = useAnalysisError();
  const analysis = useAnalysis();
  const retry = useAction('retryAnalysis');
  const assumed = useAssumptionSummary();
  return (
    <div className="status-line">
      <span className={`engine-status engine-status--${status}`} data-testid={testIds.engineStatus}>
        {status === 'ready'
          ? t('app.engineReady', { version: info ?? '' })
          : status === 'failed'
            ? t('app.engineFailed', { message: info ?? '' })
            : t('app.engineStarting')}
      </span>
      {error && (
        <button type="button" data-testid={testIds.retryAnalysis} onClick={retry}>
          {t('app.retry')}
        </button>
      )}
      <span className="analysis-stats" data-testid={testIds.analysisStats} aria-live="polite">
        {error ??
          (running
            ? t('app.analyzing')
            : analysis
              ? t('app.stats', {
                  nodes: countWords(t, 'node', analysis.nodes.length),
                  edges: countWords(t, 'edge', trustEdgeCount(analysis)),
                  evaluations: countWords(t, 'evaluation', analysis.stats.evaluations),
                  ms: analysis.stats.milliseconds,
                })
              : '')}
      </span>
      {!running && !error && assumed && assumed.edges + assumed.findings > 0 && (
        <span className="assumption-stats" data-testid={testIds.assumptionStats}>
          <span className="badge badge--assumption">{t('assumption.badge')}</span>{' '}
          {t('app.assumptionStats', {
            edges: countWords(t, 'edge', assumed.edges),
            findings: countWords(t, 'finding', assumed.findings),
          })}
        </span>
      )}
    </div>
  );
}
