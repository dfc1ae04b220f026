/** The walk-through, the story and the panels' sizes, as components read them. */
import { useAppStore } from '../StoreProvider';

export const useWalkStep = () => useAppStore((s) => s.walkStep);
export const useStory = () => useAppStore((s) => s.story);
export const usePanels = () => useAppStore((s) => s.panels);
/** The id of the arrow the walk-through is at, while it shows one of the active path's hops. */
export const useWalkHopEdge = () =>
  useAppStore((s) =>
    s.walkStep !== null && s.activePath !== null ? s.paths?.[s.activePath]?.edges[s.walkStep] : undefined,
  );
