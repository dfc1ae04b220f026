import type { Analysis } from '../../engine';
import type { LayoutRequest } from '../../worker/layout/layoutTypes';
import { visibleGraphOf, type ViewFilters } from './visibleGraph';

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 58;

/** The boxes and edges the layout worker places: members inside their account and cluster groups. */
export function toLayoutRequest(analysis: Analysis, filters: ViewFilters): LayoutRequest {
  const graph = visibleGraphOf(analysis, filters);
  return {
    boxes: graph.nodes.map((v) => ({
      id: v.node.id,
      ...(v.parent !== undefined ? { parent: v.parent } : {}),
      width: v.group ? 0 : NODE_WIDTH,
      height: v.group ? 0 : NODE_HEIGHT,
      group: v.group,
    })),
    edges: graph.edges.map((e) => ({ id: e.id, from: e.from, to: e.to })),
  };
}

/** Changes only when what must be placed changes, so editing a policy does not move every node. */
export function layoutKey(request: LayoutRequest): string {
  return `${request.boxes.map((b) => `${b.id}<${b.parent ?? ''}`).join('|')}#${request.edges.map((e) => e.id).join('|')}`;
}
