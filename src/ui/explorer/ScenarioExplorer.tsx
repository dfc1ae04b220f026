import { useMemo } from 'react';
import { listDocuments } from '../../model/documents';
import { useAppStore } from '../../state/StoreProvider';
import { useT } from '../i18n/useT';
import { FindingList } from '../panels/FindingList';
import { testIds } from '../testIds';
import { AddEntity } from './AddEntity';
import { Filters } from './Filters';
import { ScenarioLibrary } from './ScenarioLibrary';

export function ScenarioExplorer() {
  const t = useT();
  const scenario = useAppStore((s) => s.scenario);
  const activeDocumentId = useAppStore((s) => s.activeDocumentId);
  const openDocument = useAppStore((s) => s.openDocument);
  const analysis = useAppStore((s) => s.analysis);
  const documents = useMemo(() => listDocuments(scenario), [scenario]);
  const problemCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of analysis?.problems ?? []) {
      if (p.severity === 'error') counts.set(p.documentId, (counts.get(p.documentId) ?? 0) + 1);
    }
    return counts;
  }, [analysis]);

  return (
    <nav className="explorer" data-testid={testIds.explorer} aria-label={t('explorer.title')}>
      <h2 className="panel-heading">{t('explorer.title')}</h2>
      <p className="explorer__name">{scenario.name}</p>
      {scenario.description && <p className="explorer__description">{scenario.description}</p>}
      <details open>
        <summary className="panel-subheading">
          {t('explorer.findings')} ({analysis?.findings.length ?? 0})
        </summary>
        {analysis && analysis.findings.length === 0 && (
          <p className="muted small">{t('explorer.noFindings')}</p>
        )}
        {analysis && <FindingList findings={analysis.findings} />}
      </details>
      <details open>
        <summary className="panel-subheading">
          {t('explorer.documents')} ({documents.length})
        </summary>
        <ul className="explorer__list">
          {documents.map((ref) => {
            const errors = problemCount.get(ref.id) ?? 0;
            return (
              <li key={ref.id}>
                <button
                  type="button"
                  className={`explorer__item${ref.id === activeDocumentId ? ' explorer__item--active' : ''}`}
                  data-testid={testIds.explorerDocument(ref.id)}
                  onClick={() => openDocument(ref.id)}
                  title={ref.id}
                >
                  {ref.label}
                  {errors > 0 && <span className="badge badge--broken">{errors}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      </details>
      <AddEntity />
      <ScenarioLibrary />
      <Filters />
    </nav>
  );
}
