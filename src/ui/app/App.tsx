import { useAppStore } from '../../state/StoreProvider';
import { EditorPanel } from '../editor/EditorPanel';
import { ScenarioExplorer } from '../explorer/ScenarioExplorer';
import { GraphCanvas } from '../graph/GraphCanvas';
import { Inspector } from '../panels/Inspector';
import { testIds } from '../testIds';

export function App() {
  const engineStatus = useAppStore((s) => s.engineStatus);
  const engineInfo = useAppStore((s) => s.engineInfo);

  return (
    <div className="app" data-testid={testIds.app} data-ready={engineStatus === 'ready' ? 'true' : 'false'}>
      <header className="app__header">
        <h1 className="app__title">Trustscope</h1>
        <span className="app__tagline">Who can become whom in AWS IAM, and why</span>
        <span className={`engine-status engine-status--${engineStatus}`} data-testid={testIds.engineStatus}>
          {engineStatus === 'ready'
            ? `Engine ${engineInfo ?? ''}`
            : engineStatus === 'failed'
              ? `Engine failed: ${engineInfo ?? ''}`
              : 'Engine starting…'}
        </span>
      </header>
      <ScenarioExplorer />
      <main className="app__centre">
        <GraphCanvas />
        <EditorPanel />
      </main>
      <Inspector />
    </div>
  );
}
