/**
 * A small promise wrapper around IndexedDB: one database with the saved scenarios, a summary of each
 * for the library list, and a few settings.
 *
 * A saved scenario's content is kept as one JSON text. IndexedDB clones what it stores on the calling
 * thread, and for an organization of thousands of roles cloning the object tree took 40–90 ms of the
 * main thread where writing the JSON takes ~10 ms and storing one string almost nothing. The list
 * reads the summaries alone: reading every saved scenario back to name them took ~50 ms for one
 * such organization, and as much again for each more.
 */
import type { SavedStory } from '../walkSlice';
import type { Scenario } from '../../model/scenario';

export interface SavedScenario {
  id: string;
  name: string;
  updatedAt: number;
  scenario: Scenario;
  /** Document texts exactly as typed, where they differ from the scenario's own JSON. */
  texts: Record<string, string>;
  dragged: Record<string, { x: number; y: number }>;
  /** The gallery story it was opened from, so a reload still shows its lesson and Play button. */
  story?: SavedStory;
}

export type SavedSummary = Pick<SavedScenario, 'id' | 'name' | 'updatedAt'>;

export interface ScenarioDatabase {
  /** Every saved scenario's summary, for the library list. */
  list(): Promise<SavedSummary[]>;
  get(id: string): Promise<SavedScenario | undefined>;
  put(entry: SavedScenario): Promise<void>;
  remove(id: string): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

const NAME = 'trustscope';
/** 1: scenarios stored as objects, no summaries. 2: scenarios as JSON text, and summaries. */
const VERSION = 2;

type StoreName = 'scenarios' | 'summaries' | 'meta';

/** A row of the scenarios store since version 2. */
interface StoredScenario extends SavedSummary {
  /** `{ scenario, texts, dragged, story }` as JSON. */
  json: string;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function summaryOf({ id, name, updatedAt }: SavedSummary): SavedSummary {
  return { id, name, updatedAt };
}

/** A row as the app reads it, whichever version wrote it. */
function fromRow(row: StoredScenario | SavedScenario): SavedScenario {
  if (!('json' in row)) return row;
  let content: Pick<SavedScenario, 'scenario' | 'texts' | 'dragged' | 'story'>;
  try {
    content = JSON.parse(row.json) as typeof content;
  } catch {
    throw new Error(`The saved scenario "${row.name}" is damaged and cannot be opened.`);
  }
  return { ...summaryOf(row), ...content };
}

/** Version 1 kept no summaries: they are written from its rows, which stay readable as they are. */
function upgrade(db: IDBDatabase, transaction: IDBTransaction, oldVersion: number): void {
  if (!db.objectStoreNames.contains('scenarios')) db.createObjectStore('scenarios', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
  if (db.objectStoreNames.contains('summaries')) return;
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  if (oldVersion === 0) return;
  const cursor = transaction.objectStore('scenarios').openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    summaries.put(summaryOf(at.value as SavedSummary));
    at.continue();
  };
}

/** Why the saved scenarios cannot be opened while a tab of an earlier version holds them. */
export const BLOCKED_BY_OLDER_TAB =
  'Saved scenarios are unavailable while a Trustscope tab of an earlier version is open: close it and reload this one. Work in this tab is not saved.';

/** The database opened, or an error: a tab of an earlier version that keeps it open blocks the upgrade. */
function opened(open: IDBOpenDBRequest): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    open.onblocked = () => {
      gaveUp = true;
      reject(new Error(BLOCKED_BY_OLDER_TAB));
    };
    open.onsuccess = () => {
      // Opened once the other tab closed, after this one went on without it.
      if (gaveUp) open.result.close();
      else resolve(open.result);
    };
    open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
  });
}

export async function openScenarioDatabase(factory: IDBFactory = indexedDB): Promise<ScenarioDatabase> {
  const open = factory.open(NAME, VERSION);
  open.onupgradeneeded = (event) => {
    if (open.transaction) upgrade(open.result, open.transaction, event.oldVersion);
  };
  const db = await opened(open);
  // A later version in another tab may upgrade the database: let it, and say so here.
  let closed = false;
  db.onversionchange = () => {
    closed = true;
    db.close();
  };
  const transaction = (names: StoreName | StoreName[], mode: IDBTransactionMode) => {
    if (closed)
      throw new Error('A newer Trustscope tab upgraded the saved scenarios: reload this tab to keep saving.');
    return db.transaction(names, mode);
  };
  const store = (name: StoreName, mode: IDBTransactionMode) => transaction(name, mode).objectStore(name);
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  return {
    list: () => request(store('summaries', 'readonly').getAll() as IDBRequest<SavedSummary[]>),
    get: async (id) => {
      const row = await request(
        store('scenarios', 'readonly').get(id) as IDBRequest<StoredScenario | SavedScenario | undefined>,
      );
      return row && fromRow(row);
    },
    put: async (entry) => {
      const { scenario, texts, dragged, story } = entry;
      const json = JSON.stringify({ scenario, texts, dragged, story });
      const row: StoredScenario = { ...summaryOf(entry), json };
      const tx = transaction(['scenarios', 'summaries'], 'readwrite');
      tx.objectStore('scenarios').put(row);
      tx.objectStore('summaries').put(summaryOf(entry));
      await done(tx);
    },
    remove: async (id) => {
      const tx = transaction(['scenarios', 'summaries'], 'readwrite');
      tx.objectStore('scenarios').delete(id);
      tx.objectStore('summaries').delete(id);
      await done(tx);
    },
    getMeta: (key) => request(store('meta', 'readonly').get(key) as IDBRequest<string | undefined>),
    setMeta: async (key, value) => {
      const s = store('meta', 'readwrite');
      s.put(value, key);
      await done(s.transaction);
    },
  };
}
