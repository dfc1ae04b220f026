/**
 * The primitives of scenario validation: read one node as an object of a known shape, a string of
 * a known format, a number in a range, and so on, reporting what is wrong with its path and (for
 * text) its range. Readers return fresh values built from checked fields only, never the input.
 */
import type { SourceRange } from '../../engine/types';
import { describePattern, explainMismatch, PATTERNS, type PatternName } from './patterns';
import { findNonJson, indexPath, joinPath, toPlain, type VNode, type VProperty } from './vnode';
import { editDistance } from '../../engine/editDistance';

export interface ScenarioProblem {
  /** JSON path of the offending value, e.g. `roles[2].trustPolicy`; '' is the whole document. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** Where it is in the text; only when validating text. */
  range?: SourceRange;
}

export interface Shape {
  /** For messages: "a role". */
  what: string;
  required: readonly string[];
  optional: readonly string[];
}

/** Beyond this many problems the rest are counted, not listed: nobody reads 100 000 of them. */
export const MAX_PROBLEMS = 500;

export type Fields = Map<string, { node: VNode; path: string }>;

export function describeNode(node: VNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return JSON.stringify(node.value.length > 60 ? `${node.value.slice(0, 57)}...` : node.value);
    case 'number':
      return String(node.value);
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    default:
      return node.description;
  }
}

export class Reader {
  readonly problems: ScenarioProblem[] = [];
  private suppressed = { errors: 0, warnings: 0 };
  private readonly ranges = new Map<string, SourceRange>();
  /** Where each object built by a reader came from, so cross-reference checks can point at it. */
  private readonly origins = new WeakMap<object, string>();

