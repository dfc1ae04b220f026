import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../model/scenario';
import { createAnalysisSlice, type AnalysisSlice } from './analysisSlice';
import { createLibrarySlice, type LibrarySlice } from './librarySlice';
import { createPlanSlice, type PlanSlice } from './planSlice';
import { createScenarioSlice, initialDocumentTexts, type ScenarioSlice } from './scenarioSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import type { PanelSizes } from './panelSizes';
import { createWalkSlice, type SavedStory, type WalkSlice } from './walkSlice';
import { createViewSlice, type Language, type Theme, type ViewSlice } from './viewSlice';

export type AppState = ScenarioSlice &
  AnalysisSlice &
  SelectionSlice &
  ViewSlice &
  LibrarySlice &
  WalkSlice &
  PlanSlice;

export interface StoreOptions {
  theme?: Theme;
  language?: Language;
  currentId?: string;
  panels?: PanelSizes;
}

/** A fresh store per app (and per test), built from typed slices. */
export function createAppStore(scenario: Scenario, options: StoreOptions = {}) {
  return createStore<AppState>()((...args) => ({
    ...createScenarioSlice(scenario)(...args),
    ...createAnalysisSlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(options)(...args),
    ...createLibrarySlice(options.currentId ?? 'scratch')(...args),
    ...createWalkSlice(...args),
    ...createPlanSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export interface OpenedScenario {
  id: string;
  scenario: Scenario;
  texts?: Record<string, string>;
  dragged?: Record<string, { x: number; y: number }>;
  story?: SavedStory;
}

/** Switches the app to another saved scenario: its texts and layout, a fresh history and selection. */
export function openScenarioInStore(store: AppStore, opened: OpenedScenario): void {
  store.setState({
    currentId: opened.id,
    scenario: opened.scenario,
    documentTexts: initialDocumentTexts(opened.scenario, opened.texts ?? {}),
    past: [],
    future: [],
    editing: null,
    dragged: opened.dragged ?? {},
    selection: null,
    openDocuments: [],
    activeDocumentId: null,
    pathFrom: null,
    pathTo: null,
    paths: null,
    activePath: null,
    whyNot: null,
    walkStep: null,
    story: opened.story ? { ...opened.story, firstVisit: false } : null,
    changes: { added: [], removed: [] },
    planChanges: null,
    // The old scenario's graph must not answer questions about the new one.
    analysis: null,
    layout: null,
  });
}
