import { lazy, Suspense } from 'react';
import { listDocuments } from '../../model/documents';
import { useAppStore } from '../../state/StoreProvider';
import { testIds } from '../testIds';

const PolicyEditor = lazy(() => import('./PolicyEditor'));

/** The bottom drawer holding the open document; Monaco is only fetched the first time one opens. */
export function EditorPanel() {
  const openDocumentId = useAppStore((s) => s.openDocumentId);
  const scenario = useAppStore((s) => s.scenario);
  const closeDocument = useAppStore((s) => s.closeDocument);
  const lint = useAppStore((s) => (openDocumentId ? s.lints[openDocumentId] : undefined));
  if (!openDocumentId) return null;
  const ref = listDocuments(scenario).find((d) => d.id === openDocumentId);
  const problems = lint?.diagnostics ?? [];

  return (
    <section className="editor-panel" data-testid={testIds.editorPanel} aria-label="Policy editor">
      <header className="editor-panel__header">
        <span className="editor-panel__title" data-testid={testIds.editorTitle}>
          {ref?.label ?? openDocumentId}
        </span>
        <span className="editor-panel__problems" data-testid={testIds.editorProblems} aria-live="polite">
          {lint === undefined
            ? 'Checking…'
            : problems.length === 0
              ? `No problems · ${lint.statementCount} statement${lint.statementCount === 1 ? '' : 's'}`
              : problems
                  .map((d) => `${d.code} line ${d.range.start.line}:${d.range.start.column} ${d.message}`)
                  .join(' · ')}
        </span>
        <button
          type="button"
          data-testid={testIds.editorClose}
          onClick={closeDocument}
          aria-label="Close editor"
        >
          ×
        </button>
      </header>
      <div className="editor-panel__body">
        <Suspense fallback={<p data-testid={testIds.editorLoading}>Loading the editor…</p>}>
          <PolicyEditor key={openDocumentId} documentId={openDocumentId} />
        </Suspense>
      </div>
    </section>
  );
}
