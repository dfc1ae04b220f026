import type { StateCreator } from 'zustand';
import type { Analysis, GraphEdge } from '../engine';
import type { AppState } from './store';
import type { Progress } from '../worker/protocol';

export type EngineStatus = 'starting' | 'ready' | 'failed';

export interface AnalysisChanges {
  /** Edges the latest edit added. */
  added: string[];
  /** Edges the latest edit removed, kept so the graph can show them fading out. */
  removed: GraphEdge[];
}

export interface AnalysisSlice {
  engineStatus: EngineStatus;
  engineInfo: string | null;
  analysis: Analysis | null;
  analysisRunning: boolean;
  /**
   * An edit the graph does not show yet: true from the change (before the debounce) until the
   * analysis that covers it lands, fails or is cancelled. The app is not ready meanwhile.
   */
  analysisPending: boolean;
  analysisError: string | null;
  changes: AnalysisChanges;
  /** A long job in the worker (analysis, import), with its progress, or null. */
  busy: Progress | null;
  /** Bumped to ask for the analysis again (after a cancel or a crash). */
  analysisRequest: number;
  setEngineReady: (info: string) => void;
  setEngineFailed: (message: string) => void;
  setAnalysisRunning: () => void;
  setAnalysisPending: (pending: boolean) => void;
  setAnalysis: (analysis: Analysis) => void;
  setAnalysisFailed: (message: string) => void;
  setBusy: (busy: AnalysisSlice['busy']) => void;
  retryAnalysis: () => void;
}

export function diffEdges(previous: Analysis | null, next: Analysis): AnalysisChanges {
  if (!previous) return { added: [], removed: [] };
  const before = new Map(previous.edges.filter((e) => e.permitted).map((e) => [e.id, e]));
  const after = new Set(next.edges.filter((e) => e.permitted).map((e) => e.id));
  return {
    added: [...after].filter((id) => !before.has(id)),
    removed: [...before.values()].filter((e) => !after.has(e.id)),
  };
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  engineStatus: 'starting',
  engineInfo: null,
  analysis: null,
  analysisRunning: false,
  analysisPending: false,
  analysisError: null,
  changes: { added: [], removed: [] },
  busy: null,
  analysisRequest: 0,
  setEngineReady: (info) => set({ engineStatus: 'ready', engineInfo: info }),
  setEngineFailed: (message) => set({ engineStatus: 'failed', engineInfo: message, analysisRunning: false }),
  setAnalysisRunning: () => set({ analysisRunning: true }),
  setAnalysisPending: (analysisPending) => set({ analysisPending }),
  setAnalysis: (analysis) =>
    set((state) => ({
      analysis,
      analysisRunning: false,
      analysisError: null,
      changes: diffEdges(state.analysis, analysis),
    })),
  setAnalysisFailed: (message) => set({ analysisRunning: false, analysisError: message }),
  setBusy: (busy) => set({ busy }),
  retryAnalysis: () => set((state) => ({ analysisRequest: state.analysisRequest + 1, analysisError: null })),
});
