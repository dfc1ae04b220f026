/**
 * Checks a scenario tree against the schema (scenarioSchema.ts) and reports every problem with its
 * JSON path and, for text, its range. valibot checks the plain data; a walk over the tree beside
 * it adds what plain data cannot show or valibot leaves out: every unknown property (valibot names
 * only the first) with a suggestion, duplicate keys, a list where an object belongs (valibot takes
 * arrays for objects), values JSON cannot hold inside policy documents, and the keys valibot skips
 * in records (`__proto__`, `constructor`, `prototype`).
 */
import * as v from 'valibot';
import { editDistance } from '../../foundation/editDistance';
import type { SourceRange } from '../../foundation/types';
import type { ProblemLog } from './problemLog';
import { describeNode, findNonJson, indexPath, joinPath, toPlain, type VNode } from './vnode';

/** The parts of a valibot schema the walk reads. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  getter?: (input: unknown) => SchemaNode;
  key?: SchemaNode;
  value?: SchemaNode;
}

type Issue = v.BaseIssue<unknown>;

interface Located {
  node: VNode;
  keyRange?: SourceRange;
}

/** Keys valibot's records skip as unsafe; they are checked one by one here. */
const SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function unwrap(schema: SchemaNode): SchemaNode {
  let s = schema;
  for (;;) {
    if (s.type === 'exact_optional' && s.wrapped) s = s.wrapped;
    else if (s.type === 'lazy' && s.getter) s = s.getter(undefined);
    else return s;
  }
}

/** The message a schema gives for a value of the wrong kind ("expected a role (an object)"). */
function typeMessage(schema: SchemaNode): string {
  const result = v.safeParse(schema as unknown as v.GenericSchema, null);
  return result.issues?.[0]?.message ?? 'wrong type';
}

type PathItem = NonNullable<Issue['path']>[number];

function issuePath(base: string, items: readonly PathItem[]): string {
  let path = base;
  for (const item of items) {
    path = item.type === 'array' ? indexPath(path, Number(item.key)) : joinPath(path, String(item.key));
  }
  return path;
}

class TreeCheck {
  /**
   * Where the few issues found apart from the main parse sit (walkRecord). valibot's own issues are
   * located afterwards from their path (`resolve`): recording every node's place as the walk went
   * cost a large scenario a map entry and a path string per value, for the rare file with a problem.
   */
  private readonly extraAt = new Map<string, Located>();
  /** Paths already reported as the wrong kind: valibot's problems inside them only repeat it. */
  private readonly broken = new Set<string>();
  /** Issues found apart from the main parse, at `base`; `key` when about the key itself. */
  private readonly extra: { base: string; issue: Issue; key?: boolean }[] = [];

  constructor(
    private readonly r: ProblemLog,
    private readonly root: VNode,
  ) {}

  /** The node at `items` below `from` (the last of equal keys, which is the one the data holds). */
  private resolve(from: Located | undefined, items: readonly PathItem[]): Located | undefined {
    let at = from;
    for (const item of items) {
      const node = at?.node;
      if (node?.kind === 'array') {
        const child = node.items[Number(item.key)];
        at = child && { node: child };
      } else if (node?.kind === 'object') {
        const property = node.properties.findLast((p) => p.key === String(item.key));
        at =
          property &&
          (property.keyRange
            ? { node: property.value, keyRange: property.keyRange }
            : { node: property.value });
      } else return undefined;
    }
    return at;
  }

  walk(schema: SchemaNode, node: VNode, path: string): void {
    const s = unwrap(schema);
    if (s.type === 'unknown') {
      const bad = findNonJson(node, path);
      if (bad) this.r.error(bad.path, bad.node, `${bad.node.description} is not JSON data`);
      return;
    }
    if (node.kind === 'array') {
      if (s.type === 'array' && s.item) {
        node.items.forEach((item, i) => this.visit(s.item as SchemaNode, item, indexPath(path, i)));
      } else if (s.type === 'strict_object' || s.type === 'record') {
        this.broken.add(path);
        this.r.error(path, node, `${typeMessage(s)}, found an array`);
      }
      return;
    }
    if (node.kind !== 'object') return;
    if (s.type === 'strict_object' && s.entries) this.walkObject(s, s.entries, node, path);
    else if (s.type === 'record' && s.key && s.value) this.walkRecord(s.key, s.value, node, path);
  }

  private visit(schema: SchemaNode, node: VNode, path: string): void {
    if (node.range) this.r.setRange(path, node.range);
    this.walk(schema, node, path);
  }

  private walkObject(
    s: SchemaNode,
    entries: Record<string, SchemaNode>,
    node: VNode & { kind: 'object' },
    path: string,
  ): void {
    const seen = new Set<string>();
    for (const property of node.properties) {
      const childPath = joinPath(path, property.key);
      if (!Object.hasOwn(entries, property.key)) {
        const known = Object.keys(entries);
        const near = known.find(
          (k) => k.toLowerCase() === property.key.toLowerCase() || editDistance(k, property.key, 2) <= 2,
        );
        const what = typeMessage(s)
          .replace(/^expected /, '')
          .replace(/ \(an object\)$/, '');
        this.r.report(
          'error',
          childPath,
          property.keyRange ?? property.value.range,
          `unknown property of ${what}${near ? `; did you mean "${near}"?` : ''}`,
        );
        continue;
      }
      if (seen.has(property.key)) {
        this.r.report(
          'warning',
          childPath,
          property.keyRange,
          `"${property.key}" appears twice; the last one wins`,
        );
      }
      seen.add(property.key);
      this.visit(entries[property.key] as SchemaNode, property.value, childPath);
    }
  }

