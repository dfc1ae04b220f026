import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ec2CrossAccountScenario } from './model/examples/ec2CrossAccount';
import { chooseStartup } from './state/persistence/bootstrap';
import { openScenarioDatabase, type ScenarioDatabase } from './state/persistence/database';
import { Library } from './state/persistence/library';
import { loadPreferences, persistPreferences } from './state/preferences';
import { restoreView } from './state/restoreView';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { syncEngine } from './state/syncEngine';
import { syncLayout } from './state/syncLayout';
import { App } from './ui/app/App';
import { ClientsProvider } from './ui/app/ClientsContext';
import { LibraryProvider } from './ui/app/LibraryContext';
import { createEngineClient, createLayoutClient } from './worker/clients';
import './ui/app/app.css';

const firstVisitScenario = () => ec2CrossAccountScenario;

async function start() {
  const preferences = loadPreferences(
    window.localStorage,
    window.matchMedia('(prefers-color-scheme: dark)').matches,
    navigator.language,
  );
  const db: ScenarioDatabase | undefined = await openScenarioDatabase().catch(() => undefined);
  const startup = await chooseStartup(window.location.hash, db, firstVisitScenario);
  // The link has been saved as its own scenario: drop it from the address bar so a reload opens local work.
  if (window.location.hash)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);

  const store = createAppStore(startup.initial.scenario, { ...preferences, currentId: startup.initial.id });
  if (startup.initial.texts || startup.initial.dragged) {
    store.setState((s) => ({
      documentTexts: { ...s.documentTexts, ...startup.initial.texts },
      dragged: startup.initial.dragged ?? {},
    }));
  }
  if (startup.linkError) store.getState().setNotice({ kind: 'error', message: startup.linkError.message });
  if (!db)
    store
      .getState()
      .setNotice({
        kind: 'error',
        message: 'This browser offers no IndexedDB: your work will not be saved.',
      });

  const engine = createEngineClient();
  syncEngine(store, engine);
  syncLayout(store, createLayoutClient());
  persistPreferences(store, window.localStorage);
  if (startup.view) restoreView(store, engine, startup.view);

  const library = db ? new Library(db, store, firstVisitScenario) : null;
  if (library) {
    await library.flush();
    library.startAutosave();
    window.addEventListener('pagehide', () => void library.flush());
  }

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
