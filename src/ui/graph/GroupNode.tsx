import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useFar } from './farZoom';
import { KindIcon } from './KindIcon';
import type { GroupNodeData } from './toFlow';

/** An account or an EKS cluster drawn around its members. */
export const GroupNode = memo(function GroupNode({
  id,
  data,
  selected,
}: NodeProps<Node<GroupNodeData, 'container'>>) {
  const t = useT();
  const far = useFar();
  const { node } = data;
  return (
    <div
      className={`group-node group-node--${node.kind}${selected ? ' is-selected' : ''}${data.dimmed ? ' is-dimmed' : ''}`}
      data-testid={testIds.graphNode(id)}
    >
      {!far && (
        <>
          <div className="group-node__title">
            <KindIcon kind={node.kind} size={16} />
            <span>{node.label}</span>
          </div>
          {/* An account named after its id ("Production (777788889999)") does not print the id twice. */}
          {!(node.kind === 'account' && node.label.includes(node.id)) && (
            <div className="group-node__id">{node.kind === 'account' ? node.id : t(`kind.${node.kind}`)}</div>
          )}
        </>
      )}
    </div>
  );
});
