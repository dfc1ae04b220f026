import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import type { Scenario } from '../../model/scenario';
import { createAppStore, type AppStore } from '../store';
import type { SavedScenario, SavedSummary, ScenarioDatabase } from './database';
import { Library } from './library';
import { galleryEntry } from '../../model/gallery';
import { storyOf } from '../walkSlice';

/** The browser's IndexedDB as a map: what was written is what a reload would find. */
class MemoryDatabase implements ScenarioDatabase {
  entries = new Map<string, SavedScenario>();
  meta = new Map<string, string>();
  list(): Promise<SavedSummary[]> {
    return Promise.resolve(
      [...this.entries.values()].map(({ id, name, updatedAt }) => ({ id, name, updatedAt })),
    );
  }
  get(id: string) {
    return Promise.resolve(this.entries.get(id));
  }
  put(entry: SavedScenario) {
    this.entries.set(entry.id, entry);
    return Promise.resolve();
  }
  remove(id: string) {
    this.entries.delete(id);
    return Promise.resolve();
  }
  getMeta(key: string) {
    return Promise.resolve(this.meta.get(key));
  }
  setMeta(key: string, value: string) {
    this.meta.set(key, value);
    return Promise.resolve();
  }
}

const story = (name: string): Scenario => ({ ...ec2CrossAccountScenario, name });

describe('the library and stories opened to read', () => {
  let db: MemoryDatabase;
  let store: AppStore;
  let library: Library;
  let stop: () => void;

  beforeEach(async () => {
    vi.useFakeTimers();
    db = new MemoryDatabase();
    store = createAppStore(story('My own'));
    library = new Library(db, store, () => story('Fallback'));
    stop = library.startAutosave();
    await library.flush();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('opens gallery stories one after another without saving a copy of any', async () => {
    for (const name of ['Story 1', 'Story 2', 'Story 1']) {
      await library.openUnsaved(story(name));
      await library.flush();
    }
    expect(store.getState().scenario.name).toBe('Story 1');
    expect([...db.entries.values()].map((e) => e.name)).toEqual(['My own']);
  });

  it('saves a story as a scenario of its own at its first change, and keeps saving it', async () => {
    await library.openUnsaved(story('Story 1'));
    const id = store.getState().currentId;
    store.getState().changeScenario({ ...store.getState().scenario, description: 'mine now' });
    await vi.runAllTimersAsync();
    expect(db.entries.get(id)?.scenario.description).toBe('mine now');
    store.getState().changeScenario({ ...store.getState().scenario, description: 'and again' });
    await vi.runAllTimersAsync();
    expect(db.entries.get(id)?.scenario.description).toBe('and again');
    expect(db.entries.size).toBe(2);
  });

  it("keeps an edited story's lesson: reopened from the library, it still shows the story", async () => {
    const entry = galleryEntry('scp-cuts-a-path');
    if (!entry) throw new Error('gallery story missing');
    const mine = store.getState().currentId;
    await library.openUnsaved(entry.scenario);
    store.getState().setStory(storyOf(entry, true));
    const id = store.getState().currentId;
    store.getState().changeScenario({ ...store.getState().scenario, description: 'my notes' });
    await vi.runAllTimersAsync();

    await library.open(mine);
    expect(store.getState().story).toBeNull();
    await library.open(id);
    expect(store.getState().story).toMatchObject({ id: 'scp-cuts-a-path', firstVisit: false });
    expect(store.getState().story?.lesson.en).toBe(entry.lesson.en);
  });
});