  private walkRecord(
    key: SchemaNode,
    value: SchemaNode,
    node: VNode & { kind: 'object' },
    path: string,
  ): void {
    for (const property of node.properties) {
      const childPath = joinPath(path, property.key);
      this.visit(value, property.value, childPath);
      if (!SKIPPED_KEYS.has(property.key)) continue;
      this.extraAt.set(
        childPath,
        property.keyRange ? { node: property.value, keyRange: property.keyRange } : { node: property.value },
      );
      const asSchema = (x: SchemaNode) => x as unknown as v.GenericSchema;
      const keyIssues = v.safeParse(asSchema(key), property.key).issues ?? [];
      for (const issue of keyIssues) this.extra.push({ base: childPath, issue, key: true });
      for (const issue of v.safeParse(asSchema(value), toPlain(property.value)).issues ?? [])
        this.extra.push({ base: childPath, issue });
    }
  }

  /** Whether `path` or a path above it was reported as the wrong kind. */
  private isBroken(path: string): boolean {
    if (this.broken.size === 0) return false;
    for (let i = 1; i <= path.length; i++) {
      const end = i === path.length || path[i] === '.' || path[i] === '[';
      if (end && this.broken.has(path.slice(0, i))) return true;
    }
    return false;
  }

  /** Turns valibot's issues into located problems, in the validator's words. */
  report(issues: readonly Issue[]): void {
    const done = new Set<string>();
    const all = [...issues.map((issue) => ({ base: '', issue, key: false })), ...this.extra];
    for (const { base, issue, key } of all) {
      // Unknown keys are reported by the walk, all of them and with suggestions.
      if (issue.type === 'strict_object' && issue.expected === 'never') continue;
      const path = issuePath(base, issue.path ?? []);
      if (this.isBroken(path)) continue;
      const missing = issue.type === 'strict_object' && issue.expected?.startsWith('"') === true;
      const from = base === '' ? { node: this.root } : this.extraAt.get(base);
      const at = this.resolve(from, issue.path ?? []);
      let range: SourceRange | undefined;
      if (missing) {
        // A zero-width range at the opening brace: highlighting the whole object would cover the file.
        const start = this.resolve(from, issue.path?.slice(0, -1) ?? [])?.node.range?.start;
        range = start && { start, end: start };
      } else if (key || issue.path?.at(-1)?.origin === 'key') {
        range = at?.keyRange ?? at?.node.range;
      } else range = at?.node.range;
      let message = issue.message;
      if (!missing && at) {
        if (message.startsWith('expected ')) message += `, found ${describeNode(at.node)}`;
        else if (message.startsWith('must be one of ')) message += `, not ${describeNode(at.node)}`;
      }
      const id = `${path}\n${message}`;
      if (done.has(id)) continue;
      done.add(id);
      this.r.report('error', path, range, message);
    }
  }
}

/**
 * Whether JSON data valibot accepted also has none of what valibot lets through: an array where an
 * object or record belongs, a key records skip. Then the located walk (with its path per value) has
 * nothing to add for data read from JSON text, where values are JSON and keys already merged.
 */
export function plainIsSound(schema: SchemaNode, value: unknown): boolean {
  const s = unwrap(schema);
  if (typeof value !== 'object' || value === null) return true;
  // Loops rather than every() over entries: this walks every value of a file of many megabytes,
  // and a pair array per property was most of its cost.
  if (s.type === 'array' && s.item) {
    if (!Array.isArray(value)) return false;
    for (const x of value as unknown[]) if (!plainIsSound(s.item, x)) return false;
    return true;
  }
  if (s.type === 'strict_object' && s.entries) {
    if (Array.isArray(value)) return false;
    for (const k of Object.keys(value)) {
      const entry = Object.hasOwn(s.entries, k) ? s.entries[k] : undefined;
      if (entry && !plainIsSound(entry, (value as Record<string, unknown>)[k])) return false;
    }
    return true;
  }
  if (s.type === 'record' && s.value) {
    if (Array.isArray(value)) return false;
    for (const k of Object.keys(value)) {
      if (SKIPPED_KEYS.has(k)) return false;
      if (!plainIsSound(s.value, (value as Record<string, unknown>)[k])) return false;
    }
    return true;
  }
  // Policy documents (unknown) and other values: what valibot decided stands.
  return true;
}

/** Checks `node` against `schema`, reporting to `r`; true when the schema found no error. */
export function checkTree(r: ProblemLog, schema: v.GenericSchema, node: VNode): boolean {
  const check = new TreeCheck(r, node);
  if (node.range) r.setRange('', node.range);
  const before = r.errorCount();
  const first = r.problems.length;
  check.walk(schema, node, '');
  const result = v.safeParse(schema, toPlain(node), { abortEarly: false, abortPipeEarly: false });
  check.report(result.issues ?? []);
  // The walk and valibot each report in their own order; the reader wants the file's.
  r.sortFrom(first);
  return r.errorCount() === before;
}
