import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../model/scenario';
import { createEngineSlice, type EngineSlice } from './engineSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';

export type AppState = ScenarioSlice & SelectionSlice & EngineSlice;

/** A fresh store per app (and per test), built from typed slices. */
export function createAppStore(scenario: Scenario) {
  return createStore<AppState>()((...args) => ({
    ...createScenarioSlice(scenario)(...args),
    ...createSelectionSlice(...args),
    ...createEngineSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
