import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import type { Scenario } from '../../model/scenario';
import { decodeShareFragment, encodeShareFragment } from '../../share';
import { createAppStore } from '../store';
import { chooseStartup } from './bootstrap';
import { openScenarioDatabase, type ScenarioDatabase } from './database';
import { Library } from './library';

const TRUST = 'arn:aws:iam::111122223333:role/RoleForB#trust';
const ROLE = 'arn:aws:iam::111122223333:role/RoleForB';
const story = (name: string): Scenario => ({ ...ec2CrossAccountScenario, name });
const firstVisit = () => story('Gallery story');
const decode = (fragment: string) => Promise.resolve(decodeShareFragment(fragment));

describe('what the app opens on', () => {
  let factory: IDBFactory;
  let db: ScenarioDatabase;

  beforeEach(async () => {
    // Only the autosave delay is faked: IndexedDB schedules its own work on timers of its own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    factory = new IDBFactory();
    db = await openScenarioDatabase(factory);
  });
  afterEach(() => vi.useRealTimers());

  it('opens the gallery story on a first visit', async () => {
    const startup = await chooseStartup('', db, firstVisit, decode);
    expect(startup.initial.scenario.name).toBe('Gallery story');
    expect(startup).not.toHaveProperty('savedError');
  });

  it('reopens the last edit after a reload, typed text and dragged nodes included', async () => {
    const store = createAppStore(story('My work'), { currentId: 's-mine' });
    const library = new Library(db, store, firstVisit);
    const stop = library.startAutosave();
    store.getState().setDocumentText(TRUST, '{ "Statement": [ ');
    store.getState().setDragged(ROLE, { x: 12, y: 34 });
    expect(store.getState().unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitUntil(() => !store.getState().unsaved, { interval: 0 });
    stop();

    const reloaded = await openScenarioDatabase(factory);
    const { initial } = await chooseStartup('', reloaded, firstVisit, decode);
    expect(initial).toMatchObject({
      id: 's-mine',
      scenario: { name: 'My work' },
      texts: { [TRUST]: '{ "Statement": [ ' },
      dragged: { [ROLE]: { x: 12, y: 34 } },
    });
  });

  it('reopens an edited gallery story with its lesson after a reload', async () => {
    const lesson = { en: 'Trust is two-sided.', 'zh-Hans': '信任是双向的。', 'zh-Hant': '信任是雙向的。' };
    const story = { id: 'some-story', title: lesson, lesson, featuredPath: { from: ROLE, to: ROLE } };
    await db.put({
      id: 's-story',
      name: 'S',
      updatedAt: 1,
      scenario: firstVisit(),
      texts: {},
      dragged: {},
      story,
    });
    await db.setMeta('current', 's-story');
    const { initial } = await chooseStartup('', await openScenarioDatabase(factory), firstVisit, decode);
    expect(initial.story).toEqual(story);
  });

  it('opens a shared link as a new scenario, never over local work, with its view', async () => {
    await db.put({
      id: 's-mine',
      name: 'Mine',
      updatedAt: 1,
      scenario: story('Mine'),
      texts: {},
      dragged: {},
    });
    await db.setMeta('current', 's-mine');
    const fragment = encodeShareFragment({
      scenario: story('Shared'),
      texts: { [TRUST]: '{}' },
      view: { selection: { kind: 'node', id: ROLE } },
    });
    const startup = await chooseStartup(`#${fragment}`, db, firstVisit, decode);
    expect(startup.initial.scenario.name).toBe('Shared');
    expect(startup.initial.id).not.toBe('s-mine');
    expect(startup.initial.texts).toEqual({ [TRUST]: '{}' });
    expect(startup.view?.selection).toEqual({ kind: 'node', id: ROLE });
    expect((await db.get('s-mine'))?.name).toBe('Mine');
  });

  it('says why a broken link did not open, and opens local work instead', async () => {
    await db.put({
      id: 's-mine',
      name: 'Mine',
      updatedAt: 1,
      scenario: story('Mine'),
      texts: {},
      dragged: {},
    });
    await db.setMeta('current', 's-mine');
    const startup = await chooseStartup('#s=1.d.not-deflate', db, firstVisit, decode);
    expect(startup.linkError?.kind).toBe('corrupt');
    expect(startup.initial.id).toBe('s-mine');
  });

  it('starts from the gallery, saying why, when the last edit cannot be read', async () => {
    await db.setMeta('current', 's-damaged');
    const broken: ScenarioDatabase = { ...db, get: () => Promise.reject(new Error('damaged')) };
    const startup = await chooseStartup('', broken, firstVisit, decode);
    expect(startup.savedError).toBe('damaged');
    expect(startup.initial.scenario.name).toBe('Gallery story');
  });

  it('starts from the gallery when the browser offers no IndexedDB', async () => {
    const startup = await chooseStartup('', undefined, firstVisit, decode);
    expect(startup.initial.scenario.name).toBe('Gallery story');
  });
});
