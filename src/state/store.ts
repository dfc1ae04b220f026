import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../model/scenario';
import { createAnalysisSlice, type AnalysisSlice } from './analysisSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type Language, type Theme, type ViewSlice } from './viewSlice';

export type AppState = ScenarioSlice & AnalysisSlice & SelectionSlice & ViewSlice;

/** A fresh store per app (and per test), built from typed slices. */
export function createAppStore(scenario: Scenario, view: { theme?: Theme; language?: Language } = {}) {
  return createStore<AppState>()((...args) => ({
    ...createScenarioSlice(scenario)(...args),
    ...createAnalysisSlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(view)(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
