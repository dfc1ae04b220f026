import { useEffect, useRef } from 'react';
import { importProblemText } from '../../i18n/importProblemText';
import type { ImportResult } from '../../importers';
import { useLanguage } from '../../state/selectors/view';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** What an import found: each file's format, and every problem with where it is. */
export function ImportReport({ report }: { report: ImportResult }) {
  const t = useT();
  const language = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  // Below the dialog's inputs on a laptop's screen: brought into view, so what was found is seen.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [report]);
  return (
    <div className="import-report" data-testid={testIds.importReport} ref={ref}>
      <p>
        {t('import.result', {
          files: report.detected.length,
          detected: report.detected
            .map((d) => {
              const format =
                d.format === 'unknown' ? t('import.formatUnknown') : t(`importFormat.${d.format}`);
              return t('import.detectedFile', { file: d.file, format });
            })
            .join(t('import.listSeparator')),
        })}
      </p>
      {report.problems.length > 0 && (
        <>
          <p>{t('import.problems', { count: report.problems.length })}</p>
          <ul className="small">
            {report.problems.map((p, i) => (
              <li key={i} className={`problem problem--${p.severity}`}>
                <strong>{p.file}</strong>
                {p.field ? ` · ${p.field}` : ''}
                {p.line !== undefined
                  ? ` · ${p.column !== undefined ? t('importPlace.lineColumn', { line: p.line, column: p.column }) : t('importPlace.line', { line: p.line })}`
                  : ''}{' '}
                — {importProblemText(language, p)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
