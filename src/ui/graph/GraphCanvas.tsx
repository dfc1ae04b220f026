import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/StoreProvider';
import type { LayoutResult } from '../../worker/layout/layoutTypes';
import { testIds } from '../testIds';
import { EntityNode } from './EntityNode';
import { GroupNode } from './GroupNode';
import { toFlow, type FlowNode } from './toFlow';
import { TrustEdge } from './TrustEdge';
import { useHighlight } from './useHighlight';
import { visibleGraph } from './visibleGraph';

const nodeTypes = { entity: EntityNode, container: GroupNode };
const EMPTY_FLOW: ReturnType<typeof toFlow> = { nodes: [], edges: [] };
const edgeTypes = { trust: TrustEdge };
const proOptions = { hideAttribution: true };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };

export function GraphCanvas() {
  const analysis = useAppStore((s) => s.analysis);
  const filters = useAppStore(
    useShallow((s) => ({
      hiddenEdgeKinds: s.hiddenEdgeKinds,
      hiddenNodeKinds: s.hiddenNodeKinds,
      hiddenAccounts: s.hiddenAccounts,
      collapsed: s.collapsed,
    })),
  );
  const layout = useAppStore((s) => s.layout);
  const theme = useAppStore((s) => s.theme);
  const dragged = useAppStore((s) => s.dragged);
  const select = useAppStore((s) => s.select);
  const setDragged = useAppStore((s) => s.setDragged);
  const highlight = useHighlight();
  const graph = useMemo(
    () => (analysis ? visibleGraph(analysis, filters) : { nodes: [], edges: [] }),
    [analysis, filters],
  );
  // Until the first layout of a scenario arrives there is nothing worth drawing: rendering every node
  // at a stand-in position only to move it a moment later costs the main thread a second full render.
  const flow = useMemo(
    () => (layout ? toFlow(graph, layout, dragged, highlight) : EMPTY_FLOW),
    [graph, layout, dragged, highlight],
  );
  // Local node state lets React Flow move nodes while dragging; a new projection replaces it.
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  const [projected, setProjected] = useState(flow.nodes);
  if (projected !== flow.nodes) {
    setProjected(flow.nodes);
    setNodes(flow.nodes);
  }
  const onMoveStart = useFitOnNewLayout(layout);

  const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    for (const change of changes) {
      if (change.type === 'position' && change.dragging === false && change.position)
        setDragged(change.id, change.position);
    }
  };

  return (
    <div
      className="graph-canvas"
      data-testid={testIds.canvas}
      data-layout={layout ? (layout.provisional ? 'provisional' : 'ready') : 'pending'}
      onKeyDown={(event) => {
        // Keyboard selection: Tab to a node (React Flow makes them focusable), then Enter or Space.
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const id = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
        if (id !== undefined) select({ kind: 'node', id });
      }}
    >
      <ReactFlow
        nodes={nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onNodeClick={(_event, node) => select({ kind: 'node', id: node.id })}
        onEdgeClick={(_event, edge) => {
          if (!edge.id.startsWith('removed:')) select({ kind: 'edge', id: edge.data?.edge.id ?? edge.id });
        }}
        onPaneClick={() => select(null)}
        onMoveStart={onMoveStart}
        onlyRenderVisibleElements
        colorMode={theme}
        minZoom={0.1}
        proOptions={proOptions}
      >
        <Background />
        <MiniMap pannable zoomable style={{ width: 150, height: 96 }} />
        <Controls />
      </ReactFlow>
    </div>
  );
}

/**
 * Fits the view when the set of laid-out nodes changes (first load, an import), not on every edit;
 * and again when a better layout replaces a provisional one, unless the user has moved the view since.
 * Returns the handler that notices the user moving it (programmatic moves come without an event).
 */
function useFitOnNewLayout(layout: LayoutResult | null) {
  const { fitView } = useReactFlow();
  const nodesKey = useMemo(() => (layout ? Object.keys(layout.positions).sort().join('|') : ''), [layout]);
  const fitted = useRef<{ nodesKey: string; provisional: boolean } | null>(null);
  const movedByUser = useRef(false);
  useEffect(() => {
    if (!layout || nodesKey === '') return;
    const last = fitted.current;
    if (last?.nodesKey === nodesKey && !(last.provisional && !movedByUser.current)) return;
    const frame = requestAnimationFrame(() => {
      fitted.current = { nodesKey, provisional: layout.provisional === true };
      movedByUser.current = false;
      void fitView({ padding: 0.15 });
    });
    return () => cancelAnimationFrame(frame);
  }, [layout, nodesKey, fitView]);
  return (event: MouseEvent | TouchEvent | null) => {
    if (event) movedByUser.current = true;
  };
}
