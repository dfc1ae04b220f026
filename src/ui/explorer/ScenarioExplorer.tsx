import { memo, useMemo } from 'react';
import { listDocuments, type DocumentRef } from '../../model/documents';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useCurrentId } from '../../state/selectors/library';
import { useScenario } from '../../state/selectors/scenario';
import { useActiveDocumentId } from '../../state/selectors/selection';
import { documentLabel } from '../i18n/documentLabel';
import { useT } from '../i18n/useT';
import { useProgressiveList } from '../lists/useProgressiveList';
import { FindingList } from '../panels/FindingList';
import { testIds } from '../testIds';
import { AddEntity } from './AddEntity';
import { Filters } from './Filters';
import { GroupsSection } from './groups/GroupsSection';
import { OrganizationSection } from './org/OrganizationSection';
import { ScenarioLibrary } from './ScenarioLibrary';

/** One document of the list; memoised, so each batch of a long list renders only its own items. */
const DocumentItem = memo(function DocumentItem(props: {
  document: DocumentRef;
  errors: number;
  active: boolean;
  onOpen: (id: string) => void;
}) {
  const { document, errors, active, onOpen } = props;
  const t = useT();
  return (
    <li>
      <button
        type="button"
        className={`explorer__item${active ? ' explorer__item--active' : ''}`}
        data-testid={testIds.explorerDocument(document.id)}
        onClick={() => onOpen(document.id)}
        title={document.id}
      >
        {documentLabel(document, t)}
        {errors > 0 && <span className="badge badge--broken">{errors}</span>}
      </button>
    </li>
  );
});

export function ScenarioExplorer() {
  const t = useT();
  const scenario = useScenario();
  const activeDocumentId = useActiveDocumentId();
  const openDocument = useAction('openDocument');
  const analysis = useAnalysis();
  const currentId = useCurrentId();
  const documents = useMemo(() => listDocuments(scenario), [scenario]);
  const shownDocuments = useProgressiveList(documents, currentId);
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
          {shownDocuments.map((ref) => (
            <DocumentItem
              key={ref.id}
              document={ref}
              errors={problemCount.get(ref.id) ?? 0}
              active={ref.id === activeDocumentId}
              onOpen={openDocument}
            />
          ))}
        </ul>
      </details>
      <AddEntity />
      <OrganizationSection />
      <GroupsSection />
      <ScenarioLibrary />
      <Filters />
    </nav>
  );
}
