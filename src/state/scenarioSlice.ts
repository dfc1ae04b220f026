import type { StateCreator } from 'zustand';
import { findDocument, listDocuments } from '../model/documents';
import type { Scenario } from '../model/scenario';
import type { AppState } from './store';

export interface ScenarioSlice {
  scenario: Scenario;
  /** The text of each document as the user last left it, by document id: never reformatted, never dropped. */
  documentTexts: Record<string, string>;
  setDocumentText: (id: string, text: string) => void;
}

export function initialDocumentTexts(scenario: Scenario): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const ref of listDocuments(scenario)) {
    texts[ref.id] = JSON.stringify(findDocument(scenario, ref.id), null, 2);
  }
  return texts;
}

export const createScenarioSlice =
  (scenario: Scenario): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    scenario,
    documentTexts: initialDocumentTexts(scenario),
    setDocumentText: (id, text) =>
      set((state) => ({ documentTexts: { ...state.documentTexts, [id]: text } })),
  });
