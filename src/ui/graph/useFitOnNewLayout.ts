import { useLayoutEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { LayoutResult } from '../../worker/layout/layoutTypes';
import type { FlowNode } from './toFlow';
import { fitMinZoom, fitPadding, fitViewport, focusKey } from './viewport';

/**
 * Fits the view when the set of laid-out nodes changes (first load, an import), not on every edit;
 * and again when a better layout replaces a provisional one, unless the user has moved the view
 * since. The viewport is set before React Flow draws the new nodes (a layout effect runs before its
 * store takes them), so a big graph is drawn once, at the zoom it is seen at, not first at 100 %.
 * Returns the handler that notices the user moving the view (programmatic moves come without an event).
 */
export function useFitOnNewLayout(
  layout: LayoutResult | null,
  nodes: readonly FlowNode[],
  minimapShown: boolean,
) {
  const { setViewport, fitView } = useReactFlow();
  const store = useStoreApi();
  const nodesKey = useMemo(() => (layout ? Object.keys(layout.positions).sort().join('|') : ''), [layout]);
  const fitted = useRef<{ nodesKey: string; provisional: boolean; focus: string; clamped: boolean } | null>(
    null,
  );
  const movedByUser = useRef(false);
  const focus = focusKey(nodes);
  useLayoutEffect(() => {
    if (!layout || nodesKey === '') return;
    const last = fitted.current;
    // Fitted at legible zoom around the nodes in focus (viewport.ts: the path shown, what the plan
    // changes), the view follows when they change (another path, the plan's panel closed)
    // until the user moves it.
    const follow = last?.clamped === true && last.focus !== focus;
    if (last?.nodesKey === nodesKey && !((last.provisional || follow) && !movedByUser.current)) return;
    // Marked fitted only once it is: a re-run before the frame below (new nodes, a highlight) that
    // cancels it must fit again rather than find this layout already done.
    const done = (clamped: boolean) => {
      fitted.current = { nodesKey, provisional: layout.provisional === true, focus, clamped };
      movedByUser.current = false;
    };
    const { width, height } = store.getState();
    const view = fitViewport(nodes, width, height, minimapShown);
    if (view) {
      done(view.zoom === fitMinZoom(nodes));
      void setViewport(view);
      return;
    }
    // The pane has not been measured yet: let React Flow fit once it has drawn the nodes.
    const frame = requestAnimationFrame(() => {
      done(false);
      void fitView({ padding: fitPadding(minimapShown), minZoom: fitMinZoom(nodes) });
    });
    return () => cancelAnimationFrame(frame);
  }, [layout, nodesKey, nodes, focus, store, setViewport, fitView, minimapShown]);
  return (event: MouseEvent | TouchEvent | null) => {
    if (event) movedByUser.current = true;
  };
}
