/**
 * A fast, deterministic layout for graphs too big for ELK to place in time (ELK's layered
 * algorithm takes seconds from about a thousand boxes or a few thousand edges). Inside every
 * container (the canvas, each account, each cluster) the members are layered by edge direction
 * (longest path from the sources, a cycle broken at its smallest id), one barycentre pass orders
 * each layer, and the layers fill rows, top to bottom, wrapped so the container
 * is about as wide as it is tall (a little wider, like the canvas between the side panels). Groups
 * are sized around their members, inside out. Linear in boxes and edges, apart from one sort per
 * container and a dozen packing trials.
 */
import type { LayoutBox, LayoutRequest, LayoutResult } from './layoutTypes';
import { BOX_GAP, GROUP_PADDING, LAYER_GAP } from './spacing';

/** A group whose members are all filtered out still shows its title. */
const EMPTY_GROUP = { width: 270, height: 100 };
const ASPECT = 1.2;
const ROOT = '';

interface Size {
  width: number;
  height: number;
}

export function quickLayout(request: LayoutRequest): LayoutResult {
  const byId = new Map(request.boxes.map((b) => [b.id, b]));
  const parentOf = (box: LayoutBox) => (box.parent !== undefined && byId.has(box.parent) ? box.parent : ROOT);
  const members = new Map<string, LayoutBox[]>();
  for (const box of request.boxes) {
    const parent = parentOf(box);
    const list = members.get(parent);
    if (list) list.push(box);
    else members.set(parent, [box]);
  }

  // Every edge counts in the one container holding both ends, between the members that hold them.
  const ancestry = new Map<string, string[]>();
  const chainOf = (id: string): string[] => {
    let chain = ancestry.get(id);
    if (chain) return chain;
    const box = byId.get(id) as LayoutBox;
    const parent = parentOf(box);
    chain = parent === ROOT ? [id] : [...chainOf(parent), id];
    ancestry.set(id, chain);
    return chain;
  };
  const edgesIn = new Map<string, [string, string][]>();
  for (const edge of request.edges) {
    if (!byId.has(edge.from) || !byId.has(edge.to)) continue;
    const a = chainOf(edge.from);
    const b = chainOf(edge.to);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    // An edge between a group and one of its own members orders nothing inside that group.
    if (i === a.length || i === b.length) continue;
    const container = i === 0 ? ROOT : (a[i - 1] as string);
    const list = edgesIn.get(container);
    const pair: [string, string] = [a[i] as string, b[i] as string];
    if (list) list.push(pair);
    else edgesIn.set(container, [pair]);
  }

  const positions: LayoutResult['positions'] = {};
  const place = (container: string): Size => {
    const boxes = [...(members.get(container) ?? [])].sort((x, y) =>
      x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
    );
    const sizes = new Map<string, Size>();
    for (const box of boxes) {
      if (!box.group) {
        sizes.set(box.id, { width: box.width, height: box.height });
        continue;
      }
      const inner = place(box.id);
      sizes.set(box.id, {
        width: Math.max(EMPTY_GROUP.width, box.width, inner.width + GROUP_PADDING.left + GROUP_PADDING.right),
        height: Math.max(
          EMPTY_GROUP.height,
          box.height,
          inner.height + GROUP_PADDING.top + GROUP_PADDING.bottom,
        ),
      });
    }
    const layers = orderedLayers(boxes, edgesIn.get(container) ?? []);
    const offset = container === ROOT ? { x: 0, y: 0 } : { x: GROUP_PADDING.left, y: GROUP_PADDING.top };
    const content = packRows(layers, sizes, (id, x, y) => {
      const size = sizes.get(id) as Size;
      positions[id] = { x: offset.x + x, y: offset.y + y, width: size.width, height: size.height };
    });
    return content;
  };
  place(ROOT);
  return { positions };
}

/**
 * Longest-path layers of `boxes` (sorted by id) under `edges`, each layer ordered by the mean
 * position of its members' predecessors (one barycentre pass), ties and sources by id.
 */
