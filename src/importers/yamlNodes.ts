/**
 * Parses multi-document YAML and converts each document into the engine's located JSON node shape,
 * so the Kubernetes importer reads fields, paths and line/column exactly as the JSON importers do.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import type { JsonNode, JsonProperty } from '../foundation/json/parseJson';
import { createPositionLookup, rangeOf, type PositionAt } from '../foundation/json/positions';
import type { SourceRange } from '../foundation/types';
import type { ImportProblemCode, ImportProblemParams } from './types';

export interface YamlDocument {
  /** Absent for an empty document or one with syntax errors. */
  value?: JsonNode;
  /** 0-based position in the stream, for `documents[i]` paths. */
  index: number;
}

/** What is wrong with a YAML document, as an import problem's code; the importer adds which document. */
export interface YamlProblem {
  code: Extract<ImportProblemCode, `yaml-${string}`>;
  params: ImportProblemParams;
  line: number;
  column: number;
  documentIndex: number;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  errors: YamlProblem[];
}

/** Real manifests nest a dozen levels; the cap keeps hostile input far from the stack limit. */
const MAX_DEPTH = 128;

export function parseYamlDocuments(text: string): ParsedYaml {
  const positionAt = createPositionLookup(text);
  const documents: YamlDocument[] = [];
  const errors: YamlProblem[] = [];
  let parsed: Document.Parsed[];
  try {
    // uniqueKeys reports duplicate keys; the core schema avoids YAML 1.1 surprises such as `no` → false.
    parsed = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false }) as Document.Parsed[];
  } catch (e) {
    errors.push({
      code: 'yaml-unreadable',
      params: { detail: String(e) },
      line: 1,
      column: 1,
      documentIndex: 0,
    });
    return { documents, errors };
  }
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const p = positionAt(error.pos[0]);
        // The yaml library's own English sentence, with its error code beside it.
        errors.push({
          code: 'yaml-syntax',
          params: { detail: error.message.split('\n')[0] ?? error.message, yamlCode: error.code },
          line: p.line,
          column: p.column,
          documentIndex: index,
        });
      }
      documents.push({ index });
      return;
    }
    const converter = new Converter(doc, positionAt);
    const value = doc.contents === null ? undefined : converter.convert(doc.contents, 0);
    for (const problem of converter.problems) {
      errors.push({ ...problem, line: 1, column: 1, documentIndex: index });
    }
    documents.push(value === undefined ? { index } : { value, index });
  });
  return { documents, errors };
}

class Converter {
  readonly problems: Pick<YamlProblem, 'code' | 'params'>[] = [];
  /** Aliases resolve to the same converted node, so `*a` repeated cannot blow up the tree. */
  private readonly memo = new Map<unknown, JsonNode>();
  private readonly active = new Set<unknown>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly positionAt: PositionAt,
  ) {}

  private rangeOfNode(node: unknown): SourceRange {
    const range = (node as { range?: [number, number, number] | null }).range;
    return rangeOf(this.positionAt, range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0);
  }

  convert(node: unknown, depth: number): JsonNode {
    const range = this.rangeOfNode(node);
    if (depth > MAX_DEPTH) {
      this.problems.push({ code: 'yaml-too-deep', params: { depth: MAX_DEPTH } });
      return { kind: 'null', range };
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined || this.active.has(target)) return { kind: 'null', range };
      return this.convert(target, depth + 1);
    }
    const cached = this.memo.get(node);
    if (cached) return cached;
    this.active.add(node);
    const result = this.convertFresh(node, range, depth);
    this.active.delete(node);
    this.memo.set(node, result);
    return result;
  }

  private convertFresh(node: unknown, range: SourceRange, depth: number): JsonNode {
    if (isMap(node)) {
      const properties: JsonProperty[] = [];
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (key !== null && typeof key === 'object') {
          this.problems.push({ code: 'yaml-complex-key', params: {} });
          continue;
        }
        const keyRange = this.rangeOfNode(pair.key ?? node);
        const value: JsonNode =
          pair.value === null || pair.value === undefined
            ? { kind: 'null', range: keyRange }
            : this.convert(pair.value, depth + 1);
        properties.push({ key: String(key), keyRange, value });
      }
      return { kind: 'object', properties, range };
    }
    if (isSeq(node)) {
      return {
        kind: 'array',
        items: node.items.map((item) =>
          item === null ? { kind: 'null', range } : this.convert(item, depth + 1),
        ),
        range,
      };
    }
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'string') return { kind: 'string', value, range };
      if (typeof value === 'number' || typeof value === 'bigint') {
        return { kind: 'number', value: Number(value), raw: String(value), range };
      }
      if (typeof value === 'boolean') return { kind: 'boolean', value, range };
      // Only YAML 1.1 timestamps and binaries land here; none of the fields we read takes them.
      return { kind: 'null', range };
    }
    return { kind: 'null', range };
  }
}
