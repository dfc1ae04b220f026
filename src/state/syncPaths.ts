import type { EngineClient } from '../worker/clients';
import type { AppStore } from './store';

/**
 * Keeps found paths live: when a new analysis lands while paths (or a "why not") are shown, they are
 * asked again of it, so an edit that breaks or opens a path shows at once, without pressing Find.
 * An answer that arrives after the ends or the analysis changed again is dropped.
 */
export function syncPaths(store: AppStore, engine: EngineClient): () => void {
  return store.subscribe((state, previous) => {
    if (state.analysis === previous.analysis || !state.analysis) return;
    const { pathFrom: from, pathTo: to, paths, activePath } = state;
    if (!from || !to || paths === null) return;
    const asked = state.analysis;
    const current = () => {
      const s = store.getState();
      return s.analysis === asked && s.pathFrom === from && s.pathTo === to;
    };
    void (async () => {
      const { paths: found } = await engine.call('paths', { from, to });
      const why = found.length === 0 ? await engine.call('whyNot', { from, to }) : null;
      if (!current()) return;
      store.getState().setPaths(found, why);
      if (activePath !== null && activePath < found.length) store.getState().choosePath(activePath);
    })().catch(() => undefined);
  });
}