function orderedLayers(boxes: readonly LayoutBox[], edges: readonly [string, string][]): string[][] {
  const index = new Map(boxes.map((b, i) => [b.id, i]));
  const successors: number[][] = boxes.map(() => []);
  const predecessors: number[][] = boxes.map(() => []);
  const inDegree = new Array<number>(boxes.length).fill(0);
  for (const [from, to] of edges) {
    const f = index.get(from) as number;
    const t = index.get(to) as number;
    if (f === t) continue;
    successors[f]?.push(t);
    predecessors[t]?.push(f);
    inDegree[t] = (inDegree[t] as number) + 1;
  }
  const layer = new Array<number>(boxes.length).fill(0);
  const done = new Array<boolean>(boxes.length).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < boxes.length; i++) if (inDegree[i] === 0) queue.push(i);
  let head = 0;
  let next = 0;
  let processed = 0;
  while (processed < boxes.length) {
    if (head === queue.length) {
      // Only cycles are left: start the smallest id not yet placed, after what it waits for.
      while (done[next]) next++;
      queue.push(next);
    }
    const n = queue[head++] as number;
    if (done[n]) continue;
    done[n] = true;
    processed++;
    for (const s of successors[n] as number[]) {
      if (done[s]) continue;
      layer[s] = Math.max(layer[s] as number, (layer[n] as number) + 1);
      inDegree[s] = (inDegree[s] as number) - 1;
      if (inDegree[s] === 0) queue.push(s);
    }
  }

  const byLayer: number[][] = [];
  for (let i = 0; i < boxes.length; i++) (byLayer[layer[i] as number] ??= []).push(i);
  const rank = new Array<number>(boxes.length).fill(0);
  let seen = 0;
  return byLayer
    .filter((members) => members !== undefined)
    .map((members) => {
      const key = (i: number) => {
        let sum = 0;
        let count = 0;
        for (const p of predecessors[i] as number[]) {
          if ((layer[p] as number) >= (layer[i] as number)) continue;
          sum += rank[p] as number;
          count++;
        }
        return count === 0 ? Infinity : sum / count;
      };
      const keyed = members.map((i) => ({ i, key: key(i) }));
      keyed.sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? -1 : 1));
      for (const { i } of keyed) rank[i] = seen++;
      return keyed.map(({ i }) => (boxes[i] as LayoutBox).id);
    });
}

/**
 * Places the layers in rows, top to bottom, in layer order, so every edge between two rows points
 * down (as ELK's layers do, elkGraph.ts). Rows wrap at a width chosen among a dozen candidates (from
 * the widest member to everything side by side) so that the whole fits a box ASPECT times as wide
 * as tall as closely as possible.
 */
function packRows(
  layers: readonly string[][],
  sizes: ReadonlyMap<string, Size>,
  put: (id: string, x: number, y: number) => void,
): Size {
  let widest = 0;
  let lined = 0;
  for (const size of sizes.values()) {
    widest = Math.max(widest, size.width);
    lined += size.width + BOX_GAP;
  }
  let best = wrapRows(layers, sizes, widest);
  const score = (c: Size) => Math.max(c.width / ASPECT, c.height);
  for (let i = 1; i <= CANDIDATES && widest > 0; i++) {
    const candidate = wrapRows(layers, sizes, widest * Math.pow(lined / widest, i / CANDIDATES));
    if (score(candidate) < score(best)) best = candidate;
  }
  for (const p of best.placed) put(p.id, p.x, p.y);
  return { width: best.width, height: best.height };
}

const CANDIDATES = 12;

function wrapRows(
  layers: readonly string[][],
  sizes: ReadonlyMap<string, Size>,
  maxWidth: number,
): Size & { placed: { id: string; x: number; y: number }[] } {
  const placed: { id: string; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const [band, layer] of layers.entries()) {
    // A layer starts a row of its own unless the current one is less than half full: a long
    // chain of small layers would otherwise stretch the drawing into a thin column.
    if (band > 0 && x > maxWidth / 2) {
      y += rowHeight + LAYER_GAP;
      x = 0;
      rowHeight = 0;
    }
    for (const id of layer) {
      const size = sizes.get(id) as Size;
      if (x > 0 && x + size.width > maxWidth) {
        y += rowHeight + BOX_GAP;
        x = 0;
        rowHeight = 0;
      }
      placed.push({ id, x, y });
      x += size.width + BOX_GAP;
      rowHeight = Math.max(rowHeight, size.height);
      width = Math.max(width, x - BOX_GAP);
    }
  }
  return { width, height: y + rowHeight, placed };
}
