/** A small promise wrapper around IndexedDB: one database, one store of saved scenarios. */
import type { Scenario } from '../../model/scenario';

export interface SavedScenario {
  id: string;
  name: string;
  updatedAt: number;
  scenario: Scenario;
  /** Document texts exactly as typed, where they differ from the scenario's own JSON. */
  texts: Record<string, string>;
  dragged: Record<string, { x: number; y: number }>;
}

export interface ScenarioDatabase {
  all(): Promise<SavedScenario[]>;
  get(id: string): Promise<SavedScenario | undefined>;
  put(entry: SavedScenario): Promise<void>;
  remove(id: string): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

const NAME = 'trustscope';
const VERSION = 1;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

export async function openScenarioDatabase(factory: IDBFactory = indexedDB): Promise<ScenarioDatabase> {
  const open = factory.open(NAME, VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('scenarios')) db.createObjectStore('scenarios', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
  };
  const db = await request(open);
  const store = (name: 'scenarios' | 'meta', mode: IDBTransactionMode) =>
    db.transaction(name, mode).objectStore(name);
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  return {
    all: () => request(store('scenarios', 'readonly').getAll() as IDBRequest<SavedScenario[]>),
    get: (id) => request(store('scenarios', 'readonly').get(id) as IDBRequest<SavedScenario | undefined>),
    put: async (entry) => {
      const s = store('scenarios', 'readwrite');
      s.put(entry);
      await done(s.transaction);
    },
    remove: async (id) => {
      const s = store('scenarios', 'readwrite');
      s.delete(id);
      await done(s.transaction);
    },
    getMeta: (key) => request(store('meta', 'readonly').get(key) as IDBRequest<string | undefined>),
    setMeta: async (key, value) => {
      const s = store('meta', 'readwrite');
      s.put(value, key);
      await done(s.transaction);
    },
  };
}
