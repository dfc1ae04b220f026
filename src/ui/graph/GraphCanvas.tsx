import { useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useAppStore } from '../../state/StoreProvider';
import { testIds } from '../testIds';
import { AccountNode } from './AccountNode';
import { PrincipalNode } from './PrincipalNode';
import { toFlow } from './toFlow';

const nodeTypes = { account: AccountNode, principal: PrincipalNode };
const proOptions = { hideAttribution: true };

export function GraphCanvas() {
  const scenario = useAppStore((s) => s.scenario);
  const selectNode = useAppStore((s) => s.selectNode);
  const { nodes, edges } = useMemo(() => toFlow(scenario), [scenario]);
  const onNodeClick: NodeMouseHandler = (_event, node) => selectNode(node.id);

  return (
    <div className="graph-canvas" data-testid={testIds.canvas}>
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onPaneClick={() => selectNode(null)}
        fitView
        proOptions={proOptions}
        minZoom={0.2}
      >
        <Background />
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
    </div>
  );
}
