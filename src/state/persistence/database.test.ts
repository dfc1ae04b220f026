import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import { BLOCKED_BY_OLDER_TAB, openScenarioDatabase, type SavedScenario } from './database';

const TRUST = 'arn:aws:iam::111122223333:role/RoleForB#trust';

const saved = (id: string, name: string, updatedAt = 1): SavedScenario => ({
  id,
  name,
  updatedAt,
  scenario: { ...ec2CrossAccountScenario, name },
  texts: { [TRUST]: '{ "Statement": [ // typed, not yet valid' },
  dragged: { [TRUST.split('#')[0] as string]: { x: 40, y: 80 } },
});

/** Opens the database as the app's version 1 did, with the rows it wrote (objects, no summaries). */
function openVersion1(factory: IDBFactory, rows: object[] = []): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open('trustscope', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('scenarios', { keyPath: 'id' });
      open.result.createObjectStore('meta');
      for (const row of rows) open.transaction?.objectStore('scenarios').put(row);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

describe('the saved scenarios in IndexedDB', () => {
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
  });

  it('keeps what was written across a reload: the scenario, its typed texts and dragged nodes', async () => {
    const db = await openScenarioDatabase(factory);
    await db.put(saved('s-1', 'Mine', 10));
    await db.put(saved('s-2', 'Another', 20));
    await db.setMeta('current', 's-2');

    const reloaded = await openScenarioDatabase(factory);
    expect(await reloaded.get('s-1')).toEqual(saved('s-1', 'Mine', 10));
    expect(await reloaded.getMeta('current')).toBe('s-2');
    const names = (await reloaded.list()).map((s) => s.name).sort();
    expect(names).toEqual(['Another', 'Mine']);
  });

  it('keeps the gallery story a saved scenario came from', async () => {
    const story = {
      id: 'ec2-cross-account-profile',
      title: { en: 'EC2', 'zh-Hans': '弹性云', 'zh-Hant': '彈性雲' },
      lesson: { en: 'The lesson', 'zh-Hans': '课程', 'zh-Hant': '課程' },
      featuredPath: { from: 'arn:aws:ec2:…:instance/i-1', to: 'arn:aws:iam::111122223333:role/RoleForB' },
    };
    const db = await openScenarioDatabase(factory);
    await db.put({ ...saved('s-1', 'From a story'), story });
    const reloaded = await openScenarioDatabase(factory);
    expect((await reloaded.get('s-1'))?.story).toEqual(story);
  });

  it('lists a rename and forgets a removed scenario', async () => {
    const db = await openScenarioDatabase(factory);
    await db.put(saved('s-1', 'Mine'));
    await db.put({ ...saved('s-1', 'Renamed'), updatedAt: 2 });
    await db.put(saved('s-2', 'Gone'));
    await db.remove('s-2');
    expect(await db.list()).toEqual([{ id: 's-1', name: 'Renamed', updatedAt: 2 }]);
    expect(await db.get('s-2')).toBeUndefined();
  });

  it('opens a version 1 database: its rows stay readable and the list shows them', async () => {
    const old = saved('s-old', 'From version 1');
    (await openVersion1(factory, [old])).close();
    const db = await openScenarioDatabase(factory);
    expect(await db.list()).toEqual([{ id: 's-old', name: 'From version 1', updatedAt: 1 }]);
    expect(await db.get('s-old')).toEqual(old);
  });

  it('says a damaged entry is damaged, by name, and still lists the others', async () => {
    const db = await openScenarioDatabase(factory);
    await db.put(saved('s-1', 'Fine'));
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('trustscope');
      open.onsuccess = () => {
        const tx = open.result.transaction('scenarios', 'readwrite');
        tx.objectStore('scenarios').put({ id: 's-2', name: 'Broken', updatedAt: 2, json: '{"scen' });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      };
    });
    await expect(db.get('s-2')).rejects.toThrow('The saved scenario "Broken" is damaged');
    expect(await db.get('s-1')).toEqual(saved('s-1', 'Fine'));
  });

  it('is refused, with a reason to show, while a tab of an earlier version holds it open', async () => {
    const olderTab = await openVersion1(factory);
    await expect(openScenarioDatabase(factory)).rejects.toThrow(BLOCKED_BY_OLDER_TAB);
    olderTab.close();
  });

  it('lets a newer tab upgrade it, and then refuses to write with a reason to reload', async () => {
    const db = await openScenarioDatabase(factory);
    await new Promise<void>((resolve) => {
      const newer = factory.open('trustscope', 3);
      newer.onsuccess = () => {
        newer.result.close();
        resolve();
      };
    });
    await expect(db.put(saved('s-1', 'Mine'))).rejects.toThrow(/newer Trustscope tab.*reload/);
  });
});
