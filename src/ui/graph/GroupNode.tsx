import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { testIds } from '../testIds';
import type { GroupNodeData } from './toFlow';

/** An account or an EKS cluster drawn around its members; its title is drawn above the arrows (GroupTitles). */
export const GroupNode = memo(function GroupNode({
  id,
  data,
  selected,
}: NodeProps<Node<GroupNodeData, 'container'>>) {
  return (
    <div
      className={`group-node group-node--${data.node.kind}${selected ? ' is-selected' : ''}${data.dimmed ? ' is-dimmed' : ''}`}
      data-testid={testIds.graphNode(id)}
    />
  );
});
