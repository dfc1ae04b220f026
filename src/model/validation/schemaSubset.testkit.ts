/**
 * Just enough of JSON Schema 2020-12 to check schema/scenario.schema.json against values in tests,
 * without a schema library: local $ref, type, const, enum, pattern, minLength, maxLength, minimum,
 * maximum, required, properties, additionalProperties, items and propertyNames. Any other keyword
 * makes it throw, so the schema cannot grow a rule this check silently ignores.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'propertyNames',
]);

const typeOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number' && Number.isInteger(v)
        ? 'integer'
        : typeof v;

/** Paths (in the validator's notation) where `value` breaks `schema`. */
export function schemaErrors(root: Schema, value: unknown, schema: Schema = root, path = ''): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
  if (typeof schema.$ref === 'string') {
    const target = (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')];
    if (!target) throw new Error(`unknown $ref ${schema.$ref}`);
    errors.push(...schemaErrors(root, value, target, path));
  }
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) return [...errors, path];
  }
  if ('const' in schema && value !== schema.const) errors.push(path);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(path);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(path);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(path);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(path);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(path);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(path);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) =>
      errors.push(...schemaErrors(root, item, schema.items as Schema, `${path}[${i}]`)),
    );
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const join = (k: string) =>
      /^[A-Za-z_$][\w$]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
    for (const req of (schema.required ?? []) as string[])
      if (!Object.hasOwn(obj, req)) errors.push(join(req));
    for (const key of Object.keys(obj)) {
      if (schema.propertyNames)
        errors.push(...schemaErrors(root, key, schema.propertyNames as Schema, join(key)));
      const sub = Object.hasOwn(props, key) ? props[key] : undefined;
      if (sub) errors.push(...schemaErrors(root, obj[key], sub, join(key)));
      else if (schema.additionalProperties === false) errors.push(join(key));
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...schemaErrors(root, obj[key], schema.additionalProperties as Schema, join(key)));
      }
    }
  }
  return errors;
}

/** Every (def name, path) where a value is checked against a `$defs` entry, for coverage checks. */
export function defInstances(
  root: Schema,
  value: unknown,
  schema: Schema = root,
  path = '',
  out: { def: string; path: string; value: unknown }[] = [],
) {
  if (typeof schema.$ref === 'string') {
    const def = schema.$ref.replace('#/$defs/', '');
    out.push({ def, path, value });
    defInstances(root, value, (root.$defs as Record<string, Schema>)[def] ?? {}, path, out);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((v, i) => defInstances(root, v, schema.items as Schema, `${path}[${i}]`, out));
  if (typeOf(value) === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [k, v] of Object.entries(value as object)) {
      const sub = Object.hasOwn(props, k)
        ? props[k]
        : typeof schema.additionalProperties === 'object'
          ? (schema.additionalProperties as Schema)
          : undefined;
      const p = /^[A-Za-z_$][\w$]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
      if (sub) defInstances(root, v, sub, p, out);
    }
  }
  return out;
}
