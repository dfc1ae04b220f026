import { lazy, memo, useEffect, type CSSProperties } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useIsReady } from '../../state/selectors/analysis';
import { useSaved } from '../../state/selectors/library';
import { useActiveDocumentId } from '../../state/selectors/selection';
import { useLanguage, useTheme } from '../../state/selectors/view';
import { usePanels, useWalkStep } from '../../state/selectors/walk';
import { EditorPanel } from '../editor/EditorPanel';
import { ScenarioExplorer } from '../explorer/ScenarioExplorer';
import { FocusBar } from '../graph/FocusBar';
import { GraphCanvas } from '../graph/GraphCanvas';
import { WalkHopOnGraph } from '../graph/WalkHopOnGraph';
import { useT } from '../i18n/useT';
import { Inspector } from '../panels/Inspector';
import { StoryBar } from '../walkthrough/StoryBar';
import { PlanChangesSlot } from '../panels/PlanChangesSlot';
import { testIds } from '../testIds';
import { DropZone } from './DropZone';
import { ErrorBoundary } from './ErrorBoundary';
import { LazyPart } from './LazyPart';
import { NoticeBar } from './NoticeBar';
import { ProgressBar } from './ProgressBar';
import { SearchDialog } from './SearchDialog';
import { Splitter } from './Splitter';
import { StatusLine } from './StatusLine';
import { Toolbar } from './Toolbar';
import { useUndoShortcuts } from './useUndoShortcuts';

const WalkPanel = lazy(() => import('../walkthrough/WalkPanel').then((m) => ({ default: m.WalkPanel })));

export function App() {
  const ready = useIsReady();
  const saved = useSaved();
  const theme = useTheme();
  const language = useLanguage();
  const panels = usePanels();
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
          style={
            {
              '--explorer-width': `${panels.explorer}px`,
              '--inspector-width': `${panels.inspector}px`,
              '--editor-height': `${panels.editor}px`,
            } as CSSProperties
          }
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
      <Splitter panel="explorer" orientation="vertical" grows={1} label={t('panels.resizeExplorer')} />
      <main className="app__centre">
        <ErrorBoundary region="graph">
          <StoryBar />
          <FocusBar />
          <PlanChangesSlot />
          <GraphCanvas />
          <WalkHopOnGraph />
        </ErrorBoundary>
        <EditorRegion />
      </main>
      <Splitter panel="inspector" orientation="vertical" grows={-1} label={t('panels.resizeInspector')} />
      <SideRegion />
      <SearchDialog />
      <NoticeBar />
    </>
  );
});

/** The editor under the graph, with the bar that shares the height between them, while a document is open. */
function EditorRegion() {
  const t = useT();
  const open = useActiveDocumentId() !== null;
  return (
    <>
      {open && (
        <Splitter panel="editor" orientation="horizontal" grows={-1} label={t('panels.resizeEditor')} />
      )}
      <ErrorBoundary region="editor">
        <EditorPanel />
      </ErrorBoundary>
    </>
  );
}

/**
 * Beside the graph: the inspector, or the walk-through while it plays. The inspector is hidden, not
 * unmounted, so the path finder keeps its place and the Play button that opened the walk-through
 * gets the focus back.
 */
function SideRegion() {
  const walking = useWalkStep() !== null;
  return (
    <div className="app__side">
      {walking && (
        <LazyPart region="walk-through">
          <WalkPanel />
        </LazyPart>
      )}
      <div className="app__inspector" hidden={walking}>
        <ErrorBoundary region="inspector">
          <Inspector />
        </ErrorBoundary>
      </div>
    </div>
  );
}
