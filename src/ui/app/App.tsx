import { memo, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useIsReady } from '../../state/selectors/analysis';
import { useSaved } from '../../state/selectors/library';
import { useLanguage, useTheme } from '../../state/selectors/view';
import { EditorPanel } from '../editor/EditorPanel';
import { ScenarioExplorer } from '../explorer/ScenarioExplorer';
import { FocusBar } from '../graph/FocusBar';
import { GraphCanvas } from '../graph/GraphCanvas';
import { useT } from '../i18n/useT';
import { Inspector } from '../panels/Inspector';
import { PlanChangesSlot } from '../panels/PlanChangesSlot';
import { testIds } from '../testIds';
import { DropZone } from './DropZone';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { ProgressBar } from './ProgressBar';
import { SearchDialog } from './SearchDialog';
import { StatusLine } from './StatusLine';
import { Toolbar } from './Toolbar';
import { useUndoShortcuts } from './useUndoShortcuts';

export function App() {
  const ready = useIsReady();
  const saved = useSaved();
  const theme = useTheme();
  const language = useLanguage();
  useUndoShortcuts();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
  }, [theme, language]);

  return (
    <ReactFlowProvider>
      <DropZone>
        <div
          className="app"
          data-testid={testIds.app}
          data-ready={ready ? 'true' : 'false'}
          data-saved={saved ? 'true' : 'false'}
        >
          <AppRegions />
        </div>
      </DropZone>
    </ReactFlowProvider>
  );
}

/** The panels inside the frame, memoised: the ready flag flipping when a layout arrives re-renders none of them. */
const AppRegions = memo(function AppRegions() {
  const t = useT();
  return (
    <>
      <header className="app__header">
        <h1 className="app__title">Trustscope</h1>
        <span className="app__tagline">{t('app.tagline')}</span>
        <Toolbar />
        <StatusLine />
        <ProgressBar />
      </header>
      <ErrorBoundary region="explorer">
        <ScenarioExplorer />
      </ErrorBoundary>
      <main className="app__centre">
        <ErrorBoundary region="graph">
          <FocusBar />
          <PlanChangesSlot />
          <GraphCanvas />
        </ErrorBoundary>
        <ErrorBoundary region="editor">
          <EditorPanel />
        </ErrorBoundary>
      </main>
      <ErrorBoundary region="inspector">
        <Inspector />
      </ErrorBoundary>
      <SearchDialog />
      <NoticeBar />
    </>
  );
});
