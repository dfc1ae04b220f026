import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  applyNodeChanges,
  useStore,
  useStoreApi,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useDragged, useLayout, useTheme, useViewFilters } from '../../state/selectors/view';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { EntityNode } from './EntityNode';
import { FarDrawing, isProminentEdge, keptWhenFar } from './FarDrawing';
import { FAR_ZOOM, FarContext } from './farZoom';
import './graph.css';
import { flowWords } from './flowWords';
import { GraphLegend, mechanismsIn } from './GraphLegend';
import { GraphMinimap } from './GraphMinimap';
import { GroupNode } from './GroupNode';
import { GroupTitles } from './GroupTitles';
import { RefitOnResize } from './RefitOnResize';
import { useGraphAria } from './useGraphAria';
import { toFlow, type FlowEdge, type FlowNode } from './toFlow';
import { TrustEdge } from './TrustEdge';
import { useFitOnNewLayout } from './useFitOnNewLayout';
import { useHighlight } from './useHighlight';
import { useProgressiveNodes } from './useProgressiveNodes';
import { LABELLED_EDGES } from './labelSpread';
import { fitMinZoom, fitPadding, fitViewport, MIN_ZOOM, nodesInView } from './viewport';
import { visibleGraphOf } from '../../state/graphView/visibleGraph';

const nodeTypes = { entity: EntityNode, container: GroupNode };
const EMPTY_FLOW: ReturnType<typeof toFlow> = { nodes: [], edges: [] };
const edgeTypes = { trust: TrustEdge };
const proOptions = { hideAttribution: true };
/**
 * From this many nodes the canvas drops what costs on every pan frame in proportion to the graph:
 * the dotted background (repainted whole), React Flow's MiniMap (a store subscription per node),
 * drawn instead by `GraphOverview`, and, zoomed out, React Flow's own nodes and edges (FarDrawing).
 */
const BIG_GRAPH_NODES = 500;

const selectFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
/**
 * Below this zoom, or with more arrows than LABELLED_EDGES, the mechanism is written on an arrow only
 * while it is hovered, focused, selected or on the path shown: otherwise the labels would cover each
 * other.
 */
const LABEL_ZOOM = 0.7;
const selectSmall = (s: ReactFlowState) => s.transform[2] < LABEL_ZOOM;
/**
 * A graph pane shorter than this (the editor open at 1280×720) starts with the overview folded: at
 * legible zoom the graph fills it, and the overview would cover nodes. Its button unfolds it.
 */
const SHORT_PANE = 420;
const selectShort = (s: ReactFlowState) => s.height > 0 && s.height < SHORT_PANE;

