import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCatalogue } from './i18n/loadCatalogue';
import { translate, translator } from './i18n/translate';
import { chooseStartup } from './state/persistence/bootstrap';
import {
  BLOCKED_BY_OLDER_TAB,
  openScenarioDatabase,
  type ScenarioDatabase,
} from './state/persistence/database';
import { Library } from './state/persistence/library';
import { loadPanelSizes, persistPanelSizes } from './state/panelSizes';
import { loadPreferences, persistPreferences } from './state/preferences';
import { restoreView } from './state/restoreView';
import { createAppStore, openScenarioInStore } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { syncEngine } from './state/syncEngine';
import { syncLayout } from './state/syncLayout';
import { syncPaths } from './state/syncPaths';
import { syncLevelOfDetail } from './state/syncLevelOfDetail';
import { storyOf } from './state/walkSlice';
import { App } from './ui/app/App';
import { ClientsProvider } from './ui/app/ClientsContext';
import { LibraryProvider } from './ui/app/LibraryContext';
import { linkErrorText } from './ui/i18n/linkErrorText';
import { createEngineClient, createLayoutClient } from './worker/clients';
import './ui/app/app.css';

const FIRST_VISIT = 'ec2-cross-account-profile';

async function start() {
  const preferences = loadPreferences(
    window.localStorage,
    window.matchMedia('(prefers-color-scheme: dark)').matches,
    navigator.language,
  );
  // Only the user's own catalogue beside English, awaited before the first render so that nothing
  // is worded in English on the way; a failure leaves English in its place and says so.
  const catalogue = loadCatalogue(preferences.language).then(
    () => undefined,
    (error: unknown) => String(error),
  );
  let dbProblem: 'app.noIndexedDb' | 'app.blockedByOlderTab' = 'app.noIndexedDb';
  const db: ScenarioDatabase | undefined = await openScenarioDatabase().catch((error: unknown) => {
    if (error instanceof Error && error.message === BLOCKED_BY_OLDER_TAB) dbProblem = 'app.blockedByOlderTab';
    return undefined;
  });
  // The gallery is only loaded when needed: first visits open its EC2 cross-account story.
  const { galleryEntry, gallery, storyScenario } = await import('./model/gallery');
  const firstVisit = galleryEntry(FIRST_VISIT) ?? gallery[0];
  if (!firstVisit) throw new Error('the gallery is empty');
  const firstVisitScenario = () => storyScenario(firstVisit, preferences.language);
  const engine = createEngineClient();
  const decode = async (fragment: string) => await engine.call('decodeLink', { fragment });
  let firstVisitOpened = false;
  const startup = await chooseStartup(
    window.location.hash,
    db,
    () => {
      firstVisitOpened = true;
      return firstVisitScenario();
    },
    decode,
  );
  // What follows in a task of its own: reading a big link's scenario from the worker takes tens of
  // milliseconds of the task that received it, and building the store and sending the scenario to
  // the analysis as many more (a 3,500-role link: ~100 ms in one task).
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The link is saved as its own scenario in idle time (Library.saveWhenIdle): drop it from the
  // address bar so a reload opens local work.
  if (window.location.hash)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);

  const store = createAppStore(startup.initial.scenario, {
    ...preferences,
    currentId: startup.initial.id,
    panels: loadPanelSizes(window.localStorage),
  });
  // A first visit is told where to start: the story's walk-through (StoryBar).
  if (firstVisitOpened) store.getState().setStory(storyOf(firstVisit, true));
  // A story's scenario saved after an edit keeps its lesson and Play button across reloads.
  else if (startup.initial.story) store.getState().setStory({ ...startup.initial.story, firstVisit: false });
  if (startup.initial.texts || startup.initial.dragged) {
    store.setState((s) => ({
      documentTexts: { ...s.documentTexts, ...startup.initial.texts },
      dragged: startup.initial.dragged ?? {},
    }));
  }
  const catalogueProblem = await catalogue;
  // Worded once the language's catalogue is here.
  if (startup.linkError) {
    const message = linkErrorText(startup.linkError, translator(preferences.language));
    store.getState().setNotice({ kind: 'error', message });
  }
  if (startup.savedError) store.getState().setNotice({ kind: 'error', message: startup.savedError });
  if (!db) store.getState().setNotice({ kind: 'error', message: translate(preferences.language, dbProblem) });
  if (catalogueProblem) {
    const message = translate(preferences.language, 'app.languageFailed', { message: catalogueProblem });
    store.getState().setNotice({ kind: 'error', message });
  }

  syncEngine(store, engine);
  // Level of detail first: a big graph is collapsed before its first layout is asked for.
  syncLevelOfDetail(store);
  syncLayout(store, createLayoutClient());
  syncPaths(store, engine);
  persistPreferences(store, window.localStorage);
  persistPanelSizes(store, window.localStorage);
  if (startup.view) restoreView(store, engine, startup.view);

  const library = db ? new Library(db, store, firstVisitScenario) : null;
  if (library) {
    library.saveWhenIdle();
    library.startAutosave();
    window.addEventListener('pagehide', () => void library.flush());
  }
  // A link pasted into the address bar of an open tab changes only the fragment: open it the same way.
  window.addEventListener('hashchange', () => {
    const hash = window.location.hash;
    if (!hash.includes('s=')) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    void decode(hash).then(async (decoded) => {
      if (!decoded.ok) {
        store.getState().setNotice({ kind: 'error', message: decoded.error.message });
        return;
      }
      const { scenario, texts = {}, view } = decoded.state;
      if (library) await library.add(scenario, texts, view?.dragged ?? {});
      else openScenarioInStore(store, { id: 'shared', scenario, texts, dragged: view?.dragged ?? {} });
      if (view) restoreView(store, engine, view);
    });
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <ClientsProvider engine={engine}>
          <LibraryProvider library={library}>
            <App />
          </LibraryProvider>
        </ClientsProvider>
      </StoreProvider>
    </StrictMode>,
  );
}

void start();
