import { createContext, useContext, type ReactNode } from 'react';
import type { Library } from '../../state/persistence/library';

const LibraryContext = createContext<Library | null>(null);

export function LibraryProvider({ library, children }: { library: Library | null; children: ReactNode }) {
  return <LibraryContext.Provider value={library}>{children}</LibraryContext.Provider>;
}

/** The saved-scenario library, or null when this browser offers no IndexedDB. */
export function useLibrary(): Library | null {
  return useContext(LibraryContext);
}
