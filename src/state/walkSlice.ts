import type { StateCreator } from 'zustand';
import type { GalleryEntry, LocalizedText } from '../model/gallery';
import type { AppState } from './store';

/** The gallery story the open scenario came from: what its walk-through plays and what it teaches. */
export interface Story {
  id: string;
  title: LocalizedText;
  lesson: LocalizedText;
  featuredPath: { from: string; to: string };
  /** Opened for a first visit: the app says where to start. */
  firstVisit: boolean;
}

/** A story as a saved scenario keeps it: the first visit's hint is not for the next one. */
export type SavedStory = Omit<Story, 'firstVisit'>;

export function savedStory({ id, title, lesson, featuredPath }: Story): SavedStory {
  return { id, title, lesson, featuredPath };
}

export interface WalkSlice {
  /**
   * The walk-through of the active path, played beside the graph: the hop shown (one past the last
   * hop is its end), or null when it is closed.
   */
  walkStep: number | null;
  story: Story | null;
  playWalk: () => void;
  setWalkStep: (step: number) => void;
  closeWalk: () => void;
  setStory: (story: Story | null) => void;
}

export const createWalkSlice: StateCreator<AppState, [], [], WalkSlice> = (set) => ({
  walkStep: null,
  story: null,
  playWalk: () => set({ walkStep: 0 }),
  setWalkStep: (walkStep) => set({ walkStep: Math.max(0, walkStep) }),
  closeWalk: () => set({ walkStep: null }),
  setStory: (story) => set({ story }),
});

/** The story a gallery entry tells, as the store keeps it while its scenario is open. */
export function storyOf(entry: GalleryEntry, firstVisit: boolean): Story {
  const { id, title, lesson, featuredPath } = entry;
  return { id, title, lesson, featuredPath, firstVisit };
}
