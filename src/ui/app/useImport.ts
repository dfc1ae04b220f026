import type { ImportFile, ImportResult } from '../../importers';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useEngine } from './ClientsContext';

export async function readFiles(list: FileList | readonly File[]): Promise<ImportFile[]> {
  return Promise.all([...list].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** Imports files into the current scenario in the worker, as one undoable change. */
export function useImport(): (files: ImportFile[]) => Promise<ImportResult> {
  const engine = useEngine();
  const store = useAppStoreApi();
  return async (files) => {
    const result = await engine.call('importFiles', { files, base: store.getState().scenario });
    store.getState().changeScenario(result.scenario);
    return result;
  };
}