export function GraphCanvas() {
  const t = useT();
  const analysis = useAnalysis();
  const filters = useViewFilters();
  const layout = useLayout();
  const theme = useTheme();
  const dragged = useDragged();
  const select = useAction('select');
  const setDragged = useAction('setDragged');
  const highlight = useHighlight();
  const far = useStore(selectFar);
  const small = useStore(selectSmall);
  const short = useStore(selectShort);
  // The reader's own choice, once made, wins over the pane's height.
  const [minimapChoice, setMinimapChoice] = useState<boolean | null>(null);
  const minimapShown = minimapChoice ?? !short;
  const words = useMemo(() => flowWords(t), [t]);
  const aria = useGraphAria();
  // Until the first layout of a scenario arrives there is nothing worth drawing: rendering every node
  // at a stand-in position only to move it a moment later costs the main thread a second full render.
  const flow = useMemo(
    () =>
      analysis && layout
        ? toFlow(visibleGraphOf(analysis, filters), layout, dragged, highlight, words)
        : EMPTY_FLOW,
    [analysis, filters, layout, dragged, highlight, words],
  );
  // Local node state lets React Flow move nodes while dragging; a new projection replaces it.
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  const [projected, setProjected] = useState(flow.nodes);
  if (projected !== flow.nodes) {
    setProjected(flow.nodes);
    setNodes(flow.nodes);
  }
  const noticeUserMove = useFitOnNewLayout(layout, flow.nodes, minimapShown);
  const mechanisms = useMemo(() => mechanismsIn(flow.edges), [flow.edges]);
  const canvas = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  const big = flow.nodes.length >= BIG_GRAPH_NODES;
  // A big graph zoomed out is drawn by FarDrawing; React Flow keeps only what stands out. While
  // batches arrive, only edges between nodes already handed over.
  const drawFar = far && big;
  const kept = useMemo(() => keptWhenFar(flow.nodes, flow.edges), [flow]);
  // What the fitted view will show is handed over first, in batches; the rest, off screen, in one go
  // after. Zoomed out, React Flow mounts only the nodes that stand out, so only those are batched.
  const pickEarly = useCallback(
    (all: FlowNode[]) => {
      const { width, height } = store.getState();
      const inView = nodesInView(all, fitViewport(all, width, height), width, height);
      return drawFar ? inView.filter((n) => kept.has(n.id)) : inView;
    },
    [store, drawFar, kept],
  );
  const { shown, complete } = useProgressiveNodes(nodes, pickEarly);
  // Zoomed out, React Flow is given only what it draws: handing it every node, hidden, made it index
  // thousands of nodes in the task that receives a layout.
  const flowNodes = useMemo(
    () => (drawFar ? shown.filter((n) => kept.has(n.id)) : shown),
    [drawFar, shown, kept],
  );
  const flowEdges = useMemo(() => {
    const candidates = drawFar ? flow.edges.filter(isProminentEdge) : flow.edges;
    return complete ? candidates : edgesAmong(candidates, shown);
  }, [drawFar, complete, flow.edges, shown]);
  const selectNode = useCallback((id: string) => select({ kind: 'node', id }), [select]);
  // The zoomed-out drawing is built in a render of its own, after React Flow's, so a big graph's
  // arrival is two tasks rather than one long one.
  const farFlow = useDeferredValue(flow);
  const farKept = useDeferredValue(kept);

  const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    for (const change of changes) {
      if (change.type === 'position' && change.dragging === false && change.position)
        setDragged(change.id, change.position);
    }
  };

  const dense = small || flow.edges.length > LABELLED_EDGES;
  return (
    <div
      ref={canvas}
      className={`graph-canvas${dense ? ' is-dense' : ''}`}
      data-testid={testIds.canvas}
      data-layout={layout ? (layout.provisional ? 'provisional' : 'ready') : 'pending'}
      data-drawn={layout && complete && (!drawFar || farFlow === flow) ? 'all' : 'partly'}
      onKeyDown={(event) => {
        // Keyboard selection: Tab to a node or an arrow (React Flow makes them focusable), then Enter
        // or Space opens it in the inspector.
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const target = event.target as Element;
        const node = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
        const edge = target.closest<SVGElement>('.react-flow__edge')?.dataset.id;
        const graphEdge = edge !== undefined ? flowEdges.find((e) => e.id === edge)?.data : undefined;
        if (node !== undefined) select({ kind: 'node', id: node });
        else if (graphEdge && graphEdge.state !== 'removed') select({ kind: 'edge', id: graphEdge.edge.id });
        else return;
        event.preventDefault();
      }}
    >
      {analysis?.nodes.length === 0 && (
        <p className="graph-empty" data-testid={testIds.graphEmpty}>
          {t('graph.empty')}
        </p>
      )}
      <FarContext.Provider value={far}>
        <ReactFlow
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          ariaLabelConfig={aria}
          onNodesChange={onNodesChange}
          onNodeClick={(_event, node) => select({ kind: 'node', id: node.id })}
          onEdgeClick={(_event, edge) => {
            if (edge.data?.state !== 'removed') select({ kind: 'edge', id: edge.data?.edge.id ?? edge.id });
          }}
          onPaneClick={() => select(null)}
          onMoveStart={(event) => {
            noticeUserMove(event);
            // While the view moves, the drawing is one composited layer that slides: no repaint per frame.
            canvas.current?.classList.add('is-moving');
          }}
          onMoveEnd={() => canvas.current?.classList.remove('is-moving')}
          nodesConnectable={false}
          onlyRenderVisibleElements
          colorMode={theme}
          minZoom={MIN_ZOOM}
          proOptions={proOptions}
        >
          {!big && <Background />}
          <GroupTitles nodes={flowNodes} />
          {drawFar && (
            <FarDrawing nodes={farFlow.nodes} edges={farFlow.edges} kept={farKept} onSelect={selectNode} />
          )}
          <GraphMinimap big={big} nodes={flow.nodes} shown={minimapShown} onShownChange={setMinimapChoice} />
          <GraphLegend mechanisms={mechanisms} />
          <Controls fitViewOptions={{ padding: fitPadding(minimapShown), minZoom: fitMinZoom(flow.nodes) }} />
        </ReactFlow>
        <RefitOnResize minimapShown={minimapShown} />
      </FarContext.Provider>
    </div>
  );
}

/** While a big graph is handed over in batches: the edges whose ends are both already there. */
function edgesAmong(edges: readonly FlowEdge[], nodes: readonly FlowNode[]): FlowEdge[] {
  const present = new Set(nodes.map((n) => n.id));
  return edges.filter((e) => present.has(e.source) && present.has(e.target));
}
