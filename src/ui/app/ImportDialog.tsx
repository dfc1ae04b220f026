import { useState } from 'react';
import type { ImportResult } from '../../importers';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { AttachPastedPolicy } from './AttachPastedPolicy';
import { Dialog } from './Dialog';
import { ImportReport } from './ImportReport';
import { importFailure, readFiles, useImport } from './useImport';

/** Choose or paste files; the report names each file's format and every problem with where it is. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const runImport = useImport();
  const [pasted, setPasted] = useState('');
  const [pastedName, setPastedName] = useState('');
  const [report, setReport] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [attached, setAttached] = useState<number[]>([]);

  const go = (files: Parameters<typeof runImport>[0]) =>
    runImport(files).then(
      (result) => {
        setReport(result);
        setAttached([]);
      },
      (e: unknown) => setError(importFailure(e, t)),
    );

  return (
    <Dialog label={t('import.title')} onClose={onClose} testId={testIds.importDialog}>
      <h2>{t('import.title')}</h2>
      <p className="small">{t('import.drop')}</p>
      <label className="button-like">
        {t('import.choose')}
        <input
          type="file"
          multiple
          data-testid={testIds.importFileInput}
          onChange={(e) => {
            if (e.target.files) void readFiles(e.target.files).then(go);
          }}
        />
      </label>
      <label>
        {t('import.paste')}
        <textarea
          data-testid={testIds.importPasteText}
          rows={8}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          spellCheck={false}
        />
      </label>
      <label>
        {t('import.pasteName')}
        <input
          data-testid={testIds.importPasteName}
          value={pastedName}
          onChange={(e) => setPastedName(e.target.value)}
        />
      </label>
      <div className="button-row">
        <button
          type="button"
          data-testid={testIds.importApply}
          disabled={pasted.trim() === ''}
          onClick={() => void go([{ name: pastedName || 'pasted', text: pasted }])}
        >
          {t('import.apply')}
        </button>
        <button type="button" onClick={onClose}>
          {t('import.cancel')}
        </button>
      </div>
      {error && <p className="verdict verdict--broken">{error}</p>}
      {report && <ImportReport report={report} />}
      {report?.policies.map((pasted, i) =>
        attached.includes(i) ? null : (
          <AttachPastedPolicy
            key={`${report.detected.length}-${i}`}
            pasted={pasted}
            onDone={() => setAttached((done) => [...done, i])}
          />
        ),
      )}
    </Dialog>
  );
}
