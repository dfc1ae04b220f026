import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ec2CrossAccountScenario } from './model/examples/ec2CrossAccount';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { syncEngine } from './state/syncEngine';
import { App } from './ui/app/App';
import { createEngineClient } from './worker/client';
import './ui/app/app.css';

const store = createAppStore(ec2CrossAccountScenario);
syncEngine(store, createEngineClient());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
