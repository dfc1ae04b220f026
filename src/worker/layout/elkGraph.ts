/**
 * Boxes to an ELK graph and back. Groups (accounts, clusters) become compound nodes laid out with
 * their children; edges cross group borders, so ELK lays out the whole hierarchy at once. ELK also
 * routes the edges around the boxes (orthogonally); their routes come back in root coordinates, the
 * coordinates the canvas draws in (https://eclipse.dev/elk/reference/options/org-eclipse-elk-json-edgeCoords.html).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutRequest, LayoutResult } from './layoutTypes';
import { BOX_GAP, GROUP_PADDING, LAYER_GAP } from './spacing';

/** Spacing is read per compound node, so every group repeats it (a group does not inherit the root's). */
const SPACING = {
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  'elk.layered.spacing.edgeNodeBetweenLayers': String(LAYER_GAP / 3),
  'elk.spacing.nodeNode': String(BOX_GAP),
  'elk.spacing.edgeNode': String(BOX_GAP / 2),
  'elk.spacing.edgeEdge': '12',
};

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  // Top to bottom: nodes are wide and short, and the canvas between the side panels is about as
  // tall as it is wide, so a chain of hops fits it at a zoom where its text can be read.
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.json.edgeCoords': 'ROOT',
  ...SPACING,
  'elk.spacing.componentComponent': '60',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.thoroughness': '2',
};

const GROUP_OPTIONS = {
  ...SPACING,
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
  return { positions, routes: routesOf(root) };
}

/** Every routed edge's points, start to end, wherever in the hierarchy ELK put the edge. */
function routesOf(root: ElkNode): NonNullable<LayoutResult['routes']> {
  const routes: NonNullable<LayoutResult['routes']> = {};
  const walk = (node: ElkNode) => {
    for (const edge of node.edges ?? []) {
      const section = edge.sections?.[0];
      if (!section || edge.sections?.length !== 1) continue;
      routes[edge.id] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
        x: p.x,
        y: p.y,
      }));
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return routes;
}
