/** Where the graph is and what a view of it shows, from the projected nodes alone (pure). */
import { getViewportForBounds, type FitViewOptions, type Rect, type Viewport } from '@xyflow/react';
import { focusWindow } from './focusWindow';
import type { FlowNode } from './toFlow';

type Padding = NonNullable<FitViewOptions['padding']>;

export const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
/**
 * The smallest text on the canvas is 13 px at zoom 1 (graph.css): a fitted view of a graph the size
 * of the gallery's stories (at most 6 entities, a lesson each) does not zoom out below 12 CSS px for
 * it, even if part of the graph is then left to pan to; nor does a view of what the Terraform plan
 * shown changes, whatever the graph's size (its reader came to read those). Any other bigger graph,
 * such as an import, is fitted whole, its text shown once zoomed in.
 */
export const LEGIBLE_ZOOM = 12 / 13;
const LEGIBLE_FIT_NODES = 10;

/** Around the fitted graph, in px; at the bottom, room for the minimap when shown. */
const ROOM = { top: 32, left: 40, right: 32 };
const ROOM_BELOW = { withMinimap: 140, without: 48 };

/** The padding of a fitted view, as React Flow's fitView takes it. */
export function fitPadding(minimapShown: boolean): Padding {
  const bottom = minimapShown ? ROOM_BELOW.withMinimap : ROOM_BELOW.without;
  return { top: `${ROOM.top}px`, left: `${ROOM.left}px`, right: `${ROOM.right}px`, bottom: `${bottom}px` };
}

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

/** The least zoom a fitted view of these nodes may take (see LEGIBLE_ZOOM). */
export function fitMinZoom(nodes: readonly FlowNode[]): number {
  let entities = 0;
  for (const node of nodes) {
    if (node.type !== 'entity') continue;
    if (node.data.planChanged) return LEGIBLE_ZOOM;
    entities++;
  }
  return entities > LEGIBLE_FIT_NODES ? MIN_ZOOM : LEGIBLE_ZOOM;
}

/**
 * The view that fits the graph, or null before the pane is measured. A graph too big for the pane
 * at the least zoom it may take is shown at that zoom, centred on the nodes in focus (inFocus), as
 * many of them as fit (focusWindow.ts).
 */
export function fitViewport(
  nodes: readonly FlowNode[],
  width: number,
  height: number,
  minimapShown = true,
): Viewport | null {
  const padding = fitPadding(minimapShown);
  const bounds = flowBounds(nodes);
  if (!bounds || width <= 0 || height <= 0) return null;
  const least = fitMinZoom(nodes);
  const whole = getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_ZOOM, padding);
  if (whole.zoom >= least) return whole;
  const below = minimapShown ? ROOM_BELOW.withMinimap : ROOM_BELOW.without;
  const pane = {
    width: (width - ROOM.left - ROOM.right) / least,
    height: (height - ROOM.top - below) / least,
  };
  const focus = focusWindow(focusBoxes(nodes), pane.width, pane.height) ?? bounds;
  const view = getViewportForBounds(focus, width, height, least, least, padding);
  // Centred on the focus, the pane may show empty space beside the graph while the rest of it is cut
  // on the other side: slide the view to fill the pane with graph, the focus staying in it.
  return {
    zoom: view.zoom,
    x: slide(view.x, bounds.x, bounds.width, view.zoom, ROOM.left, width - ROOM.right),
    y: slide(view.y, bounds.y, bounds.height, view.zoom, ROOM.top, height - below),
  };
}

/** A view's offset along one axis, moved so the graph [start, start + size] covers [from, to] if it can. */
function slide(offset: number, start: number, size: number, zoom: number, from: number, to: number): number {
  const near = start * zoom + offset;
  const far = (start + size) * zoom + offset;
  if (size * zoom <= to - from) return offset + (from + to) / 2 - (near + far) / 2;
  if (near > from) return offset - (near - from);
  if (far < to) return offset + (to - far);
  return offset;
}

/**
 * The nodes a clamped fit centres on: those of the path being shown, else the one whose document the
 * editor shows, else those the plan shown changes.
 */
function inFocus(nodes: readonly FlowNode[]): FlowNode[] {
  const entities = nodes.filter((n) => n.type === 'entity');
  for (const flag of ['onPath', 'documentOpen', 'planChanged'] as const) {
    const marked = entities.filter((n) => n.data[flag]);
    if (marked.length > 0) return marked;
  }
  return [];
}

/** The ids of the nodes in focus: a fit clamped around them follows when they change. */
export function focusKey(nodes: readonly FlowNode[]): string {
  return inFocus(nodes)
    .map((n) => n.id)
    .join('|');
}

/** The boxes of the nodes in focus, in flow coordinates (members are placed in their group). */
function focusBoxes(nodes: readonly FlowNode[]): Rect[] {
  const absolute = absolutePlaces(nodes);
  return inFocus(nodes).map((node) => ({
    ...absolute(node),
    width: Number(node.style?.width ?? 0),
    height: Number(node.style?.height ?? 0),
  }));
}

/** Where each of these nodes is drawn, in flow coordinates: a member is placed in its group. */
export function absolutePlaces(nodes: readonly FlowNode[]): (node: FlowNode) => { x: number; y: number } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = (node: FlowNode): { x: number; y: number } => {
    const parent = node.parentId !== undefined ? byId.get(node.parentId) : undefined;
    const at = parent ? absolute(parent) : { x: 0, y: 0 };
    return { x: at.x + node.position.x, y: at.y + node.position.y };
  };
  return absolute;
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
