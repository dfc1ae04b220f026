import type { SharedView } from '../share';
import type { EngineClient } from '../worker/clients';
import type { AppStore } from './store';

/** Puts back what a share link was showing: the selection, and the path once the analysis is in. */
export function restoreView(store: AppStore, engine: EngineClient, view: SharedView): void {
  if (view.selection) store.getState().select(view.selection);
  const path = view.path;
  if (!path) return;
  store.getState().setPathEnds(path.from, path.to);
  const unsubscribe = store.subscribe((state) => {
    if (!state.analysis) return;
    unsubscribe();
    engine.call('paths', { from: path.from, to: path.to }).then(
      ({ paths }) => {
        store.getState().setPaths(paths, null);
        if (path.index !== undefined && path.index < paths.length) store.getState().choosePath(path.index);
      },
      () => undefined,
    );
  });
}
