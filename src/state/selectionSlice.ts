import type { StateCreator } from 'zustand';
import type { SourceRange, TrustPath, WhyNot } from '../engine';
import type { AppState } from './store';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface Reveal {
  documentId: string;
  range: SourceRange;
  /** Changes on every request, so asking twice for the same place still scrolls there. */
  nonce: number;
}

export interface SelectionSlice {
  selection: Selection;
  openDocuments: string[];
  activeDocumentId: string | null;
  reveal: Reveal | null;
  pathFrom: string | null;
  pathTo: string | null;
  paths: TrustPath[] | null;
  activePath: number | null;
  whyNot: WhyNot | null;
  select: (selection: Selection) => void;
  openDocument: (id: string, range?: SourceRange) => void;
  closeDocument: (id: string) => void;
  setPathEnds: (from: string | null, to: string | null) => void;
  setPaths: (paths: TrustPath[] | null, whyNot: WhyNot | null) => void;
  choosePath: (index: number | null) => void;
}

let revealCounter = 0;

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  openDocuments: [],
  activeDocumentId: null,
  reveal: null,
  pathFrom: null,
  pathTo: null,
  paths: null,
  activePath: null,
  whyNot: null,
  select: (selection) => set({ selection }),
  openDocument: (id, range) =>
    set((state) => ({
      openDocuments: state.openDocuments.includes(id) ? state.openDocuments : [...state.openDocuments, id],
      activeDocumentId: id,
      reveal: range ? { documentId: id, range, nonce: ++revealCounter } : state.reveal,
    })),
  closeDocument: (id) =>
    set((state) => {
      const openDocuments = state.openDocuments.filter((d) => d !== id);
      const index = state.openDocuments.indexOf(id);
      const activeDocumentId =
        state.activeDocumentId === id
          ? (openDocuments[Math.min(index, openDocuments.length - 1)] ?? null)
          : state.activeDocumentId;
      return { openDocuments, activeDocumentId };
    }),
  setPathEnds: (pathFrom, pathTo) => set({ pathFrom, pathTo, paths: null, activePath: null, whyNot: null }),
  // A walk-through plays the active path: another path starts it again from its first hop.
  setPaths: (paths, whyNot) =>
    set((s) => ({
      paths,
      whyNot,
      activePath: paths && paths.length > 0 ? 0 : null,
      walkStep: s.walkStep === null ? null : 0,
    })),
  choosePath: (activePath) => set((s) => ({ activePath, walkStep: s.walkStep === null ? null : 0 })),
});
