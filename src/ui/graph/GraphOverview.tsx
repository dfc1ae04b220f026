import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import { useT } from '../i18n/useT';
import { flowBounds } from './viewport';
import type { FlowNode } from './toFlow';

const WIDTH = 150;
const HEIGHT = 96;

const selectView = (s: ReactFlowState) => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
});

/**
 * The minimap of a big graph. React Flow's MiniMap keeps a store subscription per node, so thousands
 * of selectors run on every pan frame; this one draws the top-level boxes (accounts, clusters, nodes
 * outside any account) once per graph, and only the viewport frame follows the pan. Click or drag
 * in it to move the view there.
 */
export const GraphOverview = memo(function GraphOverview({ nodes }: { nodes: readonly FlowNode[] }) {
  const t = useT();
  const { setCenter } = useReactFlow();
  const view = useStore(selectView, shallow);
  const svg = useRef<SVGSVGElement>(null);
  const drawn = useMemo(() => {
    const boxes = nodes
      .filter((n) => n.parentId === undefined)
      .map((n) => ({
        id: n.id,
        x: n.position.x,
        y: n.position.y,
        width: Number(n.style?.width ?? 0),
        height: Number(n.style?.height ?? 0),
      }));
    return { boxes, bounds: flowBounds(nodes) };
  }, [nodes]);
  if (!drawn.bounds) return null;
  const seen = {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: view.width / view.zoom,
    height: view.height / view.zoom,
  };
  const left = Math.min(drawn.bounds.x, seen.x);
  const top = Math.min(drawn.bounds.y, seen.y);
  const right = Math.max(drawn.bounds.x + drawn.bounds.width, seen.x + seen.width);
  const bottom = Math.max(drawn.bounds.y + drawn.bounds.height, seen.y + seen.height);
  const pad = Math.max(right - left, bottom - top) * 0.05;
  const box = { x: left - pad, y: top - pad, width: right - left + 2 * pad, height: bottom - top + 2 * pad };

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    void setCenter(point.x, point.y, { zoom: view.zoom });
  };
  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={t('graph.minimap')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
        }}
      >
        <OverviewBoxes boxes={drawn.boxes} />
        <path
          className="react-flow__minimap-mask"
          fillRule="evenodd"
          d={`M${box.x},${box.y}h${box.width}v${box.height}h${-box.width}z M${seen.x},${seen.y}h${seen.width}v${seen.height}h${-seen.width}z`}
        />
      </svg>
    </Panel>
  );
});

/** The boxes, apart from the frame: a pan re-renders the frame only. */
const OverviewBoxes = memo(function OverviewBoxes({
  boxes,
}: {
  boxes: readonly { id: string; x: number; y: number; width: number; height: number }[];
}) {
  return boxes.map((b) => (
    <rect key={b.id} className="react-flow__minimap-node" x={b.x} y={b.y} width={b.width} height={b.height} />
  ));
});
