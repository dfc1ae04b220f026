import { useEffect, useState, type ReactNode } from 'react';
import type { ImportResult } from '../../importers';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { ImportReport } from './ImportReport';
import { importFailure, readFiles, useImport } from './useImport';
import { useAction } from '../../state/selectors/actions';

/** Files dropped anywhere on the app are imported; the report stays until dismissed. */
export function DropZone({ children }: { children: ReactNode }) {
  const t = useT();
  const runImport = useImport();
  const setNotice = useAction('setNotice');
  const [over, setOver] = useState(false);
  const [report, setReport] = useState<ImportResult | null>(null);

  useEffect(() => {
    const prevent = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', prevent);
    window.addEventListener('drop', prevent);
    return () => {
      window.removeEventListener('dragover', prevent);
      window.removeEventListener('drop', prevent);
    };
  }, []);

  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      data-testid={testIds.dropZone}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer.files.length > 0)
          void readFiles(e.dataTransfer.files)
            .then(runImport)
            .then(setReport, (error: unknown) =>
              setNotice({ kind: 'error', message: importFailure(error, t) }),
            );
      }}
    >
      {children}
      {over && <div className="drop-zone__hint">{t('import.drop')}</div>}
      {report && (
        <div className="toast" role="status">
          <ImportReport report={report} />
          <button type="button" onClick={() => setReport(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
