import type { Position } from '@xyflow/react';

/**
 * A connection point React Flow can measure but nobody can drag from. React Flow finds handles by
 * these class names and data attributes (`getHandleBounds`); its own `<Handle>` also subscribes to
 * the flow's store for connection state, a selector per handle run on every pan frame, for a
 * feature this read-only graph does not offer (`nodesConnectable` is off).
 */
export function StaticHandle({ type, position }: { type: 'source' | 'target'; position: Position }) {
  return (
    <div className={`react-flow__handle react-flow__handle-${position} ${type}`} data-handlepos={position} />
  );
}
