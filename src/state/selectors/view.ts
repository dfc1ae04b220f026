/** How the graph is shown, as components read it: one named hook per question. */
import { useShallow } from 'zustand/react/shallow';
import type { ViewFilters } from '../graphView/visibleGraph';
import { useAppStore } from '../StoreProvider';

export const useTheme = () => useAppStore((s) => s.theme);
export const useLanguage = () => useAppStore((s) => s.language);
export const useHiddenEdgeKinds = () => useAppStore((s) => s.hiddenEdgeKinds);
export const useHiddenNodeKinds = () => useAppStore((s) => s.hiddenNodeKinds);
export const useHiddenAccounts = () => useAppStore((s) => s.hiddenAccounts);
export const useIsCollapsed = (id: string) => useAppStore((s) => s.collapsed.includes(id));
export const useFocus = () => useAppStore((s) => s.focus);
export const useLayout = () => useAppStore((s) => s.layout);
export const useDragged = () => useAppStore((s) => s.dragged);
export const useSearchOpen = () => useAppStore((s) => s.searchOpen);

/** Everything that decides what the canvas shows (visibleGraph), as one object that changes only with them. */
export const useViewFilters = (): ViewFilters =>
  useAppStore(
    useShallow((s) => ({
      hiddenEdgeKinds: s.hiddenEdgeKinds,
      hiddenNodeKinds: s.hiddenNodeKinds,
      hiddenAccounts: s.hiddenAccounts,
      collapsed: s.collapsed,
      focus: s.focus,
    })),
  );
