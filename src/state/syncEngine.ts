import { listDocuments } from '../model/documents';
import { StaleResultError, type EngineClient } from '../worker/client';
import type { AppStore } from './store';

/**
 * Keeps the engine's view in step with the store: says hello once, then lints every document whose
 * text changes. Returns the unsubscribe function.
 */
export function syncEngine(store: AppStore, client: EngineClient): () => void {
  const kinds = new Map(listDocuments(store.getState().scenario).map((ref) => [ref.id, ref.kind]));

  const lint = (id: string, text: string) => {
    const kind = kinds.get(id) ?? 'identity';
    client.callLatest(`lint:${id}`, 'lintPolicy', { text, kind }).then(
      (lintResult) => store.getState().setLint(id, lintResult),
      (error: unknown) => {
        if (!(error instanceof StaleResultError)) store.getState().setEngineFailed(String(error));
      },
    );
  };

  client.call('hello', {}).then(
    (hello) => {
      store.getState().setEngineReady(hello.engine);
      for (const [id, text] of Object.entries(store.getState().documentTexts)) lint(id, text);
    },
    (error: unknown) => store.getState().setEngineFailed(String(error)),
  );

  return store.subscribe((state, previous) => {
    if (state.documentTexts === previous.documentTexts) return;
    for (const [id, text] of Object.entries(state.documentTexts)) {
      if (previous.documentTexts[id] !== text) lint(id, text);
    }
  });
}
