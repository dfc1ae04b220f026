import { MiniMap, Panel, type Node } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { GraphOverview } from './GraphOverview';
import type { FlowNode } from './toFlow';

/** Each node in the colour of its kind, as on the canvas; accounts and clusters as faint boxes. */
const nodeColor = (node: Node) => {
  const kind = (node as FlowNode).data.node.kind;
  return node.type === 'container' ? 'var(--account-border)' : `var(--kind-${kind}, var(--muted))`;
};

/**
 * The overview in the bottom-right corner, with a button that folds it away when it is in the way.
 * A big graph gets GraphOverview (boxes of its accounts), a small one React Flow's MiniMap.
 */
export function GraphMinimap({
  big,
  nodes,
  shown,
  onShownChange,
}: {
  big: boolean;
  nodes: readonly FlowNode[];
  shown: boolean;
  onShownChange: (shown: boolean) => void;
}) {
  const t = useT();
  return (
    <>
      {shown &&
        (big ? (
          <GraphOverview nodes={nodes} />
        ) : (
          <MiniMap
            pannable
            zoomable
            nodeColor={nodeColor}
            nodeStrokeWidth={0}
            ariaLabel={t('graph.minimap')}
            style={{ width: 132, height: 80 }}
          />
        ))}
      <Panel position="bottom-right" className="graph-minimap-toggle">
        <button
          type="button"
          aria-pressed={shown}
          data-testid={testIds.graphMinimapToggle}
          onClick={() => onShownChange(!shown)}
        >
          {shown ? t('graph.minimap.hide') : t('graph.minimap.show')}
        </button>
      </Panel>
    </>
  );
}
