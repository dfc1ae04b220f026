import { CancelledError, StaleResultError, WorkerCrashedError } from '../worker/client';
import type { EngineClient } from '../worker/clients';
import { translate, type MessageKey } from '../i18n/translate';
import type { AppStore } from './store';

const ANALYSIS_DELAY_MS = 120;

/** What the browser said about a crash, as the catalogues place it (": detail", or nothing). */
const crashDetail = (error: WorkerCrashedError) => (error.detail ? `: ${error.detail}` : '');

/**
 * Keeps the engine's view in step with the store: says hello once, then re-analyses the scenario
 * whenever it or a document text changes (debounced; the newest edit wins, stale results are
 * dropped). A cancelled or crashed analysis keeps the last good graph on screen and waits for a
 * retry, said in the user's language. Returns the unsubscribe function.
 */
export function syncEngine(store: AppStore, client: EngineClient): () => void {
  const t = (key: MessageKey, params?: Record<string, string>) =>
    translate(store.getState().language, key, params);
  let revision = 0;
  let analyzing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes seen, and the count the latest analysis covers: the app is ready when they meet. */
  let changes = 0;

  const analyze = () => {
    const { scenario, documentTexts } = store.getState();
    const current = ++revision;
    const covers = changes;
    analyzing = true;
    store.getState().setAnalysisRunning();
    client
      .callLatest(
        'analyze',
        'analyze',
        { scenario, texts: documentTexts, revision: current },
        { onProgress: (progress) => store.getState().setBusy(progress) },
      )
      .then(
        ({ analysis }) => store.getState().setAnalysis(analysis),
        (error: unknown) => {
          if (error instanceof StaleResultError) return;
          const message =
            error instanceof CancelledError
              ? t('analysis.cancelled')
              : error instanceof WorkerCrashedError
                ? t('analysis.crashed', { detail: crashDetail(error) })
                : t('analysis.failed', { detail: String(error) });
          store.getState().setAnalysisFailed(message);
        },
      )
      .finally(() => {
        if (current !== revision) return;
        analyzing = false;
        store.getState().setBusy(null);
        if (covers === changes) store.getState().setAnalysisPending(false);
      });
  };

  // A fresh worker knows no scenario. If another job was cancelled (an import), analyze again at once;
  // if the analysis itself was cancelled, wait for the user's Retry.
  client.onRestart = (reason) => {
    if (reason instanceof WorkerCrashedError)
      store
        .getState()
        .setNotice({ kind: 'error', message: t('worker.crashed', { detail: crashDetail(reason) }) });
    if (!analyzing && store.getState().engineStatus === 'ready') analyze();
  };

  client.call('hello', {}).then(
    (hello) => {
      store.getState().setEngineReady(hello.engine);
      analyze();
    },
    (error: unknown) => store.getState().setEngineFailed(String(error)),
  );

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.engineStatus !== 'ready') return;
    if (state.analysisRequest !== previous.analysisRequest) {
      clearTimeout(timer);
      analyze();
      return;
    }
    if (state.scenario === previous.scenario && state.documentTexts === previous.documentTexts) return;
    changes++;
    if (!state.analysisPending) store.getState().setAnalysisPending(true);
    clearTimeout(timer);
    timer = setTimeout(analyze, ANALYSIS_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
