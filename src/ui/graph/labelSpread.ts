/**
 * Arrow labels clear of one another (pure). Arrows into one role from several callers, or out of one
 * group, run side by side a few dozen pixels apart, and their labels sat at the same height: "member
 * of", "escalates to" and "assumes" ran together into one unreadable word. Each routed arrow's label
 * starts where its place prefers (edgeGeometry.ts) and, when its text and the line of badges under
 * it would overlap a label placed before it, a box or a group's title, moves to the nearest spot
 * that is clear (along its arrow, else beside it). Where no spot is, it stays where it prefers.
 */
import { labelRange, pointAlong, type LabelPlace, type LabelRange, type Point } from './edgeGeometry';

/** Labels are written only up to this many arrows (GraphCanvas's dense view hides them beyond). */
export const LABELLED_EDGES = 60;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  route: readonly Point[];
  place: LabelPlace;
  /** The label as written, in the reader's language. */
  text: string;
  /** The badges written under it (conditions, access levels, ✕ or ?). */
  badges: readonly string[];
}

/** How far a label moves at each try, and how many tries each way. */
const STEP = 8;
const TRIES = 40;
/** Room kept around a label, so two never touch. */
const MARGIN = 3;
/** The label's line (13 px text with its halo) and the line of badges 10 px under its centre. */
const LABEL_HEIGHT = 18;
const BADGE_HEIGHT = 20;

/**
 * The width of a text at the label's font (13 px, semibold), without measuring: a CJK character is
 * about one em, a Latin one about 0.6 em. Over-estimating costs only a little more sliding.
 */
export function textWidth(text: string, size = 13): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.6;
  return width;
}

/** The box a label centred on `at` covers, its badges included. */
function labelBox(at: Point, request: LabelRequest): Box {
  const text = textWidth(request.text) + 6;
  // Each badge: its text at 11 px, padding and a gap.
  const badges = request.badges.reduce((sum, b) => sum + textWidth(b, 11) + 14, 0);
  const width = Math.max(text, badges) + 2 * MARGIN;
  const height = LABEL_HEIGHT + (request.badges.length > 0 ? BADGE_HEIGHT : 0) + 2 * MARGIN;
  return { x: at.x - width / 2, y: at.y - LABEL_HEIGHT / 2 - MARGIN, width, height };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the route runs up or down at this distance along it (else across). */
function upright(points: readonly Point[], distance: number): boolean {
  let left = distance;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1] as Point;
    const to = points[i] as Point;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    if (left <= length) return Math.abs(to.x - from.x) < Math.abs(to.y - from.y);
    left -= length;
  }
  return true;
}

/**
 * For each label that had to move, the centre it moved to, in flow coordinates; labels that can stay
 * where they prefer are left out. A label first slides along its arrow, nearest first; then, if it
 * carries no badge, it tries beside it: left or right of an upright stretch, above or below a level
 * one. `obstacles` are the boxes of the nodes and of the groups' titles, in flow coordinates as the
 * routes are.
 */
export function spreadLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
): Map<string, Point> {
  const moved = new Map<string, Point>();
  const placed: Box[] = [];
  const clear = (box: Box) =>
    !placed.some((p) => overlaps(p, box)) && !obstacles.some((o) => overlaps(o, box));
  // A label with badges goes first and only slides along its arrow: its ✕ or conditions must stay on
  // the arrow they mark. The others then find room around them.
  const ordered = [
    ...requests.filter((r) => r.badges.length > 0),
    ...requests.filter((r) => r.badges.length === 0),
  ];
  for (const request of ordered) {
    const range = labelRange(request.route, request.place);
    if (range.points.length < 2) continue;
    const preferred = pointAlong(range.points, range.preferred);
    const spot = clear(labelBox(preferred, request)) ? undefined : clearSpot(range, request, clear);
    if (spot) moved.set(request.id, spot);
    placed.push(labelBox(spot ?? preferred, request));
  }
  return moved;
}

/** How much further from its arrow than touching it a label beside it may go, in steps of STEP. */
const BESIDE_STEPS = 5;

/**
 * The spots a label may take at a distance along its arrow: on it; or beside it, touching it, then
 * a step further each time, on either side.
 */
function spotsAt(range: LabelRange, request: LabelRequest, distance: number, beside: boolean): Point[] {
  const on = pointAlong(range.points, distance);
  if (!beside) return [on];
  const box = labelBox(on, request);
  const up = upright(range.points, distance);
  const spots: Point[] = [];
  for (let k = 0; k <= BESIDE_STEPS; k++) {
    const d = (up ? box.width : box.height) / 2 + 2 + k * STEP;
    if (up) spots.push({ x: on.x + d, y: on.y }, { x: on.x - d, y: on.y });
    else spots.push({ x: on.x, y: on.y - d }, { x: on.x, y: on.y + d });
  }
  return spots;
}

/** The clear spot nearest the preferred one: along the arrow first, then beside it. */
function clearSpot(
  range: LabelRange,
  request: LabelRequest,
  clear: (box: Box) => boolean,
): Point | undefined {
  for (const beside of request.badges.length > 0 ? [false] : [false, true]) {
    for (let i = beside ? 0 : 1; i <= TRIES; i++) {
      for (const distance of i === 0
        ? [range.preferred]
        : [range.preferred - i * STEP, range.preferred + i * STEP]) {
        if (distance < range.min || distance > range.max) continue;
        const spot = spotsAt(range, request, distance, beside).find((p) => clear(labelBox(p, request)));
        if (spot) return spot;
      }
    }
  }
  return undefined;
}
