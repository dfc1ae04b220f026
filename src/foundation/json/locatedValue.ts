/**
 * The located nodes `parseJson` gives for `JSON.stringify(value, null, 2)`, made from the value
 * without reading the text. A scenario's documents are values, and their text is exactly that (what
 * the editor first shows): where every node sits follows from the value alone, so the tokenizer's
 * work (a third of preparing a large organization's documents) can be skipped. Such a text never
 * has a diagnostic, but for a nesting past MAX_JSON_DEPTH.
 */
import type { Position } from '../types';
import { MAX_JSON_DEPTH, type JsonNode, type JsonProperty } from './parseJson';

/** Thrown when the value is not plain JSON (JSON.stringify would drop, change or refuse a part). */
class NotPlain extends Error {}

class Writer {
  offset = 0;
  private line = 1;
  private lineStart = 0;

  at(): Position {
    return { line: this.line, column: this.offset - this.lineStart + 1, offset: this.offset };
  }

  /** Moves past `length` characters of one line. */
  skip(length: number): void {
    this.offset += length;
  }

  /** Moves past a line break and the indentation of `depth` levels. */
  newLine(depth: number): void {
    this.offset += 1;
    this.line += 1;
    this.lineStart = this.offset;
    this.offset += 2 * depth;
  }
}

function located(w: Writer, value: unknown, depth: number): JsonNode {
  const start = w.at();
  if (value === null) {
    w.skip(4);
    return { kind: 'null', range: { start, end: w.at() } };
  }
  switch (typeof value) {
    case 'string':
      w.skip(JSON.stringify(value).length);
      return { kind: 'string', value, range: { start, end: w.at() } };
    case 'number': {
      if (!Number.isFinite(value)) throw new NotPlain();
      const raw = JSON.stringify(value);
      w.skip(raw.length);
      // Read back as parseJson would: -0 is written, and so read, as 0.
      return { kind: 'number', value: Number(raw), raw, range: { start, end: w.at() } };
    }
    case 'boolean':
      w.skip(value ? 4 : 5);
      return { kind: 'boolean', value, range: { start, end: w.at() } };
    case 'object':
      if (depth >= MAX_JSON_DEPTH) throw new NotPlain();
      return Array.isArray(value) ? array(w, value, depth + 1, start) : object(w, value, depth + 1, start);
  }
  throw new NotPlain();
}

function array(w: Writer, items: unknown[], depth: number, start: Position): JsonNode {
  const nodes: JsonNode[] = [];
  w.skip(1);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) w.skip(1);
    w.newLine(depth);
    nodes.push(located(w, items[i], depth));
  }
  if (items.length > 0) w.newLine(depth - 1);
  w.skip(1);
  return { kind: 'array', items: nodes, range: { start, end: w.at() } };
}

function object(w: Writer, value: object, depth: number, start: Position): JsonNode {
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    throw new NotPlain();
  const properties: JsonProperty[] = [];
  const keys = Object.keys(value);
  w.skip(1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0) w.skip(1);
    w.newLine(depth);
    const keyStart = w.at();
    w.skip(JSON.stringify(key).length);
    const keyRange = { start: keyStart, end: w.at() };
    w.skip(2);
    const item = (value as Record<string, unknown>)[key];
    properties.push({ key, keyRange, value: located(w, item, depth) });
  }
  if (keys.length > 0) w.newLine(depth - 1);
  w.skip(1);
  return { kind: 'object', properties, range: { start, end: w.at() } };
}

/**
 * `parseJson(text).value` for `text === JSON.stringify(value, null, 2)`, or undefined when the value
 * is not plain JSON data or nests too deep (the caller then parses the text).
 */
export function locatedValue(value: unknown, text: string): JsonNode | undefined {
  try {
    const w = new Writer();
    const node = located(w, value, 0);
    // A value JSON.stringify writes otherwise than walked here would end elsewhere.
    return w.offset === text.length ? node : undefined;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
