import { useAppStore } from '../../state/StoreProvider';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';
import { PathFinder } from './PathFinder';

export function Inspector() {
  const t = useT();
  const selection = useAppStore((s) => s.selection);
  const node = useAppStore((s) =>
    s.selection?.kind === 'node' ? s.analysis?.nodes.find((n) => n.id === s.selection?.id) : undefined,
  );
  const edge = useAppStore((s) =>
    s.selection?.kind === 'edge' ? s.analysis?.edges.find((e) => e.id === s.selection?.id) : undefined,
  );

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
