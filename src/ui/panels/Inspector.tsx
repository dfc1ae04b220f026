import { lazy } from 'react';
import { useSelectedEdge, useSelectedNode, useSelection } from '../../state/selectors/selection';
import { LazyPart } from '../app/LazyPart';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { PathFinder } from './PathFinder';

const NodeDetails = lazy(() => import('./NodeDetails').then((m) => ({ default: m.NodeDetails })));
const EdgeDetails = lazy(() => import('./EdgeDetails').then((m) => ({ default: m.EdgeDetails })));

export function Inspector() {
  const t = useT();
  const selection = useSelection();
  const node = useSelectedNode();
  const edge = useSelectedEdge();

  return (
    <aside className="inspector" data-testid={testIds.inspector} aria-label={t('inspector.title')}>
      <h2 className="panel-heading">{t('inspector.title')}</h2>
      {!selection && <p className="muted">{t('inspector.empty')}</p>}
      {node && (
        <LazyPart region="inspector">
          <NodeDetails node={node} />
        </LazyPart>
      )}
      {edge && (
        <LazyPart region="inspector">
          <EdgeDetails edge={edge} />
        </LazyPart>
      )}
      <PathFinder />
    </aside>
  );
}
