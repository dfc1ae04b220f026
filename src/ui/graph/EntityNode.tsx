import { memo } from 'react';
import { Position, type Node, type NodeProps } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useFar } from './farZoom';
import { KindIcon } from './KindIcon';
import { StaticHandle } from './StaticHandle';
import type { EntityNodeData } from './toFlow';

export const EntityNode = memo(function EntityNode({
  id,
  data,
  selected,
}: NodeProps<Node<EntityNodeData, 'entity'>>) {
  const t = useT();
  const far = useFar();
  const { node } = data;
  const classes = [
    'entity-node',
    `entity-node--${node.kind}`,
    selected ? 'is-selected' : '',
    data.dimmed ? 'is-dimmed' : '',
    data.onPath ? 'is-on-path' : '',
  ].join(' ');
  return (
    <div className={classes} data-testid={testIds.graphNode(id)} title={id}>
      <StaticHandle type="target" position={Position.Top} />
      {!far && (
        <>
          <KindIcon kind={node.kind} />
          <span className="entity-node__text">
            <span className="entity-node__label">{node.label}</span>
            <span className="entity-node__detail">
              {t(`kind.${node.kind}`)}
              {data.hiddenMembers !== undefined ? ` · +${data.hiddenMembers}` : ''}
            </span>
          </span>
        </>
      )}
      {data.findings && (
        <span
          className={`entity-node__findings entity-node__findings--${data.findings.severity}`}
          title={`${t('inspector.findings')}: ${t(`severity.${data.findings.severity}`)}`}
        >
          {data.findings.count}
        </span>
      )}
      <StaticHandle type="source" position={Position.Bottom} />
    </div>
  );
});
