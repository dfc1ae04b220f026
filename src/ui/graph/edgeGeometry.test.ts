import { describe, expect, it } from 'vitest';
import { curvedGeometry, routedGeometry } from './edgeGeometry';

describe('edgeGeometry', () => {
  const route = [
    { x: 0, y: 0 },
    { x: 0, y: 50 },
    { x: 100, y: 50 },
    { x: 100, y: 150 },
  ];

  it('stops a routed arrow short of the target border', () => {
    const g = routedGeometry(route, { near: 'source', entered: 0 });
    expect(g?.tip).toEqual({ x: 100, y: 147 });
    expect(g?.head).toBe('M100,147L94.5,136L105.5,136Z');
    expect(g?.line.endsWith('L100,136')).toBe(true);
  });

  it('labels a routed arrow by its source, or above its target when the source fans out', () => {
    expect(routedGeometry(route, { near: 'source', entered: 0 })?.label).toEqual({ x: 0, y: 22 });
    expect(routedGeometry(route, { near: 'target', entered: 0 })?.label).toEqual({ x: 100, y: 98 });
    expect(routedGeometry(route, { near: 'target', entered: 1 })?.label).toEqual({ x: 92, y: 50 });
    const short = [
      { x: 0, y: 0 },
      { x: 0, y: 60 },
    ];
    expect(routedGeometry(short, { near: 'source', entered: 0 })?.label).toEqual({ x: 0, y: 30 });
  });

  it('has no route to draw from a single point', () => {
    expect(
      routedGeometry(
        [
          { x: 3, y: 4 },
          { x: 3, y: 4 },
        ],
        { near: 'source', entered: 0 },
      ),
    ).toBeNull();
  });

  it('ends a curved arrow above the target handle, pointing down', () => {
    const g = curvedGeometry({ x: 0, y: 0 }, { x: 40, y: 200 });
    expect(g.tip).toEqual({ x: 40, y: 197 });
    expect(g.head).toBe('M40,197L34.5,186L45.5,186Z');
  });
});
