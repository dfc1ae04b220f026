import { useSelectedEdge, useSelectedNode, useSelection } from '../../state/selectors/selection';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';
import { PathFinder } from './PathFinder';

export function Inspector() {
  const t = useT();
  const selection = useSelection();
  const node = useSelectedNode();
  const edge = useSelectedEdge();

  return (
    <aside className="inspector" data-testid={testIds.inspector} aria-label={t('inspector.title')}>
      <h2 className="panel-heading">{t('inspector.title')}</h2>
      {!selection && <p className="muted">{t('inspector.empty')}</p>}
      {node && <NodeDetails node={node} />}
      {edge && <EdgeDetails edge={edge} />}
      <PathFinder />
    </aside>
  );
}
