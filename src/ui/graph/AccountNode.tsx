import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { testIds } from '../testIds';
import type { AccountNodeData } from './toFlow';

export const AccountNode = memo(function AccountNode({ id, data }: NodeProps & { data: AccountNodeData }) {
  return (
    <div className="account-node" data-testid={testIds.graphNode(id)}>
      <div className="account-node__title">{data.name}</div>
      <div className="account-node__id">{data.accountId}</div>
    </div>
  );
});
