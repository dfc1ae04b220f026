import { useState } from 'react';
import { decodeText } from '../../importers/decodeText';
import { blankScenario } from '../../model/blankScenario';
import { listDocuments } from '../../model/documents';
import { withDocumentTexts } from '../../model/withDocumentTexts';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useAction } from '../../state/selectors/actions';
import { useCurrentId, useLibraryEntries } from '../../state/selectors/library';
import { useScenario } from '../../state/selectors/scenario';
import { download } from '../app/download';
import { useEngine } from '../app/ClientsContext';
import { useLibrary } from '../app/LibraryContext';
import { documentLabel } from '../i18n/documentLabel';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** Saved scenarios: new, open, duplicate, rename, delete (with undo), export and import as files. */
export function ScenarioLibrary() {
  const t = useT();
  const library = useLibrary();
  const engine = useEngine();
  const entries = useLibraryEntries();
  const currentId = useCurrentId();
  const scenario = useScenario();
  // Read when exporting, not subscribed to: the texts change with every keystroke.
  const store = useAppStoreApi();
  const setNotice = useAction('setNotice');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [name, setName] = useState('');
  if (!library) return null;

  // The file holds the documents as typed: edits live beside the scenario until then.
  const exportFile = () => {
    const written = withDocumentTexts(scenario, store.getState().documentTexts);
    download(
      `${scenario.name.replace(/[^\w.-]+/g, '-')}.trustscope.json`,
      new Blob([JSON.stringify(written.scenario, null, 2)], { type: 'application/json' }),
    );
    if (written.unreadable.length === 0) return;
    const labels = new Map(listDocuments(scenario).map((d) => [d.id, documentLabel(d, t)]));
    const documents = written.unreadable.map((id) => labels.get(id) ?? id).join(', ');
    setNotice({ kind: 'info', message: t('library.exportUnreadable', { documents }) });
  };

  const importFile = async (file: File) => {
    const { scenario: imported, problems } = await engine.call('validateScenario', {
      // UTF-8, or UTF-16 with a byte-order mark, as the import reads files.
      text: decodeText(new Uint8Array(await file.arrayBuffer())),
    });
    if (!imported) {
      const first = problems.find((p) => p.severity === 'error');
      setNotice({
        kind: 'error',
        message: first
          ? t('library.invalidScenario', { file: file.name, path: first.path, problem: first.message })
          : t('library.notScenario', { file: file.name }),
      });
      return;
    }
    await library.add(imported);
  };

  return (
    <details className="library" open>
      <summary className="panel-subheading">
        {t('library.title')} ({entries.length})
      </summary>
      <ul className="plain-list">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={`library__entry${entry.id === currentId ? ' is-current' : ''}`}
            data-testid={testIds.libraryEntry(entry.id)}
          >
            {renaming === entry.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void library.rename(entry.id, name);
                  setRenaming(null);
                }}
              >
                <input
                  autoFocus
                  aria-label={t('library.rename')}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  onBlur={() => setRenaming(null)}
                />
              </form>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => void library.open(entry.id)}
                aria-current={entry.id === currentId}
              >
                {entry.name}
              </button>
            )}
            <span className="library__actions">
              <button
                type="button"
                className="link-button small"
                onClick={() => {
                  setRenaming(entry.id);
                  setName(entry.name);
                }}
              >
                {t('library.rename')}
              </button>
              <button
                type="button"
                className="link-button small"
                onClick={() => void library.duplicate(entry.id)}
              >
                {t('library.duplicate')}
              </button>
              <button
                type="button"
                className="link-button small"
                data-testid={testIds.libraryDelete(entry.id)}
                onClick={() =>
                  void library.remove(entry.id, t('library.undo'), (n) => t('library.deleted', { name: n }))
                }
              >
                {t('library.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          data-testid={testIds.libraryNew}
          onClick={() => void library.add(blankScenario(t('library.untitled')))}
        >
          {t('library.new')}
        </button>
        <button type="button" data-testid={testIds.libraryExport} onClick={exportFile}>
          {t('library.export')}
        </button>
        <label className="button-like">
          {t('library.import')}
          <input
            type="file"
            accept=".json,application/json"
            hidden
            data-testid={testIds.libraryImport}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
    </details>
  );
}
