import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SelectionSlice {
  selectedNodeId: string | null;
  openDocumentId: string | null;
  selectNode: (id: string | null) => void;
  openDocument: (id: string) => void;
  closeDocument: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedNodeId: null,
  openDocumentId: null,
  selectNode: (id) => set({ selectedNodeId: id }),
  openDocument: (id) => set({ openDocumentId: id }),
  closeDocument: () => set({ openDocumentId: null }),
});