  report(
    severity: ScenarioProblem['severity'],
    path: string,
    range: SourceRange | undefined,
    message: string,
  ): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.suppressed[severity === 'error' ? 'errors' : 'warnings']++;
      return;
    }
    const problem: ScenarioProblem = { path, message: `${path || 'The scenario'}: ${message}`, severity };
    if (range) problem.range = range;
    this.problems.push(problem);
  }

  error(path: string, node: VNode | undefined, message: string): void {
    this.report('error', path, node?.range, message);
  }

  /** For cross-reference checks, which only know paths: the range recorded while reading. */
  at(severity: ScenarioProblem['severity'], path: string, message: string): void {
    this.report(severity, path, this.ranges.get(path), message);
  }

  remember<T extends object>(value: T, path: string): T {
    this.origins.set(value, path);
    return value;
  }

  pathOf(value: object): string {
    return this.origins.get(value) ?? '';
  }

  finish(): ScenarioProblem[] {
    const { errors, warnings } = this.suppressed;
    if (errors + warnings > 0) {
      this.problems.push({
        path: '',
        severity: errors > 0 ? 'error' : 'warning',
        message: `The scenario: ${errors + warnings} more problems (${errors} errors, ${warnings} warnings) are not listed`,
      });
    }
    return this.problems;
  }

  /** Checks kind, unknown, duplicate and missing properties; returns the fields by name. */
  object(node: VNode, path: string, shape: Shape): Fields | undefined {
    if (node.range) this.ranges.set(path, node.range);
    if (node.kind !== 'object') {
      this.error(path, node, `expected ${shape.what} (an object), found ${describeNode(node)}`);
      return undefined;
    }
    const known = new Set([...shape.required, ...shape.optional]);
    const fields: Fields = new Map();
    const seen = new Map<string, VProperty>();
    for (const property of node.properties) {
      const childPath = joinPath(path, property.key);
      if (property.value.range) this.ranges.set(childPath, property.value.range);
      if (!known.has(property.key)) {
        const near = [...known].find(
          (k) => k.toLowerCase() === property.key.toLowerCase() || editDistance(k, property.key, 2) <= 2,
        );
        this.report(
          'error',
          childPath,
          property.keyRange ?? property.value.range,
          `unknown property of ${shape.what}${near ? `; did you mean "${near}"?` : ''}`,
        );
        continue;
      }
      if (seen.has(property.key)) {
        this.report(
          'warning',
          childPath,
          property.keyRange,
          `"${property.key}" appears twice; the last one wins`,
        );
      }
      seen.set(property.key, property);
      fields.set(property.key, { node: property.value, path: childPath });
    }
    for (const key of shape.required) {
      if (fields.has(key)) continue;
      // A zero-width range at the opening brace: highlighting the whole object would cover the file.
      const start = node.range?.start;
      this.report(
        'error',
        joinPath(path, key),
        start && { start, end: start },
        `missing; ${shape.what} must have "${key}"`,
      );
    }
    return fields;
  }

  /** Reads each item; the result is undefined unless every item was read, so indices stay the input's. */
  array<T>(
    field: { node: VNode; path: string } | undefined,
    read: (node: VNode, path: string) => T | undefined,
  ): T[] | undefined {
    if (!field) return undefined;
    const { node, path } = field;
    if (node.kind !== 'array') {
      this.error(path, node, `expected an array, found ${describeNode(node)}`);
      return undefined;
    }
    const result: T[] = [];
    let ok = true;
    node.items.forEach((item, i) => {
      const itemPath = indexPath(path, i);
      if (item.range) this.ranges.set(itemPath, item.range);
      const value = read(item, itemPath);
      if (value === undefined) ok = false;
      else result.push(value);
    });
    return ok ? result : undefined;
  }

  /** A string, optionally matching a pattern; `oneOf` lists the allowed values of an enumeration. */
  string(
    field: { node: VNode; path: string } | undefined,
    options: { pattern?: PatternName; nonEmpty?: boolean; oneOf?: readonly string[] } = {},
  ): string | undefined {
    if (!field) return undefined;
    return this.stringNode(field.node, field.path, options);
  }

  stringNode(
    node: VNode,
    path: string,
    options: { pattern?: PatternName; nonEmpty?: boolean; oneOf?: readonly string[] } = {},
  ): string | undefined {
    if (node.kind !== 'string') {
      const expected = options.pattern ? describePattern(options.pattern) : 'a string';
      this.error(path, node, `expected ${expected}, found ${describeNode(node)}`);
      return undefined;
    }
    if (options.nonEmpty && node.value === '') {
      this.error(path, node, 'must not be empty');
      return undefined;
    }
    if (options.pattern && !PATTERNS[options.pattern].test(node.value)) {
      this.error(path, node, explainMismatch(options.pattern, node.value));
      return undefined;
    }
    if (options.oneOf && !options.oneOf.includes(node.value)) {
      this.error(
        path,
        node,
        `must be one of ${options.oneOf.map((v) => `"${v}"`).join(', ')}, not ${describeNode(node)}`,
      );
      return undefined;
    }
    return node.value;
  }

  strings(field: { node: VNode; path: string } | undefined, pattern?: PatternName): string[] | undefined {
    return this.array(field, (node, path) => this.stringNode(node, path, pattern ? { pattern } : {}));
  }

  boolean(field: { node: VNode; path: string } | undefined): boolean | undefined {
    if (!field) return undefined;
    if (field.node.kind === 'boolean') return field.node.value;
    this.error(field.path, field.node, `expected true or false, found ${describeNode(field.node)}`);
    return undefined;
  }

  integer(field: { node: VNode; path: string } | undefined, min: number, max: number): number | undefined {
    if (!field) return undefined;
    const { node, path } = field;
    if (node.kind !== 'number' || !Number.isInteger(node.value) || node.value < min || node.value > max) {
      this.error(path, node, `expected a whole number from ${min} to ${max}, found ${describeNode(node)}`);
      return undefined;
    }
    return node.value;
  }

  /** A policy document: a JSON object, or a string holding one (as the AWS CLI returns them). */
  document(field: { node: VNode; path: string } | undefined): unknown {
    if (!field) return undefined;
    const { node, path } = field;
    if (node.kind !== 'object' && node.kind !== 'string') {
      this.error(
        path,
        node,
        `expected a policy document (an object or a JSON string), found ${describeNode(node)}`,
      );
      return undefined;
    }
    const bad = findNonJson(node, path);
    if (bad) {
      this.error(bad.path, bad.node, `${bad.node.description} is not JSON data`);
      return undefined;
    }
    return toPlain(node);
  }

  /** Tags: string keys (1–128 characters) to string values (up to 256), as IAM allows. */
  tags(field: { node: VNode; path: string } | undefined): Record<string, string> | undefined {
    if (!field) return undefined;
    const { node, path } = field;
    if (node.kind !== 'object') {
      this.error(path, node, `expected tags (an object of strings), found ${describeNode(node)}`);
      return undefined;
    }
    let ok = true;
    for (const property of node.properties) {
      const tagPath = joinPath(path, property.key);
      if (property.key.length < 1 || property.key.length > 128) {
        this.report('error', tagPath, property.keyRange, 'tag keys have 1 to 128 characters');
        ok = false;
      }
      if (property.value.kind !== 'string' || property.value.value.length > 256) {
        this.error(
          tagPath,
          property.value,
          `expected a tag value (a string of up to 256 characters), found ${describeNode(property.value)}`,
        );
        ok = false;
      }
    }
    return ok ? (toPlain(node) as Record<string, string>) : undefined;
  }
}
