/**
 * The saved scenarios: autosave of the one being edited, and keep / duplicate / rename / delete (with
 * undo) / export / import. Everything stays in this browser's IndexedDB.
 */
import { changedTexts } from '../../model/documents';
import type { Scenario } from '../../model/scenario';
import { openScenarioInStore, type AppStore } from '../store';
import { savedStory } from '../walkSlice';
import { translate } from '../../i18n/translate';
import type { SavedScenario, ScenarioDatabase } from './database';
import { whenIdle } from './whenIdle';

const AUTOSAVE_DELAY_MS = 300;

export function newId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function snapshot(store: AppStore): SavedScenario {
  const s = store.getState();
  return {
    id: s.currentId,
    name: s.scenario.name,
    updatedAt: Date.now(),
    scenario: s.scenario,
    // Only what differs from the scenario's own JSON: opening rebuilds the rest, and the save clones less.
    texts: changedTexts(s.scenario, s.documentTexts),
    dragged: s.dragged,
    ...(s.story ? { story: savedStory(s.story) } : {}),
  };
}

export class Library {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The open scenario when it was opened to read (a gallery story) and is not saved until changed. */
  private pristine: string | undefined;

  constructor(
    private readonly db: ScenarioDatabase,
    private readonly store: AppStore,
    /** What opens when the last saved scenario is deleted. */
    private readonly fallback: () => Scenario,
  ) {}

  async refresh(): Promise<void> {
    this.store.getState().setLibrary(await this.db.list());
  }

  /** Writes the current scenario now (before risky work, on page hide). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.store.getState().currentId === this.pristine) return;
    const saved = snapshot(this.store);
    await this.db.put(saved);
    await this.db.setMeta('current', this.store.getState().currentId);
    // Saved unless an edit came while writing: its own autosave is on its way.
    if (this.timer === undefined) this.store.getState().setUnsaved(false);
    // The list changes by this one entry: reading every saved scenario back to list them costs a lot more.
    const entry = { id: saved.id, name: saved.name, updatedAt: saved.updatedAt };
    const library = this.store.getState().library.filter((e) => e.id !== saved.id);
    this.store.getState().setLibrary([entry, ...library]);
  }

  /**
   * The first save of the scenario the app opened on (a link becomes a saved scenario here): in idle
   * time: writing a big scenario's JSON takes milliseconds of main thread (database.ts).
   */
  saveWhenIdle(): void {
    whenIdle(
      () =>
        void this.flush()
          .then(() => whenIdle(() => void this.refresh().catch((e: unknown) => this.fail(e))))
          .catch((e: unknown) => this.fail(e)),
    );
  }

  /** Saves on every change to the scenario, its texts or its layout, a moment after the last one. */
  startAutosave(): () => void {
    const unsubscribe = this.store.subscribe((state, previous) => {
      if (state.currentId !== previous.currentId) return;
      if (
        state.scenario === previous.scenario &&
        state.documentTexts === previous.documentTexts &&
        state.dragged === previous.dragged
      )
        return;
      clearTimeout(this.timer);
      // A scenario opened to read is saved, as a scenario of its own, once it is changed.
      if (state.currentId === this.pristine) this.pristine = undefined;
      if (!state.unsaved) this.store.getState().setUnsaved(true);
      this.timer = setTimeout(() => void this.flush().catch((e: unknown) => this.fail(e)), AUTOSAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(this.timer);
      unsubscribe();
    };
  }

  async open(id: string): Promise<void> {
    if (this.timer !== undefined) await this.flush();
    let saved: SavedScenario | undefined;
    try {
      saved = await this.db.get(id);
    } catch (error) {
      this.store
        .getState()
        .setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (!saved) return;
    openScenarioInStore(this.store, {
      id: saved.id,
      scenario: saved.scenario,
      texts: saved.texts,
      dragged: saved.dragged,
      ...(saved.story ? { story: saved.story } : {}),
    });
    await this.db.setMeta('current', id);
  }

  /** Adds a scenario as a new entry and opens it; never touches the others. */
  async add(
    scenario: Scenario,
    texts: Record<string, string> = {},
    dragged: Record<string, { x: number; y: number }> = {},
  ): Promise<string> {
    if (this.timer !== undefined) await this.flush();
    const id = newId();
    await this.db.put({ id, name: scenario.name, updatedAt: Date.now(), scenario, texts, dragged });
    openScenarioInStore(this.store, { id, scenario, texts, dragged });
    await this.db.setMeta('current', id);
    await this.refresh();
    return id;
  }

  /**
   * Opens a scenario without saving it (a gallery story): it becomes a saved scenario at its first
   * change, so reading the stories piles up no copies.
   */
  async openUnsaved(scenario: Scenario): Promise<void> {
    if (this.timer !== undefined) await this.flush();
    const id = newId();
    this.pristine = id;
    openScenarioInStore(this.store, { id, scenario });
  }

  async duplicate(id: string): Promise<void> {
    const saved = id === this.store.getState().currentId ? snapshot(this.store) : await this.db.get(id);
    if (!saved) return;
    await this.add({ ...saved.scenario, name: `${saved.scenario.name} (copy)` }, saved.texts, saved.dragged);
  }

  async rename(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (id === this.store.getState().currentId) {
      this.store.getState().changeScenario({ ...this.store.getState().scenario, name: trimmed });
      await this.flush();
      return;
    }
    const saved = await this.db.get(id);
    if (!saved) return;
    await this.db.put({
      ...saved,
      name: trimmed,
      scenario: { ...saved.scenario, name: trimmed },
      updatedAt: Date.now(),
    });
    await this.refresh();
  }

  /** Deletes, offering undo; deleting the open scenario opens the most recent other one. */
  async remove(id: string, undoLabel: string, deletedMessage: (name: string) => string): Promise<void> {
    const saved = id === this.store.getState().currentId ? snapshot(this.store) : await this.db.get(id);
    if (!saved) return;
    await this.db.remove(id);
    await this.refresh();
    if (id === this.store.getState().currentId) {
      const next = this.store.getState().library[0];
      if (next) await this.open(next.id);
      else await this.add(this.fallback());
    }
    this.store.getState().setNotice({
      kind: 'info',
      message: deletedMessage(saved.name),
      action: {
        label: undoLabel,
        run: () => {
          void this.db.put(saved).then(() => this.refresh());
          this.store.getState().setNotice(null);
        },
      },
    });
  }

  private fail(error: unknown): void {
    const message = translate(this.store.getState().language, 'autosave.failed', { detail: String(error) });
    this.store.getState().setNotice({ kind: 'error', message });
  }
}
