/** Which of the nodes a view should show first fit in one pane at a legible zoom (pure). */
import type { Rect } from '@xyflow/react';

/** Windows tried, one centred on each box in order: enough for any plan or path a reader reads. */
const MAX_ANCHORS = 200;

/**
 * The box around `boxes` if it fits in a window of `width` × `height` (flow units); otherwise the box
 * around the most of them that fit together in such a window, centred on one of them (the first
 * such in their order on a tie), so a view of it shows whole nodes, as many as it can.
 */
export function focusWindow(boxes: readonly Rect[], width: number, height: number): Rect | null {
  const all = union(boxes);
  if (!all || (all.width <= width && all.height <= height)) return all;
  let best: Rect[] = [];
  for (const anchor of boxes.slice(0, MAX_ANCHORS)) {
    const cx = anchor.x + anchor.width / 2;
    const cy = anchor.y + anchor.height / 2;
    const inside = boxes.filter(
      (b) =>
        b.x >= cx - width / 2 &&
        b.x + b.width <= cx + width / 2 &&
        b.y >= cy - height / 2 &&
        b.y + b.height <= cy + height / 2,
    );
    if (inside.length > best.length) best = inside;
  }
  // A box bigger than the window on its own: shown from its middle.
  return union(best) ?? union(boxes.slice(0, 1));
}

function union(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
