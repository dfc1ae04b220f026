/** Where the graph is and what a view of it shows, from the projected nodes alone (pure). */
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import type { FlowNode } from './toFlow';

export const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
export const PADDING = 0.15;

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

/** The view React Flow's `fitView({ padding: 0.15 })` would choose, or null before the pane is measured. */
export function fitViewport(nodes: readonly FlowNode[], width: number, height: number): Viewport | null {
  const bounds = flowBounds(nodes);
  if (!bounds || width <= 0 || height <= 0) return null;
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_ZOOM, PADDING);
}

/**
 * The nodes whose top-level box (their account, or themselves) a view shows, in their order; all
 * of them when there is no view yet. Whole accounts, so every parent comes with its members.
 */
export function nodesInView<T extends FlowNode>(
  nodes: T[],
  view: Viewport | null,
  width: number,
  height: number,
): T[] {
  if (!view) return nodes;
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const right = left + width / view.zoom;
  const bottom = top + height / view.zoom;
  const shown = new Set<string>();
  for (const node of nodes) {
    if (node.parentId !== undefined) continue;
    const { x, y } = node.position;
    const w = Number(node.style?.width ?? 0);
    const h = Number(node.style?.height ?? 0);
    if (x < right && x + w > left && y < bottom && y + h > top) shown.add(node.id);
  }
  const rootOf = new Map<string, string>();
  const root = (node: FlowNode): string => {
    if (node.parentId === undefined) return node.id;
    const known = rootOf.get(node.parentId);
    if (known !== undefined) return known;
    return node.parentId;
  };
  return nodes.filter((node) => {
    const r = root(node);
    if (node.parentId !== undefined) rootOf.set(node.id, r);
    return shown.has(r);
  });
}
