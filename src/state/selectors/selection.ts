/** What the user selected, opened and asked for, as components read it: one named hook per question. */
import { useAppStore } from '../StoreProvider';

export const useSelection = () => useAppStore((s) => s.selection);
/** The selected node of the latest analysis, if a node is selected. */
export const useSelectedNode = () =>
  useAppStore((s) =>
    s.selection?.kind === 'node' ? s.analysis?.nodes.find((n) => n.id === s.selection?.id) : undefined,
  );
/** The selected edge of the latest analysis, if an edge is selected. */
export const useSelectedEdge = () =>
  useAppStore((s) =>
    s.selection?.kind === 'edge' ? s.analysis?.edges.find((e) => e.id === s.selection?.id) : undefined,
  );

export const useOpenDocuments = () => useAppStore((s) => s.openDocuments);
export const useActiveDocumentId = () => useAppStore((s) => s.activeDocumentId);
export const useReveal = () => useAppStore((s) => s.reveal);

export const usePathFrom = () => useAppStore((s) => s.pathFrom);
export const usePathTo = () => useAppStore((s) => s.pathTo);
export const usePaths = () => useAppStore((s) => s.paths);
export const useActivePath = () => useAppStore((s) => s.activePath);
/** The path being shown, if one is chosen. */
export const useActiveTrustPath = () =>
  useAppStore((s) => (s.activePath !== null ? s.paths?.[s.activePath] : undefined));
export const useWhyNot = () => useAppStore((s) => s.whyNot);
