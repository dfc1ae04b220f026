import { useCallback } from 'react';
import type { MessageKey } from '../../i18n/translate';
import { EXPORT_FILES, type ExportFormat } from '../../share/export/formats';
import { useAction } from '../../state/selectors/actions';
import { useLanguage } from '../../state/selectors/view';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useEngine } from './ClientsContext';
import { download } from './download';

/** The Export menu's files for other tools (docs/exporting.md), in the order it lists them. */
export const GRAPH_EXPORTS: readonly { format: ExportFormat; label: MessageKey; testId: string }[] = [
  { format: 'opengraph', label: 'toolbar.exportOpenGraph', testId: testIds.exportOpenGraph },
  { format: 'cypher', label: 'toolbar.exportCypher', testId: testIds.exportCypher },
  { format: 'dot', label: 'toolbar.exportDot', testId: testIds.exportDot },
  { format: 'mermaid', label: 'toolbar.exportMermaid', testId: testIds.exportMermaid },
];

/**
 * Saves the latest analysis in a format for another tool. The engine worker writes it, worded in the
 * user's language, so the exports' code never enters the page.
 */
export function useGraphExport(): (format: ExportFormat) => Promise<void> {
  const engine = useEngine();
  const language = useLanguage();
  const t = useT();
  const setNotice = useAction('setNotice');
  return useCallback(
    async (format) => {
      try {
        const { text } = await engine.call('exportGraph', { format, language });
        const { filename, mimeType } = EXPORT_FILES[format];
        download(filename, new Blob([text], { type: mimeType }));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        setNotice({ kind: 'error', message: t('toolbar.exportFailed', { detail }) });
      }
    },
    [engine, language, t, setNotice],
  );
}
