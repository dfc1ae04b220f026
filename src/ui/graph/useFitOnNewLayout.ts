import { useLayoutEffect, useMemo, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Rect } from '@xyflow/react';
import type { LayoutResult } from '../../worker/layout/layoutTypes';
import type { FlowNode } from './toFlow';

export const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
const PADDING = 0.15;

/** The box around the top-level nodes (groups hold their members), where they are drawn. */
export function flowBounds(nodes: readonly FlowNode[]): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    if (node.parentId !== undefined) continue;
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + Number(node.style?.width ?? 0));
    bottom = Math.max(bottom, node.position.y + Number(node.style?.height ?? 0));
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Fits the view when the set of laid-out nodes changes (first load, an import), not on every edit;
 * and again when a better layout replaces a provisional one, unless the user has moved the view
 * since. The viewport is set before React Flow draws the new nodes (a layout effect runs before its
 * store takes them), so a big graph is drawn once, at the zoom it is seen at, not first at 100 %.
 * Returns the handler that notices the user moving the view (programmatic moves come without an event).
 */
export function useFitOnNewLayout(layout: LayoutResult | null, nodes: readonly FlowNode[]) {
  const { setViewport, fitView } = useReactFlow();
  const store = useStoreApi();
  const nodesKey = useMemo(() => (layout ? Object.keys(layout.positions).sort().join('|') : ''), [layout]);
  const fitted = useRef<{ nodesKey: string; provisional: boolean } | null>(null);
  const movedByUser = useRef(false);
  useLayoutEffect(() => {
    if (!layout || nodesKey === '') return;
    const last = fitted.current;
    if (last?.nodesKey === nodesKey && !(last.provisional && !movedByUser.current)) return;
    fitted.current = { nodesKey, provisional: layout.provisional === true };
    movedByUser.current = false;
    const { width, height } = store.getState();
    const bounds = flowBounds(nodes);
    if (bounds && width > 0 && height > 0) {
      void setViewport(getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_ZOOM, PADDING));
      return;
    }
    // The pane has not been measured yet: let React Flow fit once it has drawn the nodes.
    const frame = requestAnimationFrame(() => void fitView({ padding: PADDING }));
    return () => cancelAnimationFrame(frame);
  }, [layout, nodesKey, nodes, store, setViewport, fitView]);
  return (event: MouseEvent | TouchEvent | null) => {
    if (event) movedByUser.current = true;
  };
}
