/** The saved scenarios and notices, as components read them: one named hook per question. */
import { useAppStore } from '../StoreProvider';

export const useCurrentId = () => useAppStore((s) => s.currentId);
/** The saved scenarios' summaries, newest first. */
export const useLibraryEntries = () => useAppStore((s) => s.library);
export const useNotice = () => useAppStore((s) => s.notice);
/** Every edit written to this browser's storage. */
export const useSaved = () => useAppStore((s) => !s.unsaved);
