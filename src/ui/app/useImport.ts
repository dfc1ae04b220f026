import type { ImportFile, ImportResult } from '../../importers';
import { CancelledError, WorkerCrashedError } from '../../worker/client';
import type { FileBytes } from '../../worker/protocol';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useEngine } from './ClientsContext';
import { useLibrary } from './LibraryContext';

/** Words for an import that did not finish; the scenario on screen is unchanged in every case. */
export function importFailure(error: unknown): string {
  if (error instanceof CancelledError) return 'Import cancelled: nothing was changed.';
  if (error instanceof WorkerCrashedError) return `${error.message} Nothing was changed.`;
  return `Import failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
}

/** The files' bytes: the worker decodes them (UTF-8, or UTF-16 with a byte-order mark). */
export async function readFiles(list: FileList | readonly File[]): Promise<FileBytes[]> {
  return Promise.all(
    [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

/** Imports files into the current scenario in the worker, as one undoable change. */
export function useImport(): (files: (ImportFile | FileBytes)[]) => Promise<ImportResult> {
  const engine = useEngine();
  const store = useAppStoreApi();
  const library = useLibrary();
  return async (files) => {
    // What is on screen is saved before the risky part: a crash or a cancel loses nothing.
    await library?.flush();
    try {
      const result = await engine.call(
        'importFiles',
        { files, base: store.getState().scenario },
        { onProgress: (progress) => store.getState().setBusy(progress) },
      );
      // A file that adds nothing (a policy to attach, a format not recognised) makes no undo step.
      if (result.detected.some((d) => d.format !== 'policy-document' && d.format !== 'unknown'))
        store.getState().changeScenario(result.scenario);
      return result;
    } finally {
      store.getState().setBusy(null);
    }
  };
}
