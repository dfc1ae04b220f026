import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../engine';
import { farDrawing, keptWhenFar } from './FarDrawing';
import type { FlowEdge, FlowNode } from './toFlow';

const graphNode = (id: string, kind: GraphNode['kind']): GraphNode => ({ id, kind, label: id });

const group = (id: string, x: number, y: number): FlowNode => ({
  id,
  type: 'container',
  position: { x, y },
  style: { width: 500, height: 300 },
  data: { node: graphNode(id, 'account'), dimmed: false },
});

const entity = (
  id: string,
  x: number,
  y: number,
  parentId?: string,
  extra: Partial<FlowNode> = {},
): FlowNode =>
  ({
    id,
    type: 'entity',
    position: { x, y },
    style: { width: 230, height: 58 },
    data: { node: graphNode(id, 'role'), dimmed: false, onPath: false },
    ...(parentId !== undefined ? { parentId } : {}),
    ...extra,
  }) as FlowNode;

const edge = (id: string, source: string, target: string, added = false): FlowEdge => ({
  id,
  source,
  target,
  type: 'trust',
  data: {
    edge: { id, kind: 'AssumeRole' } as GraphEdge,
    badges: [],
    state: 'permitted',
    mechanism: 'AssumeRole',
    labelPlace: { near: 'source', entered: 0 },
    label: 'assumes',
    added,
    dimmed: false,
    onPath: false,
  },
});

const nodes = [
  group('g', 1000, 0),
  entity('a', 20, 60, 'g'),
  entity('b', 0, 0),
  entity('c', 0, 100),
  entity('d', 0, 200),
];
const edges = [edge('ab', 'a', 'b'), edge('cd', 'c', 'd', true)];

describe('the zoomed-out drawing', () => {
  it('leaves to React Flow the groups, the selection and the ends of prominent edges', () => {
    const selected = nodes.map((n) => (n.id === 'b' ? { ...n, selected: true } : n));
    expect([...keptWhenFar(selected, edges)].sort()).toEqual(['b', 'c', 'd', 'g']);
  });

  it('draws every other entity where it is on the canvas, and the ordinary edges between them', () => {
    const drawing = farDrawing(nodes, edges, new Set(['g', 'c', 'd']));
    expect(drawing.entities.map((b) => [b.id, b.x, b.y])).toEqual([
      ['a', 1020, 60],
      ['b', 0, 0],
    ]);
    expect(drawing.nodes).toEqual([
      { kind: 'role', dimmed: false, d: 'M1020,60h230v58h-230zM0,0h230v58h-230z' },
    ]);
    expect(drawing.edges).toHaveLength(1);
    expect(drawing.edges[0]?.d).toBe('M1135,118L115,0');
  });
});
