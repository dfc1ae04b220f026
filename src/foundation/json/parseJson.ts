/**
 * A strict RFC 8259 parser that keeps the location of every node, because JSON.parse gives
 * neither ranges nor duplicate keys, and its messages are not ones a policy author can act on.
 *
 * Mistakes people really make (trailing commas, comments, single quotes, unquoted keys, missing
 * commas, bad escapes) are reported and then skipped, so the policy layer can still check the
 * rest. Anything else stops the parse and the result has no value.
 */
import type { Diagnostic, SourceRange } from '../types';
import {
  makeJsonDiagnostic,
  type JsonDiagnosticArgs,
  type JsonDiagnosticKey,
  type JsonExpected,
  type JsonFoundCharacter,
  type JsonNumberFault,
} from './jsonDiagnostics';
import { createPositionLookup, rangeOf, type PositionAt } from './positions';

export { toPlainValue, type PlainJson } from './toPlainValue';

export interface JsonProperty {
  key: string;
  keyRange: SourceRange;
  value: JsonNode;
}
export interface JsonObject {
  kind: 'object';
  properties: JsonProperty[];
  range: SourceRange;
}
export interface JsonArray {
  kind: 'array';
  items: JsonNode[];
  range: SourceRange;
}
export interface JsonString {
  kind: 'string';
  value: string;
  range: SourceRange;
}
export interface JsonNumber {
  kind: 'number';
  value: number;
  raw: string;
  range: SourceRange;
}
export interface JsonBoolean {
  kind: 'boolean';
  value: boolean;
  range: SourceRange;
}
export interface JsonNull {
  kind: 'null';
  range: SourceRange;
}
export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

export interface ParseJsonResult {
  value?: JsonNode;
  diagnostics: Diagnostic[];
}

/** Real policies nest about six levels; the cap keeps recursion far from the engine's stack limit. */
export const MAX_JSON_DEPTH = 256;

/** Thrown inside the parser only, to unwind after an error it cannot recover from. */
class Abort extends Error {}

const NUMBER_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const NUMBER_CHAR_RE = /[0-9+\-.eE]/;
const WORD_CHAR_RE = /[A-Za-z0-9_$]/;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const CURLY_QUOTES = new Set([0x201c, 0x201d, 0x2018, 0x2019]);

