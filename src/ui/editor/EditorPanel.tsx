import { lazy, Suspense, useMemo } from 'react';
import { listDocuments } from '../../model/documents';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useScenario } from '../../state/selectors/scenario';
import { useActiveDocumentId, useOpenDocuments } from '../../state/selectors/selection';
import { diagnosticText } from '../../i18n/diagnosticText';
import { useLanguage } from '../../state/selectors/view';
import { documentLabel } from '../i18n/documentLabel';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

const PolicyEditor = lazy(() => import('./PolicyEditor'));

/** The bottom drawer: one tab per open document; Monaco is only fetched the first time one opens. */
export function EditorPanel() {
  const t = useT();
  const openDocuments = useOpenDocuments();
  const activeDocumentId = useActiveDocumentId();
  const scenario = useScenario();
  const openDocument = useAction('openDocument');
  const closeDocument = useAction('closeDocument');
  const analysis = useAnalysis();
  const language = useLanguage();
  const labels = useMemo(
    () => new Map(listDocuments(scenario).map((d) => [d.id, documentLabel(d, t)])),
    [scenario, t],
  );
  const problems = useMemo(
    () => analysis?.problems.filter((p) => p.documentId === activeDocumentId) ?? [],
    [analysis, activeDocumentId],
  );
  if (!activeDocumentId) return null;

  return (
    <section className="editor-panel" data-testid={testIds.editorPanel} aria-label="Policy editor">
      <div className="editor-panel__tabs">
        {openDocuments.map((id) => (
          <div key={id} className={`editor-tab${id === activeDocumentId ? ' is-active' : ''}`}>
            <button
              type="button"
              aria-current={id === activeDocumentId ? 'page' : undefined}
              data-testid={testIds.editorTab(id)}
              onClick={() => openDocument(id)}
              title={id}
            >
              {labels.get(id) ?? id}
            </button>
            <button
              type="button"
              className="editor-tab__close"
              data-testid={id === activeDocumentId ? testIds.editorClose : undefined}
              aria-label={t('editor.close', { name: labels.get(id) ?? id })}
              onClick={() => closeDocument(id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      <header className="editor-panel__header">
        <span className="editor-panel__title" data-testid={testIds.editorTitle}>
          {labels.get(activeDocumentId) ?? activeDocumentId}
        </span>
        <span className="editor-panel__problems" data-testid={testIds.editorProblems} aria-live="polite">
          {problems.length === 0
            ? t('editor.noProblems')
            : problems
                .map((d) =>
                  t('editor.problem', {
                    code: d.code,
                    line: d.range.start.line,
                    column: d.range.start.column,
                    message: diagnosticText(language, d),
                  }),
                )
                .join(' · ')}
        </span>
      </header>
      <div className="editor-panel__body">
        <Suspense fallback={<p data-testid={testIds.editorLoading}>{t('editor.loading')}</p>}>
          <PolicyEditor documentId={activeDocumentId} problems={problems} />
        </Suspense>
      </div>
    </section>
  );
}
