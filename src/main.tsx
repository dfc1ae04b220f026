import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ec2CrossAccountScenario } from './model/examples/ec2CrossAccount';
import { loadPreferences, persistPreferences } from './state/preferences';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { syncEngine } from './state/syncEngine';
import { syncLayout } from './state/syncLayout';
import { App } from './ui/app/App';
import { ClientsProvider } from './ui/app/ClientsContext';
import { createEngineClient, createLayoutClient } from './worker/clients';
import './ui/app/app.css';

const preferences = loadPreferences(
  window.localStorage,
  window.matchMedia('(prefers-color-scheme: dark)').matches,
  navigator.language,
);
const store = createAppStore(ec2CrossAccountScenario, preferences);
const engine = createEngineClient();
syncEngine(store, engine);
syncLayout(store, createLayoutClient());
persistPreferences(store, window.localStorage);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <ClientsProvider engine={engine}>
        <App />
      </ClientsProvider>
    </StoreProvider>
  </StrictMode>,
);
