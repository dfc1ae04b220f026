import type { ImportFile, ImportFormat, ImportResult } from '../../importers';
import { translate, type Translate } from '../../i18n/translate';
import { blankScenario } from '../../model/blankScenario';
import type { Scenario } from '../../model/scenario';
import { CancelledError, WorkerCrashedError } from '../../worker/client';
import type { FileBytes } from '../../worker/protocol';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useEngine } from './ClientsContext';
import { useLibrary } from './LibraryContext';

/** Formats that point at roles rather than describe an account: imported into a story, not apart. */
const POINTERS: ReadonlySet<ImportFormat | 'unknown'> = new Set<ImportFormat | 'unknown'>([
  'aws-config',
  'kubernetes',
  'policy-document',
  'resource-policy',
  'unknown',
]);

/** Words for an import that did not finish; the scenario on screen is unchanged in every case. */
export function importFailure(error: unknown, t: Translate): string {
  if (error instanceof CancelledError) return t('import.cancelled');
  if (error instanceof WorkerCrashedError)
    return error.detail ? t('import.crashedWith', { detail: error.detail }) : t('import.crashed');
  return t('import.failed', { detail: error instanceof Error ? error.message : String(error) });
}

/** The files' bytes: the worker decodes them (UTF-8, or UTF-16 with a byte-order mark). */
export async function readFiles(list: FileList | readonly File[]): Promise<FileBytes[]> {
  return Promise.all(
    [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

/**
 * Imports files into the current scenario in the worker, as one undoable change; an account's
 * inventory dropped on a gallery story into a new one.
 */
export function useImport(): (files: (ImportFile | FileBytes)[]) => Promise<ImportResult> {
  const engine = useEngine();
  const store = useAppStoreApi();
  const library = useLibrary();
  /**
   * A Terraform plan's what-changed for the panel and the graph; the import stands whatever happens
   * here, so a failure is a notice, not a failed import.
   */
  const comparePlan = async (files: (ImportFile | FileBytes)[], base: Scenario, after: Scenario) => {
    try {
      const changes = await engine.call(
        'planChanges',
        { files, base, after },
        { onProgress: (progress) => store.getState().setBusy(progress) },
      );
      store.getState().setPlanChanges(changes);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const message = translate(store.getState().language, 'diff.panel.failed', { detail });
      store.getState().setNotice({ kind: 'error', message });
    }
  };
  const importInto = (files: (ImportFile | FileBytes)[], base: Scenario) =>
    engine.call(
      'importFiles',
      { files, base },
      { onProgress: (progress) => store.getState().setBusy(progress) },
    );
  return async (files) => {
    // What is on screen is saved before the risky part: a crash or a cancel loses nothing.
    await library?.flush();
    const current = store.getState().scenario;
    const onStory = store.getState().story !== null && Boolean(library);
    try {
      // An account's inventory (an export, a plan, a scenario file) dropped on a gallery story is the
      // user's own material: it opens as a scenario of its own, named after the file, rather than
      // mixed into the lesson's accounts and findings; the story stays on screen until it succeeds.
      // What only points at roles (a ~/.aws/config, Kubernetes manifests, a policy) is tried on the
      // story itself, as its lessons invite.
      let base = onStory ? blankScenario(files[0]?.name ?? '') : current;
      let result = await importInto(files, base);
      const apart = onStory && result.detected.some((d) => !POINTERS.has(d.format));
      if (onStory && !apart) result = await importInto(files, (base = current));
      // A file that adds nothing (a policy to attach, a format not recognised) makes no undo step.
      if (result.detected.some((d) => d.format !== 'policy-document' && d.format !== 'unknown')) {
        if (apart) await library?.add(result.scenario);
        else store.getState().changeScenario(result.scenario);
      }
      if (result.detected.some((d) => d.format === 'terraform'))
        await comparePlan(files, base, result.scenario);
      return result;
    } finally {
      store.getState().setBusy(null);
    }
  };
}
