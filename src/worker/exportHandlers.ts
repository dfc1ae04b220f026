import type { Analysis, PreparedScenario } from '../engine';
import { loadCatalogue } from '../i18n/loadCatalogue';
import type { EngineMethods, Handlers } from './protocol';

type ExportMethods = Pick<EngineMethods, 'exportGraph'>;

/**
 * The latest analysis as a file for other tools, worded in the user's language. The exports and the
 * language's catalogue load on first use, so neither weighs on the worker's start.
 */
export function exportHandlers(
  current: () => { analysis: Analysis; prepared: PreparedScenario },
): Handlers<ExportMethods> {
  return {
    exportGraph: async ({ format, language }) => {
      const { analysis, prepared } = current();
      const [{ exportInput, exportText }] = await Promise.all([
        import('../share/export'),
        loadCatalogue(language),
      ]);
      return {
        text: exportText(
          format,
          exportInput(analysis, () => prepared, language),
        ),
      };
    },
  };
}
