import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface LibraryEntry {
  id: string;
  name: string;
  updatedAt: number;
}

export interface Notice {
  kind: 'error' | 'info';
  message: string;
  /** An action offered with the notice, e.g. undoing a delete. */
  action?: { label: string; run: () => void };
}

export interface LibrarySlice {
  /** The saved scenario being edited; autosave writes here. */
  currentId: string;
  library: LibraryEntry[];
  notice: Notice | null;
  /** An edit not yet written to this browser's storage (autosave waits a moment after the last). */
  unsaved: boolean;
  setCurrent: (id: string) => void;
  setLibrary: (entries: LibraryEntry[]) => void;
  setNotice: (notice: Notice | null) => void;
  setUnsaved: (unsaved: boolean) => void;
}

export const createLibrarySlice =
  (currentId: string): StateCreator<AppState, [], [], LibrarySlice> =>
  (set) => ({
    currentId,
    library: [],
    notice: null,
    unsaved: false,
    setCurrent: (id) => set({ currentId: id }),
    setLibrary: (library) => set({ library: [...library].sort((a, b) => b.updatedAt - a.updatedAt) }),
    setNotice: (notice) => set({ notice }),
    setUnsaved: (unsaved) => set({ unsaved }),
  });
