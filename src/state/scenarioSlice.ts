import type { StateCreator } from 'zustand';
import { documentJson, documentLookup, listDocuments } from '../model/documents';
import type { Scenario } from '../model/scenario';
import type { AppState } from './store';

interface Snapshot {
  scenario: Scenario;
  documentTexts: Record<string, string>;
}

export interface ScenarioSlice {
  scenario: Scenario;
  /** The text of each document as the user last left it, by document id: never reformatted, never dropped. */
  documentTexts: Record<string, string>;
  /** Structural history (imports, added or removed entities); text edits have Monaco's own undo. */
  past: Snapshot[];
  future: Snapshot[];
  setDocumentText: (id: string, text: string) => void;
  /** Replaces the scenario (keeping the user's texts for documents that still exist) as one undoable step. */
  changeScenario: (next: Scenario) => void;
  undo: () => void;
  redo: () => void;
}

const HISTORY_LIMIT = 100;

export function initialDocumentTexts(
  scenario: Scenario,
  keep: Record<string, string> = {},
): Record<string, string> {
  const texts: Record<string, string> = {};
  const find = documentLookup(scenario);
  for (const ref of listDocuments(scenario)) {
    texts[ref.id] = keep[ref.id] ?? documentJson(find(ref.id)) ?? '';
  }
  return texts;
}

export const createScenarioSlice =
  (scenario: Scenario): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    scenario,
    documentTexts: initialDocumentTexts(scenario),
    past: [],
    future: [],
    setDocumentText: (id, text) =>
      set((state) => ({ documentTexts: { ...state.documentTexts, [id]: text } })),
    changeScenario: (next) =>
      set((state) => ({
        past: [...state.past, { scenario: state.scenario, documentTexts: state.documentTexts }].slice(
          -HISTORY_LIMIT,
        ),
        future: [],
        scenario: next,
        documentTexts: initialDocumentTexts(next, state.documentTexts),
      })),
    undo: () =>
      set((state) => {
        const previous = state.past[state.past.length - 1];
        if (!previous) return {};
        return {
          past: state.past.slice(0, -1),
          future: [{ scenario: state.scenario, documentTexts: state.documentTexts }, ...state.future],
          ...previous,
        };
      }),
    redo: () =>
      set((state) => {
        const next = state.future[0];
        if (!next) return {};
        return {
          past: [...state.past, { scenario: state.scenario, documentTexts: state.documentTexts }],
          future: state.future.slice(1),
          ...next,
        };
      }),
  });
