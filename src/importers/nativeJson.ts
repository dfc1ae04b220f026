/**
 * A JSON file read with the platform's JSON.parse, in the node shape the importers read but without
 * locations. The engine's located parser (parseJson) is what lets a problem name its line and
 * column, and it is about ten times slower than JSON.parse: on a clean export of many megabytes
 * nothing needs a location. So a file JSON.parse accepts is imported from these nodes first, and
 * only a file whose import reports a problem is parsed again with locations (importFiles.ts).
 *
 * JSON.parse accepts exactly the strict JSON that parseJson accepts without a diagnostic (it refuses
 * comments, trailing commas, single quotes, odd whitespace and bad escapes alike), keeps the last of
 * duplicate keys as parseJson does, and makes `__proto__` an own property (it defines, not assigns).
 */
import { MAX_JSON_DEPTH, toPlainValue, type JsonNode, type PlainJson } from '../engine/json/parseJson';
import type { SourceRange } from '../engine/types';

/** Where an unlocated node is: nowhere. A problem found on one sends the file to the located parser. */
const UNLOCATED: SourceRange = Object.freeze({
  start: Object.freeze({ line: 0, column: 0, offset: 0 }),
  end: Object.freeze({ line: 0, column: 0, offset: 0 }),
});

/** The plain value each unlocated object or array came from, so the importers need not rebuild it. */
const plains = new WeakMap<JsonNode, PlainJson>();

class TooDeep extends Error {}

function toNode(value: PlainJson, depth: number): JsonNode {
  if (value === null) return { kind: 'null', range: UNLOCATED };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value, range: UNLOCATED };
    case 'number':
      return { kind: 'number', value, raw: String(value), range: UNLOCATED };
    case 'boolean':
      return { kind: 'boolean', value, range: UNLOCATED };
  }
  if (depth >= MAX_JSON_DEPTH) throw new TooDeep();
  let node: JsonNode;
  if (Array.isArray(value)) {
    const items = new Array<JsonNode>(value.length);
    for (let i = 0; i < value.length; i++) items[i] = toNode(value[i] as PlainJson, depth + 1);
    node = { kind: 'array', items, range: UNLOCATED };
  } else {
    const properties = [];
    for (const key of Object.keys(value))
      properties.push({ key, keyRange: UNLOCATED, value: toNode(value[key] as PlainJson, depth + 1) });
    node = { kind: 'object', properties, range: UNLOCATED };
  }
  plains.set(node, value);
  return node;
}

/**
 * The file's nodes, unlocated, when JSON.parse accepts it and it nests no deeper than the located
 * parser allows; undefined otherwise (the located parser then says what is wrong).
 */
export function parseUnlocated(text: string): JsonNode | undefined {
  let value: PlainJson;
  try {
    value = JSON.parse(text) as PlainJson;
  } catch {
    return undefined;
  }
  try {
    return toNode(value, 0);
  } catch (error) {
    if (error instanceof TooDeep) return undefined;
    throw error;
  }
}

/** The plain value of a node: the one JSON.parse gave for an unlocated node, else built from it. */
export function plainOf(node: JsonNode): PlainJson {
  return plains.get(node) ?? toPlainValue(node);
}
