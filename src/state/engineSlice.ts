import type { StateCreator } from 'zustand';
import type { Diagnostic } from '../engine/types';
import type { AppState } from './store';

export type EngineStatus = 'starting' | 'ready' | 'failed';

export interface DocumentLint {
  diagnostics: Diagnostic[];
  statementCount: number;
}

export interface EngineSlice {
  engineStatus: EngineStatus;
  engineInfo: string | null;
  /** The worker's latest lint of each document, by document id. */
  lints: Record<string, DocumentLint>;
  setEngineReady: (info: string) => void;
  setEngineFailed: (message: string) => void;
  setLint: (documentId: string, lint: DocumentLint) => void;
}

export const createEngineSlice: StateCreator<AppState, [], [], EngineSlice> = (set) => ({
  engineStatus: 'starting',
  engineInfo: null,
  lints: {},
  setEngineReady: (info) => set({ engineStatus: 'ready', engineInfo: info }),
  setEngineFailed: (message) => set({ engineStatus: 'failed', engineInfo: message }),
  setLint: (documentId, lint) => set((state) => ({ lints: { ...state.lints, [documentId]: lint } })),
});
