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
import {
  MAX_JSON_DEPTH,
  toPlainValue,
  type JsonArray,
  type JsonNode,
  type JsonObject,
  type JsonProperty,
  type PlainJson,
} from '../foundation/json/parseJson';
import type { SourceRange } from '../foundation/types';

/** Where an unlocated node is: nowhere. A problem found on one sends the file to the located parser. */
const UNLOCATED: SourceRange = Object.freeze({
  start: Object.freeze({ line: 0, column: 0, offset: 0 }),
  end: Object.freeze({ line: 0, column: 0, offset: 0 }),
});

/** Whether the value nests deeper than the located parser allows (it would report JSON_TOO_DEEP). */
function tooDeep(value: PlainJson, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => tooDeep(item, depth + 1));
  for (const key in value) if (tooDeep(value[key] as PlainJson, depth + 1)) return true;
  return false;
}

/**
 * Nodes are made as they are read: an importer reads a few fields of each entry and takes the rest
 * as it is (`plainOf`), so most of a large file never becomes nodes at all.
 */
class UnlocatedObject implements JsonObject {
  readonly kind = 'object';
  readonly range = UNLOCATED;
  private made: JsonProperty[] | undefined;
  constructor(readonly plain: { [key: string]: PlainJson }) {}
  get properties(): JsonProperty[] {
    return (this.made ??= Object.keys(this.plain).map((key) => ({
      key,
      keyRange: UNLOCATED,
      value: toNode(this.plain[key] as PlainJson),
    })));
  }
}

class UnlocatedArray implements JsonArray {
  readonly kind = 'array';
  readonly range = UNLOCATED;
  private made: JsonNode[] | undefined;
  constructor(readonly plain: PlainJson[]) {}
  get items(): JsonNode[] {
    return (this.made ??= this.plain.map(toNode));
  }
}

function toNode(value: PlainJson): JsonNode {
  if (value === null) return { kind: 'null', range: UNLOCATED };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value, range: UNLOCATED };
    case 'number':
      return { kind: 'number', value, raw: String(value), range: UNLOCATED };
    case 'boolean':
      return { kind: 'boolean', value, range: UNLOCATED };
  }
  return Array.isArray(value) ? new UnlocatedArray(value) : new UnlocatedObject(value);
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
  return tooDeep(value, 0) ? undefined : toNode(value);
}

/** The plain value of a node: the one JSON.parse gave for an unlocated node, else built from it. */
/** Whether the node was read with JSON.parse (no places, no duplicate keys, nothing but JSON). */
export function isUnlocated(node: JsonNode): boolean {
  return node instanceof UnlocatedObject || node instanceof UnlocatedArray;
}

export function plainOf(node: JsonNode): PlainJson {
  return node instanceof UnlocatedObject || node instanceof UnlocatedArray ? node.plain : toPlainValue(node);
}
