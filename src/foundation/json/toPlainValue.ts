import type { JsonNode } from './parseJson';

export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

/**
 * Builds the plain value JSON.parse would give (the last duplicate key wins), except that every
 * key becomes an own data property: assigning `obj["__proto__"] = x` would instead replace the
 * prototype, and policies from untrusted share links must not be able to do that.
 */
export function toPlainValue(node: JsonNode): PlainJson {
  switch (node.kind) {
    case 'object': {
      const result: { [key: string]: PlainJson } = {};
      for (const property of node.properties) {
        const value = toPlainValue(property.value);
        // Only `__proto__` is an accessor on a plain object; defining every key costs 5× an assignment.
        if (property.key === '__proto__')
          Object.defineProperty(result, property.key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        else result[property.key] = value;
      }
      return result;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