function isOddWhitespace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function codePointLabel(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function parseJson(text: string): ParseJsonResult {
  const diagnostics: Diagnostic[] = [];
  const positionAt: PositionAt = createPositionLookup(text);
  const len = text.length;
  // A byte-order mark is allowed to be ignored by RFC 8259 §8.1 and editors add it silently.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const range = (start: number, end: number): SourceRange => rangeOf(positionAt, start, end);
  const report = <K extends JsonDiagnosticKey>(
    key: K,
    start: number,
    end: number,
    ...args: JsonDiagnosticArgs<K>
  ): void => {
    diagnostics.push(makeJsonDiagnostic(key, range(start, end), args));
  };
  const fail = <K extends JsonDiagnosticKey>(
    key: K,
    start: number,
    end: number,
    ...args: JsonDiagnosticArgs<K>
  ): never => {
    report(key, start, end, ...args);
    throw new Abort();
  };
  const describeAt = (at: number): JsonFoundCharacter => {
    const cp = text.codePointAt(at) ?? 0;
    return cp > 0x20 && cp !== 0x7f ? { char: String.fromCodePoint(cp) } : { codePoint: codePointLabel(cp) };
  };
  const charWidth = (at: number): number => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  const openedAt = (at: number): { line: number; column: number } => {
    const p = positionAt(at);
    return { line: p.line, column: p.column };
  };
  const closing = (container: 'object' | 'array', at: number): JsonExpected => ({
    kind: 'commaOrClose',
    container,
    ...openedAt(at),
  });

  function skipTrivia(): void {
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
        pos++;
      } else if (c === 0x2f && text.charCodeAt(pos + 1) === 0x2f) {
        const start = pos;
        while (pos < len && text.charCodeAt(pos) !== 0x0a && text.charCodeAt(pos) !== 0x0d) pos++;
        report('JSON_COMMENT', start, pos);
      } else if (c === 0x2f && text.charCodeAt(pos + 1) === 0x2a) {
        const start = pos;
        const close = text.indexOf('*/', pos + 2);
        if (close < 0) fail('JSON_UNEXPECTED_END', start, len, { kind: 'commentClose' });
        pos = close + 2;
        report('JSON_COMMENT', start, pos);
      } else if (isOddWhitespace(c)) {
        report('JSON_NONSTANDARD_WHITESPACE', pos, pos + 1, codePointLabel(c));
        pos++;
      } else {
        return;
      }
    }
  }

  function parseString(quote: number): JsonString {
    const start = pos;
    pos++;
    let value = '';
    let chunk = pos;
    for (;;) {
      if (pos >= len) fail('JSON_UNTERMINATED_STRING', start, len);
      const c = text.charCodeAt(pos);
      if (c === quote) {
        value += text.slice(chunk, pos);
        pos++;
        return { kind: 'string', value, range: range(start, pos) };
      }
      if (c === 0x0a || c === 0x0d) fail('JSON_UNTERMINATED_STRING', start, pos);
      if (c === 0x5c) {
        value += text.slice(chunk, pos);
        const esc = text[pos + 1];
        if (esc === undefined) fail('JSON_UNTERMINATED_STRING', start, len);
        if (esc === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (/^[0-9a-fA-F]{4}$/.test(hex)) {
            value += String.fromCharCode(parseInt(hex, 16));
            pos += 6;
          } else {
            const shown = text.slice(pos, pos + 6).split(/[\r\n"]/)[0] ?? '\\u';
            report('JSON_BAD_ESCAPE', pos, pos + shown.length, shown);
            pos += 2;
          }
        } else {
          const decoded = ESCAPES[esc ?? ''];
          if (decoded === undefined) {
            report('JSON_BAD_ESCAPE', pos, pos + 2, `\\${esc ?? ''}`);
            value += esc;
          } else {
            value += decoded;
          }
          pos += 2;
        }
        chunk = pos;
        continue;
      }
      if (c < 0x20) report('JSON_CONTROL_CHARACTER', pos, pos + 1, codePointLabel(c));
      pos++;
    }
  }

  function parseNumber(): JsonNumber {
    const start = pos;
    while (pos < len && NUMBER_CHAR_RE.test(text[pos] ?? '')) pos++;
    const raw = text.slice(start, pos);
    if (!NUMBER_RE.test(raw)) {
      const digits = raw.replace(/^-/, '');
      const fault: JsonNumberFault = raw.startsWith('+')
        ? 'plusSign'
        : digits.startsWith('.')
          ? 'leadingDot'
          : /^0\d/.test(digits)
            ? 'leadingZero'
            : /\.(?:$|[eE])/.test(digits)
              ? 'noFractionDigits'
              : 'invalid';
      report('JSON_INVALID_NUMBER', start, pos, raw, fault);
    }
    const value = Number(raw);
    return { kind: 'number', value: Number.isNaN(value) ? 0 : value, raw, range: range(start, pos) };
  }

  function parseWord(): JsonNode {
    const start = pos;
    while (pos < len && WORD_CHAR_RE.test(text[pos] ?? '')) pos++;
    const word = text.slice(start, pos);
    const r = range(start, pos);
    if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true', range: r };
    if (word === 'null') return { kind: 'null', range: r };
    const lower = word.toLowerCase();
    // Catches True/FALSE (Python, YAML), truncated words (tru) and other languages' nulls.
    const suggestion =
      ['true', 'false', 'null'].find((literal) => literal.startsWith(lower)) ??
      (lower === 'none' || lower === 'nil' || lower === 'undefined' ? 'null' : undefined);
    return fail('JSON_INVALID_LITERAL', start, pos, word, suggestion);
  }

  /** Reads an object key; the position is on its first character. */
  function parseKey(objectStart: number): JsonString {
    const c = text.charCodeAt(pos);
    if (c === 0x22) return parseString(0x22);
    if (c === 0x27) {
      const key = parseString(0x27);
      report('JSON_SINGLE_QUOTE', key.range.start.offset, key.range.end.offset);
      return key;
    }
    if (CURLY_QUOTES.has(c)) fail('JSON_CURLY_QUOTE', pos, pos + 1);
    if (/[A-Za-z_$]/.test(text[pos] ?? '')) {
      const start = pos;
      while (pos < len && /[A-Za-z0-9_$-]/.test(text[pos] ?? '')) pos++;
      const key = text.slice(start, pos);
      report('JSON_UNQUOTED_KEY', start, pos, key);
      return { kind: 'string', value: key, range: range(start, pos) };
    }
    if (pos >= len) fail('JSON_UNEXPECTED_END', len, len, { kind: 'nameOrClose', ...openedAt(objectStart) });
    return fail('JSON_UNEXPECTED_CHARACTER', pos, pos + charWidth(pos), describeAt(pos), {
      kind: 'propertyName',
    });
  }

  function parseObject(depth: number): JsonObject {
    const start = pos;
    pos++;
    const properties: JsonProperty[] = [];
    skipTrivia();
    if (text.charCodeAt(pos) === 0x7d) {
      pos++;
      return { kind: 'object', properties, range: range(start, pos) };
    }
    for (;;) {
      skipTrivia();
      const key = parseKey(start);
      skipTrivia();
      if (text.charCodeAt(pos) !== 0x3a) {
        if (pos >= len) fail('JSON_UNEXPECTED_END', len, len, { kind: 'colon', key: key.value });
        fail('JSON_MISSING_COLON', pos, pos + charWidth(pos), key.value);
      }
      pos++;
      const value = parseValue(depth);
      properties.push({ key: key.value, keyRange: key.range, value });
      if (closedAfterElement('object', start)) break;
    }
    return { kind: 'object', properties, range: range(start, pos) };
  }

  /**
   * After an object's property or an array's item: a comma (a trailing one is reported), the
   * closing bracket, or a missing comma before the next element. True when the container closed.
   */
  function closedAfterElement(container: 'object' | 'array', start: number): boolean {
    const close = container === 'object' ? 0x7d : 0x5d;
    skipTrivia();
    const c = text.charCodeAt(pos);
    if (c === 0x2c) {
      const comma = pos;
      pos++;
      skipTrivia();
      if (text.charCodeAt(pos) !== close) return false;
      report('JSON_TRAILING_COMMA', comma, comma + 1, container);
      pos++;
      return true;
    }
    if (c === close) {
      pos++;
      return true;
    }
    const next = container === 'object' ? c === 0x22 || c === 0x27 : startsValue(c);
    if (next) report('JSON_MISSING_COMMA', pos, pos + 1, container);
    else if (pos >= len) fail('JSON_UNEXPECTED_END', len, len, closing(container, start));
    else
      fail(
        'JSON_UNEXPECTED_CHARACTER',
        pos,
        pos + charWidth(pos),
        describeAt(pos),
        closing(container, start),
      );
    return false;
  }

  function startsValue(c: number): boolean {
    return (
      c === 0x7b ||
      c === 0x5b ||
      c === 0x22 ||
      c === 0x27 ||
      c === 0x2d ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x74 ||
      c === 0x66 ||
      c === 0x6e
    );
  }

  function parseArray(depth: number): JsonArray {
    const start = pos;
    pos++;
    const items: JsonNode[] = [];
    skipTrivia();
    if (text.charCodeAt(pos) === 0x5d) {
      pos++;
      return { kind: 'array', items, range: range(start, pos) };
    }
    for (;;) {
      items.push(parseValue(depth));
      if (closedAfterElement('array', start)) break;
    }
    return { kind: 'array', items, range: range(start, pos) };
  }

  function parseValue(depth: number): JsonNode {
    skipTrivia();
    if (pos >= len) return fail('JSON_UNEXPECTED_END', len, len, { kind: 'value' });
    const c = text.charCodeAt(pos);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_JSON_DEPTH) fail('JSON_TOO_DEEP', pos, pos + 1, MAX_JSON_DEPTH);
      return c === 0x7b ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c === 0x22) return parseString(0x22);
    if (c === 0x27) {
      const node = parseString(0x27);
      report('JSON_SINGLE_QUOTE', node.range.start.offset, node.range.end.offset);
      return node;
    }
    if (CURLY_QUOTES.has(c)) return fail('JSON_CURLY_QUOTE', pos, pos + 1);
    if (c === 0x2d || c === 0x2b || c === 0x2e || (c >= 0x30 && c <= 0x39)) return parseNumber();
    if (/[A-Za-z_$]/.test(text[pos] ?? '')) return parseWord();
    return fail('JSON_UNEXPECTED_CHARACTER', pos, pos + charWidth(pos), describeAt(pos), { kind: 'value' });
  }

  try {
    skipTrivia();
    if (pos >= len) {
      report('JSON_EMPTY', 0, len);
      return { diagnostics };
    }
    const value = parseValue(0);
    skipTrivia();
    if (pos < len) report('JSON_TRAILING_CONTENT', pos, len);
    return { value, diagnostics };
  } catch (error) {
    if (error instanceof Abort) return { diagnostics };
    throw error;
  }
}
