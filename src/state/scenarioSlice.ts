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
  /**
   * One history for every change: imports, added or removed entities, and text edits, where a run of
   * edits to one document is one step (Monaco keeps its own finer undo inside the editor).
   */
  past: Snapshot[];
  future: Snapshot[];
  /** The document whose run of edits the last step of `past` records, so the next edit joins it. */
  editing: string | null;
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

/**
 * The texts after a change from `before` to `after`: a document whose value the change left alone
 * keeps its text as the user left it; one whose value it replaced (an import, a pasted policy)
 * shows the new value, since texts beside the scenario would otherwise win over it.
 */
function textsAfter(
  before: Scenario,
  after: Scenario,
  texts: Record<string, string>,
): Record<string, string> {
  const old = documentLookup(before);
  const find = documentLookup(after);
  const kept: Record<string, string> = {};
  for (const ref of listDocuments(after)) {
    const text = texts[ref.id];
    if (text !== undefined && old(ref.id) === find(ref.id)) kept[ref.id] = text;
  }
  return initialDocumentTexts(after, kept);
}

/** The history with the current state as its newest step. */
function withStep(state: ScenarioSlice): Snapshot[] {
  return [...state.past, { scenario: state.scenario, documentTexts: state.documentTexts }].slice(
    -HISTORY_LIMIT,
  );
}

export const createScenarioSlice =
  (scenario: Scenario): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    scenario,
    documentTexts: initialDocumentTexts(scenario),
    past: [],
    future: [],
    editing: null,
    setDocumentText: (id, text) =>
      set((state) => {
        // Unchanged (the editor echoing an undo), or a document no longer in the scenario (its
        // editor still open as an undo removes it): nothing to record.
        if (state.documentTexts[id] === text || !Object.hasOwn(state.documentTexts, id)) return {};
        const documentTexts = { ...state.documentTexts, [id]: text };
        if (state.editing === id) return { documentTexts, future: [] };
        return { documentTexts, editing: id, future: [], past: withStep(state) };
      }),
    changeScenario: (next) =>
      set((state) => ({
        editing: null,
        past: withStep(state),
        future: [],
        scenario: next,
        documentTexts: textsAfter(state.scenario, next, state.documentTexts),
      })),
    undo: () =>
      set((state) => {
        const previous = state.past[state.past.length - 1];
        if (!previous) return {};
        return {
          editing: null,
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
          editing: null,
          past: [...state.past, { scenario: state.scenario, documentTexts: state.documentTexts }],
          future: state.future.slice(1),
          ...next,
        };
      }),
  });
