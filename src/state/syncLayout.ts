import { layoutKey, toLayoutRequest } from '../ui/graph/toLayoutRequest';
import { CancelledError, StaleResultError } from '../worker/client';
import type { LayoutClient } from '../worker/clients';
import type { AppStore } from './store';

/** Lays the graph out again (in the layout worker) when the analysis or what is shown changes. */
export function syncLayout(store: AppStore, client: LayoutClient): () => void {
  let lastKey = '';
  const run = () => {
    const state = store.getState();
    if (!state.analysis) return;
    const request = toLayoutRequest(state.analysis, state);
    const key = layoutKey(request);
    // A scenario switch clears the layout: lay out again even when the boxes look the same.
    if (key === lastKey && (state.layout !== null || client.busy)) return;
    lastKey = key;
    // A layout of what is no longer shown is wasted work: stop it rather than queue behind it.
    if (client.busy) client.cancel();
    client.callLatest('layout', 'layout', request).then(
      (layout) => store.getState().setLayout(layout),
      (error: unknown) => {
        if (!(error instanceof StaleResultError) && !(error instanceof CancelledError)) {
          store.getState().setAnalysisFailed(`Layout failed: ${String(error)}`);
        }
      },
    );
  };
  run();
  return store.subscribe((state, previous) => {
    if (
      state.analysis !== previous.analysis ||
      state.collapsed !== previous.collapsed ||
      state.hiddenEdgeKinds !== previous.hiddenEdgeKinds ||
      state.hiddenNodeKinds !== previous.hiddenNodeKinds ||
      state.hiddenAccounts !== previous.hiddenAccounts
    ) {
      run();
    }
  });
}
