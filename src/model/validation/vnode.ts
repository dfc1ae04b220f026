/**
 * One tree shape for both inputs of the validator: nodes from parseJson (with ranges) and plain
 * JavaScript values (without). Reading both through the same checks is what keeps text and value
 * validation from drifting apart.
 */
import { MAX_JSON_DEPTH, type JsonNode } from '../../foundation/json/parseJson';
import type { SourceRange } from '../../foundation/types';

export interface VProperty {
  key: string;
  keyRange?: SourceRange;
  value: VNode;
}

export type VNode =
  | { kind: 'object'; properties: VProperty[]; range?: SourceRange }
  | { kind: 'array'; items: VNode[]; range?: SourceRange }
  | { kind: 'string'; value: string; range?: SourceRange }
  | { kind: 'number'; value: number; range?: SourceRange }
  | { kind: 'boolean'; value: boolean; range?: SourceRange }
  | { kind: 'null'; range?: SourceRange }
  /** A value JSON cannot hold (undefined, a function, NaN, a Map, a cycle, …), described for messages. */
  | { kind: 'other'; description: string; range?: SourceRange };

/** How a value reads in a message: `"arn:…"`, 42, an object. */
export function describeNode(node: VNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return JSON.stringify(node.value.length > 60 ? `${node.value.slice(0, 57)}...` : node.value);
    case 'number':
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    default:
      return node.description;
  }
}

/** JsonNode already has the VNode shape; this only narrows the type. */
export function fromJsonNode(node: JsonNode): VNode {
  return node;
}

/**
 * Converts an arbitrary value. Only own enumerable string keys of plain objects are read, never
 * inherited ones, so `{ ["__proto__"]: … }` is just a key; depth is capped like parseJson's, which
 * also stops cycles.
 */
export function fromValue(value: unknown, depth = 0): VNode {
  if (value === null) return { kind: 'null' };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'number':
      return Number.isFinite(value)
        ? { kind: 'number', value }
        : { kind: 'other', description: String(value) };
    case 'object':
      break;
    default:
      return { kind: 'other', description: typeof value === 'undefined' ? 'undefined' : `a ${typeof value}` };
  }
  if (depth >= MAX_JSON_DEPTH) {
    return {
      kind: 'other',
      description: `a value nested more than ${MAX_JSON_DEPTH} levels deep (or circular)`,
    };
  }
  if (Array.isArray(value)) {
    const items: VNode[] = [];
    // A plain index loop, because map() skips holes and holes are not JSON.
    for (let i = 0; i < value.length; i++) items.push(fromValue(value[i], depth + 1));
    return { kind: 'array', items };
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    return { kind: 'other', description: 'an object that is not plain data' };
  const properties: VProperty[] = [];
  for (const key of Object.keys(value)) {
    properties.push({ key, value: fromValue((value as Record<string, unknown>)[key], depth + 1) });
  }
  return { kind: 'object', properties };
}

export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

/**
 * A fresh plain copy of a node for opaque parts of the scenario (policy documents, tags): every key
 * becomes an own data property, so a `__proto__` key cannot replace the prototype of the result.
 */
export function toPlain(node: VNode): PlainJson {
  switch (node.kind) {
    case 'object': {
      const result: { [key: string]: PlainJson } = {};
      for (const property of node.properties) {
        Object.defineProperty(result, property.key, {
          value: toPlain(property.value),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return node.items.map(toPlain);
    case 'null':
    case 'other':
      return null;
    default:
      return node.value;
  }
}

/** The first non-JSON value inside a node, with its path, or undefined when all of it is JSON. */
export function findNonJson(
  node: VNode,
  path: string,
): { node: VNode & { kind: 'other' }; path: string } | undefined {
  if (node.kind === 'other') return { node, path };
  if (node.kind === 'array') {
    for (let i = 0; i < node.items.length; i++) {
      const found = findNonJson(node.items[i] as VNode, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (node.kind === 'object') {
    for (const property of node.properties) {
      const found = findNonJson(property.value, joinPath(path, property.key));
      if (found) return found;
    }
  }
  return undefined;
}

const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;

/** `roles[2].trustPolicy`; keys that are not identifiers in brackets: `tags["cost center"]`. */
export function joinPath(path: string, key: string): string {
  if (IDENTIFIER_RE.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** The path of the innermost node whose range holds `offset`, for parse errors inside the scenario. */
export function pathAtOffset(node: VNode, offset: number, path = ''): string {
  if (node.kind === 'object') {
    for (const property of node.properties) {
      const r = property.value.range;
      const k = property.keyRange;
      const inKey = k !== undefined && offset >= k.start.offset && offset < k.end.offset;
      if (inKey || (r !== undefined && offset >= r.start.offset && offset < r.end.offset)) {
        return inKey
          ? joinPath(path, property.key)
          : pathAtOffset(property.value, offset, joinPath(path, property.key));
      }
    }
  } else if (node.kind === 'array') {
    for (let i = 0; i < node.items.length; i++) {
      const r = node.items[i]?.range;
      if (r !== undefined && offset >= r.start.offset && offset < r.end.offset) {
        return pathAtOffset(node.items[i] as VNode, offset, indexPath(path, i));
      }
    }
  }
  return path;
}
