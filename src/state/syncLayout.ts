import { layoutKey, toLayoutRequest } from './graphView/toLayoutRequest';
import { CancelledError, StaleResultError } from '../worker/client';
import type { LayoutClient } from '../worker/clients';
import type { LayoutRequest } from '../worker/layout/layoutTypes';
import { translate } from '../i18n/translate';
import type { AppStore } from './store';

/**
 * ELK's cost grows with boxes and edges together (1,000 boxes and 1,600 edges: about 2 s in the
 * worker; 80 boxes and 1,300 edges: nearly 3 s), and past a thousand or so its layered drawing is
 * no easier to read than the quick one. Up to ELK_ALONE it answers fast enough to wait for; up to
 * ELK_AT_MOST a quick layout is drawn first and ELK's replaces it; beyond, the quick layout stands.
 */
const ELK_ALONE = 600;
const ELK_AT_MOST = 1500;

type LayoutPlan = 'elk' | 'quick, then elk' | 'quick';

function layoutPlan(request: LayoutRequest): LayoutPlan {
  const size = request.boxes.length + request.edges.length;
  return size <= ELK_ALONE ? 'elk' : size <= ELK_AT_MOST ? 'quick, then elk' : 'quick';
}

/** Lays the graph out again (in the layout worker) when the analysis or what is shown changes. */
export function syncLayout(store: AppStore, client: LayoutClient): () => void {
  let lastKey = '';
  /** Layouts asked for; the app is ready once the latest one is settled. */
  let asked = 0;
  const pending = (value: boolean) => {
    if (store.getState().layoutPending !== value) store.getState().setLayoutPending(value);
  };
  const lay = async (request: LayoutRequest, algorithm: 'elk' | 'quick', provisional: boolean) => {
    const layout = await client.callLatest('layout', 'layout', { ...request, algorithm });
    store.getState().setLayout(provisional ? { ...layout, provisional } : layout);
  };
  const run = () => {
    const state = store.getState();
    if (!state.analysis) return pending(false);
    const request = toLayoutRequest(state.analysis, state);
    const key = layoutKey(request);
    // A scenario switch clears the layout: lay out again even when the boxes look the same.
    if (key === lastKey && (state.layout !== null || client.busy)) {
      if (!client.busy) pending(false);
      return;
    }
    lastKey = key;
    const mine = ++asked;
    // A layout of what is no longer shown is wasted work: stop it rather than queue behind it.
    if (client.busy) client.cancel();
    const plan = layoutPlan(request);
    const done =
      plan === 'quick, then elk'
        ? lay(request, 'quick', true).then(() => lay(request, 'elk', false))
        : lay(request, plan, false);
    done
      .catch((error: unknown) => {
        if (!(error instanceof StaleResultError) && !(error instanceof CancelledError)) {
          store
            .getState()
            .setAnalysisFailed(
              translate(store.getState().language, 'layout.failed', { detail: String(error) }),
            );
        }
      })
      .finally(() => {
        if (mine === asked) pending(false);
      });
  };
  // Changes are laid out in a task of their own: an analysis arrives in a task that has already
  // read the whole message (tens of milliseconds for 5,000 nodes), and filters changed together are
  // laid out once.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    pending(true);
    timer ??= setTimeout(() => {
      timer = undefined;
      run();
    }, 0);
  };
  run();
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.analysis !== previous.analysis ||
      state.collapsed !== previous.collapsed ||
      state.hiddenEdgeKinds !== previous.hiddenEdgeKinds ||
      state.hiddenNodeKinds !== previous.hiddenNodeKinds ||
      state.hiddenAccounts !== previous.hiddenAccounts ||
      state.focus !== previous.focus
    ) {
      schedule();
    }
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
