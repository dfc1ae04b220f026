import { useMemo } from 'react';
import { listDocuments } from '../../model/documents';
import { useAppStore } from '../../state/StoreProvider';
import { testIds } from '../testIds';

export function ScenarioExplorer() {
  const scenario = useAppStore((s) => s.scenario);
  const openDocumentId = useAppStore((s) => s.openDocumentId);
  const openDocument = useAppStore((s) => s.openDocument);
  const documents = useMemo(() => listDocuments(scenario), [scenario]);

  return (
    <nav className="explorer" data-testid={testIds.explorer} aria-label="Scenario explorer">
      <h2 className="panel-heading">Scenario</h2>
      <p className="explorer__name">{scenario.name}</p>
      {scenario.description && <p className="explorer__description">{scenario.description}</p>}
      <h3 className="panel-subheading">Documents</h3>
      <ul className="explorer__list">
        {documents.map((ref) => (
          <li key={ref.id}>
            <button
              type="button"
              className={`explorer__item${ref.id === openDocumentId ? ' explorer__item--active' : ''}`}
              data-testid={testIds.explorerDocument(ref.id)}
              onClick={() => openDocument(ref.id)}
              title={ref.id}
            >
              {ref.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
