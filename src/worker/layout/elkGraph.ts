/**
 * Boxes to an ELK graph and back. Groups (accounts, clusters) become compound nodes laid out with
 * their children; edges cross group borders, so ELK lays out the whole hierarchy at once.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutRequest, LayoutResult } from './layoutTypes';
import { BOX_GAP, GROUP_PADDING, LAYER_GAP } from './spacing';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  'elk.spacing.nodeNode': String(BOX_GAP),
  'elk.spacing.componentComponent': '60',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.thoroughness': '2',
};

const GROUP_OPTIONS = {
  'elk.padding': `[top=${GROUP_PADDING.top},left=${GROUP_PADDING.left},bottom=${GROUP_PADDING.bottom},right=${GROUP_PADDING.right}]`,
};

export function toElkGraph(request: LayoutRequest): ElkNode {
  const byId = new Map<string, ElkNode>();
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  for (const box of request.boxes) {
    byId.set(box.id, {
      id: box.id,
      width: box.width,
      height: box.height,
      ...(box.group ? { layoutOptions: GROUP_OPTIONS, children: [] } : {}),
    });
  }
  for (const box of request.boxes) {
    const node = byId.get(box.id) as ElkNode;
    const parent = box.parent !== undefined ? byId.get(box.parent) : undefined;
    (parent?.children ?? root.children)?.push(node);
  }
  root.edges = request.edges
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.from], targets: [e.to] }));
  return root;
}

export function fromElkGraph(root: ElkNode): LayoutResult {
  const positions: LayoutResult['positions'] = {};
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      positions[child.id] = {
        x: child.x ?? 0,
        y: child.y ?? 0,
        width: child.width ?? 0,
        height: child.height ?? 0,
      };
      walk(child);
    }
  };
  walk(root);
  return { positions };
}
