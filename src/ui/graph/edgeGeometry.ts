/**
 * Where an arrow of the graph is drawn (pure): its line, its head and the point its label sits on.
 * The head is drawn by us rather than as an SVG marker, so its tip stops short of the target's
 * border (never under the node, which is drawn above the edges) and it takes the arrow's colour.
 */
import { getBezierPath, Position } from '@xyflow/react';
import { GROUP_PADDING } from '../../worker/layout/spacing';

export interface Point {
  x: number;
  y: number;
}

export interface EdgeGeometry {
  line: string;
  head: string;
  tip: Point;
  label: Point;
}

/** Length and half-width of the arrowhead, and how far its tip stays from the target's border. */
const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 5.5;
const TIP_GAP = 3;
/** Corner radius of a routed arrow's bends. */
const BEND = 10;
/**
 * Where a routed arrow's label is centred: just below its source, or far enough above its target
 * for the line of badges under the label and the head. An arrow too short for either is labelled
 * halfway.
 */
const LABEL_FROM_SOURCE = 22;
const LABEL_FROM_TARGET = 52;

/**
 * Which end an arrow's label sits by: the source's, unless the source fans out to several arrows;
 * by the target, it stays above the titles of the groups (accounts, clusters) the arrow enters.
 */
export interface LabelPlace {
  near: 'source' | 'target';
  /** How many groups the arrow enters on its way to the target. */
  entered: number;
}

/**
 * Where along a route its label may sit (distances from the start): the place `place` prefers, and
 * the stretch clear of the source and of the head, its badges and the titles of the groups the arrow
 * enters. An arrow too short for both ends is labelled halfway, with nowhere else to go.
 */
export interface LabelRange {
  points: Point[];
  preferred: number;
  min: number;
  max: number;
}

export function labelRange(route: readonly Point[], place: LabelPlace): LabelRange {
  const points = dropRepeats(route);
  const length = lengthOf(points);
  const max = length - LABEL_FROM_TARGET - place.entered * GROUP_PADDING.top;
  const preferred = place.near === 'source' ? LABEL_FROM_SOURCE : max;
  if (preferred > 0 && length > LABEL_FROM_TARGET * 1.5)
    return { points, preferred, min: LABEL_FROM_SOURCE, max: Math.max(max, LABEL_FROM_SOURCE) };
  return { points, preferred: length / 2, min: length / 2, max: length / 2 };
}

/** An arrow along ELK's route (orthogonal, start to end, the end on the target's border). */
export function routedGeometry(route: readonly Point[], place: LabelPlace): EdgeGeometry | null {
  const range = labelRange(route, place);
  const { points } = range;
  if (points.length < 2) return null;
  const end = points[points.length - 1] as Point;
  const before = points[points.length - 2] as Point;
  const direction = unit(before, end);
  const tip = { x: end.x - direction.x * TIP_GAP, y: end.y - direction.y * TIP_GAP };
  const base = { x: tip.x - direction.x * HEAD_LENGTH, y: tip.y - direction.y * HEAD_LENGTH };
  const line = roundedPolyline([...points.slice(0, -1), base]);
  const label = pointAlong(points, range.preferred);
  return { line, head: headPath(tip, direction), tip, label };
}

/** An arrow from a source handle (bottom side) to a target handle (top side), as a bezier curve. */
export function curvedGeometry(source: Point, target: Point): EdgeGeometry {
  const tip = { x: target.x, y: target.y - TIP_GAP };
  const [line, labelX, labelY] = getBezierPath({
    sourceX: source.x,
    sourceY: source.y,
    sourcePosition: Position.Bottom,
    targetX: tip.x,
    targetY: tip.y - HEAD_LENGTH,
    targetPosition: Position.Top,
  });
  return { line, head: headPath(tip, { x: 0, y: 1 }), tip, label: { x: labelX, y: labelY } };
}

function headPath(tip: Point, d: Point): string {
  const bx = tip.x - d.x * HEAD_LENGTH;
  const by = tip.y - d.y * HEAD_LENGTH;
  const px = -d.y * HEAD_HALF_WIDTH;
  const py = d.x * HEAD_HALF_WIDTH;
  return `M${tip.x},${tip.y}L${bx + px},${by + py}L${bx - px},${by - py}Z`;
}

function unit(from: Point, to: Point): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

function dropRepeats(points: readonly Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]?.x || p.y !== points[i - 1]?.y);
}

/** Straight segments joined by quarter curves no larger than half of either segment. */
function roundedPolyline(points: readonly Point[]): string {
  const first = points[0] as Point;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const previous = points[i - 1] as Point;
    const corner = points[i] as Point;
    const next = points[i + 1] as Point;
    const r = Math.min(
      BEND,
      Math.hypot(corner.x - previous.x, corner.y - previous.y) / 2,
      Math.hypot(next.x - corner.x, next.y - corner.y) / 2,
    );
    const a = unit(corner, previous);
    const b = unit(corner, next);
    d += `L${corner.x + a.x * r},${corner.y + a.y * r}Q${corner.x},${corner.y} ${corner.x + b.x * r},${corner.y + b.y * r}`;
  }
  const last = points[points.length - 1] as Point;
  return `${d}L${last.x},${last.y}`;
}

function lengthOf(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++)
    length += Math.hypot(
      (points[i] as Point).x - (points[i - 1] as Point).x,
      (points[i] as Point).y - (points[i - 1] as Point).y,
    );
  return length;
}

/** The point this far along a polyline from its start. */
export function pointAlong(points: readonly Point[], distance: number): Point {
  let left = distance;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1] as Point;
    const to = points[i] as Point;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    if (left <= length && length > 0) {
      const f = left / length;
      return { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f };
    }
    left -= length;
  }
  return points[points.length - 1] as Point;
}
