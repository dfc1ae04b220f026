import { useCallback } from 'react';
import { restoreView } from '../../state/restoreView';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { Story } from '../../state/walkSlice';
import { useEngine } from '../app/ClientsContext';

/** Plays a story's walk-through: its featured path is shown (found again unless it already is), from its first hop. */
export function usePlayStory(): (story: Story) => void {
  const store = useAppStoreApi();
  const engine = useEngine();
  return useCallback(
    (story) => {
      const { pathFrom, pathTo, activePath } = store.getState();
      const { from, to } = story.featuredPath;
      if (pathFrom !== from || pathTo !== to || activePath === null)
        restoreView(store, engine, { path: { from, to, index: 0 } });
      // The first visit's hint has done its work once the story plays.
      if (story.firstVisit) store.getState().setStory({ ...story, firstVisit: false });
      // Also what lets restoreView's subscription see an analysis that is already there.
      store.getState().playWalk();
    },
    [store, engine],
  );
}
