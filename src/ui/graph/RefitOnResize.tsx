import { useEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useWalkStep } from '../../state/selectors/walk';
import type { FlowNode } from './toFlow';
import { fitViewport } from './viewport';

/**
 * Fits the graph again when its space changes (a panel resized, the editor opened or closed, the
 * overview folded or unfolded, which frees or takes the room below the graph), unless the user has
 * zoomed or panned since the last fit: then their view is kept. While a walk-through plays,
 * WalkHopOnGraph keeps its hop in view instead.
 */
export function RefitOnResize({ minimapShown }: { minimapShown: boolean }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const domNode = useStore((s) => s.domNode);
  const walking = useWalkStep() !== null;
  const { setViewport } = useReactFlow();
  const store = useStoreApi<FlowNode>();
  const movedByUser = useUserMoves(domNode);

  useEffect(() => {
    if (walking || movedByUser.current) return;
    // Computed from the nodes' places, as useFitOnNewLayout does: React Flow's own fitView waits
    // for every node to be measured, and nodes off screen are never drawn (onlyRenderVisibleElements).
    const view = fitViewport(store.getState().nodes, width, height, minimapShown);
    if (view) void setViewport(view);
  }, [width, height, minimapShown, walking, setViewport, store, movedByUser]);
  return null;
}

/**
 * Whether the user has moved the view: a wheel, a drag on the pane, the zoom buttons. The fit
 * button gives the automatic fitting back.
 */
function useUserMoves(domNode: HTMLDivElement | null) {
  const moved = useRef(false);
  useEffect(() => {
    if (!domNode) return;
    const onWheel = () => (moved.current = true);
    const onPointerMove = (event: PointerEvent) => {
      if (event.buttons !== 0 && (event.target as Element).closest('.react-flow__pane')) moved.current = true;
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element).closest('.react-flow__controls-button');
      if (button) moved.current = !button.classList.contains('react-flow__controls-fitview');
    };
    domNode.addEventListener('wheel', onWheel, { passive: true });
    domNode.addEventListener('pointermove', onPointerMove);
    domNode.addEventListener('click', onClick);
    return () => {
      domNode.removeEventListener('wheel', onWheel);
      domNode.removeEventListener('pointermove', onPointerMove);
      domNode.removeEventListener('click', onClick);
    };
  }, [domNode]);
  return moved;
}
