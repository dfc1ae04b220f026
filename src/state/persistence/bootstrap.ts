/**
 * What the app opens on: a share link (as a new saved scenario, never over local work), else the
 * scenario last edited, else — on a first visit — the first gallery scenario.
 */
import type { Scenario } from '../../model/scenario';
import type { DecodeResult, LinkError, SharedView } from '../../share';
import type { OpenedScenario } from '../store';
import type { ScenarioDatabase } from './database';
import { newId } from './library';

export interface Startup {
  initial: OpenedScenario;
  linkError?: LinkError;
  /** The scenario last edited could not be read: why (the gallery's first scenario opens instead). */
  savedError?: string;
  view?: SharedView;
}

export async function chooseStartup(
  hash: string,
  db: ScenarioDatabase | undefined,
  firstVisit: () => Scenario,
  decode: (fragment: string) => Promise<DecodeResult>,
): Promise<Startup> {
  let linkError: LinkError | undefined;
  if (hash.includes('s=')) {
    const decoded = await decode(hash);
    if (decoded.ok) {
      const { scenario, texts = {}, view } = decoded.state;
      // Saved as a new scenario by the app's first save (Library.saveWhenIdle), off the startup path.
      const initial: OpenedScenario = { id: newId(), scenario, texts, dragged: view?.dragged ?? {} };
      return view ? { initial, view } : { initial };
    }
    linkError = decoded.error;
  }
  let saved: Awaited<ReturnType<ScenarioDatabase['get']>>;
  let savedError: string | undefined;
  try {
    const currentId = await db?.getMeta('current');
    saved = currentId !== undefined ? await db?.get(currentId) : undefined;
  } catch (error) {
    // A damaged entry must not keep the app from starting: the others stay in the list.
    savedError = error instanceof Error ? error.message : String(error);
  }
  const initial: OpenedScenario = saved
    ? {
        id: saved.id,
        scenario: saved.scenario,
        texts: saved.texts,
        dragged: saved.dragged,
        ...(saved.story ? { story: saved.story } : {}),
      }
    : { id: newId(), scenario: firstVisit() };
  return { initial, ...(linkError ? { linkError } : {}), ...(savedError ? { savedError } : {}) };
}
