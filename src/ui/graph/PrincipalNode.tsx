import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { testIds } from '../testIds';
import type { PrincipalNodeData } from './toFlow';

const icons: Record<PrincipalNodeData['kind'], string> = { role: '🎭', ec2: '🖥' };

export const PrincipalNode = memo(function PrincipalNode({
  id,
  data,
  selected,
}: NodeProps & { data: PrincipalNodeData }) {
  return (
    <div
      className={`principal-node principal-node--${data.kind}${selected ? ' principal-node--selected' : ''}`}
      data-testid={testIds.graphNode(id)}
      title={id}
    >
      <Handle type="target" position={Position.Left} />
      <span className="principal-node__icon" aria-hidden="true">
        {icons[data.kind]}
      </span>
      <span className="principal-node__text">
        <span className="principal-node__label">{data.label}</span>
        <span className="principal-node__detail">{data.detail}</span>
      </span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
