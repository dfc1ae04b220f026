/**
 * "Where is the cursor?" for a policy being typed: inside an action, a resource, a condition key or
 * operator, or elsewhere. The engine's parser is strict and gives up on the half-written JSON an
 * editor holds most of the time, so this file has its own forgiving one: unterminated strings end
 * at the line end, missing commas and closing brackets are tolerated, comments are skipped. It only
 * needs to be right about the neighbourhood of the cursor. Pure: no Monaco, runs in Node.
 */

export interface LooseString {
  kind: 'string';
  /** The characters between the quotes, escapes left as written. */
  raw: string;
  /** Offset of the opening quote. */
  start: number;
  /** Offset just past the closing quote (or past the last character of an unterminated string). */
  end: number;
  closed: boolean;
}
export interface LooseLiteral {
  kind: 'literal';
  raw: string;
  start: number;
  end: number;
}
export interface LooseProperty {
  key: LooseString | LooseLiteral;
  value?: LooseNode;
}
export interface LooseObject {
  kind: 'object';
  properties: LooseProperty[];
  start: number;
  end: number;
}
export interface LooseArray {
  kind: 'array';
  items: LooseNode[];
  start: number;
  end: number;
}
export type LooseNode = LooseObject | LooseArray | LooseString | LooseLiteral;

type Punct = '{' | '}' | '[' | ']' | ':' | ',';
type Token = { kind: 'punct'; ch: Punct; start: number; end: number } | LooseString | LooseLiteral;

const MAX_DEPTH = 128;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if ('{}[]:,'.includes(ch)) {
      tokens.push({ kind: 'punct', ch: ch as Punct, start: i, end: i + 1 });
      i++;
    } else if (ch === '"' || ch === "'") {
      const start = i++;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '\\') {
          i += text[i + 1] === '\n' || text[i + 1] === undefined ? 1 : 2;
        } else if (c === ch) {
          closed = true;
          i++;
          break;
        } else if (c === '\n' || c === '\r') {
          break;
        } else {
          i++;
        }
      }
      tokens.push({ kind: 'string', raw: text.slice(start + 1, closed ? i - 1 : i), start, end: i, closed });
    } else {
      const start = i;
      while (i < n && !/[\s{}[\]:,"']/.test(text[i]!)) i++;
      tokens.push({ kind: 'literal', raw: text.slice(start, i), start, end: i });
    }
  }
  return tokens;
}

/** Parse as much structure as can be recovered; never throws, returns undefined only for no value. */
export function parseLoose(text: string): LooseNode | undefined {
  const tokens = tokenize(text);
  let pos = 0;
  const isPunct = (t: Token | undefined, ch: Punct) => t?.kind === 'punct' && t.ch === ch;

  function value(depth: number): LooseNode | undefined {
    const t = tokens[pos];
    if (!t) return undefined;
    if (t.kind === 'string' || t.kind === 'literal') {
      pos++;
      return t;
    }
    if (depth > MAX_DEPTH) {
      pos++;
      return undefined;
    }
    if (t.ch === '{') return object(depth + 1);
    if (t.ch === '[') return array(depth + 1);
    return undefined;
  }

  function object(depth: number): LooseObject {
    const node: LooseObject = { kind: 'object', properties: [], start: tokens[pos]!.start, end: text.length };
    pos++;
    for (;;) {
      const t = tokens[pos];
      if (!t) return node;
      if (t.kind === 'punct') {
        if (t.ch === '}') {
          pos++;
          node.end = t.end;
          return node;
        }
        if (t.ch === ']') {
          node.end = t.start; // a bracket that closes an enclosing array: stop here
          return node;
        }
        if (t.ch === '{' || t.ch === '[') {
          value(depth); // a value without a key: skip it
          continue;
        }
        pos++; // stray ',' or ':'
        continue;
      }
      pos++;
      const property: LooseProperty = { key: t };
      node.properties.push(property);
      // A key without a colon gets no value, so "Eff⏎ "Action": …" does not swallow the next key.
      if (isPunct(tokens[pos], ':')) {
        pos++;
        const next = tokens[pos];
        if (next && !(next.kind === 'punct' && (next.ch === '}' || next.ch === ']' || next.ch === ','))) {
          const v = value(depth);
          if (v) property.value = v;
        }
      }
    }
  }

  function array(depth: number): LooseArray {
    const node: LooseArray = { kind: 'array', items: [], start: tokens[pos]!.start, end: text.length };
    pos++;
    for (;;) {
      const t = tokens[pos];
      if (!t) return node;
      if (t.kind === 'punct') {
        if (t.ch === ']') {
          pos++;
          node.end = t.end;
          return node;
        }
        if (t.ch === '}') {
          node.end = t.start;
          return node;
        }
        if (t.ch === ',' || t.ch === ':') {
          pos++;
          continue;
        }
      }
      const v = value(depth);
      if (v) node.items.push(v);
    }
  }

  return value(0);
}

export type CursorKind = 'action' | 'resource' | 'conditionKey' | 'conditionOperator' | 'other';

export interface CursorContext {
  kind: CursorKind;
  /** The element the string belongs to (Action, NotAction, Resource, NotResource, Condition). */
  element?: string;
  /** For a condition key: the operator it sits under. */
  operator?: string;
  /** The whole string as written between its quotes (empty when the cursor is not in a string). */
  text: string;
  /** The part of `text` before the cursor. */
  prefix: string;
  /** Offset of the first character inside the quotes. */
  contentStart: number;
  /** Offset just past the last character inside the quotes. */
  contentEnd: number;
  /** The Action strings of the enclosing statement, as written. */
  statementActions: string[];
  /** The NotAction strings of the enclosing statement, as written. */
  statementNotActions: string[];
}

const stringsOf = (node: LooseNode | undefined): string[] =>
  node?.kind === 'string'
    ? [node.raw]
    : node?.kind === 'array'
      ? node.items.flatMap((i) => (i.kind === 'string' ? [i.raw] : []))
      : [];

const elementStrings = (statement: LooseObject, element: string): string[] =>
  statement.properties.filter((p) => p.key.raw === element).flatMap((p) => stringsOf(p.value));

/** Is `offset` between the quotes of a string (the closing quote's position counts as inside)? */
function inString(s: LooseString | LooseLiteral, offset: number): s is LooseString {
  return s.kind === 'string' && offset > s.start && (s.closed ? offset < s.end : offset <= s.end);
}

/** A loose test: is `offset` after the node's first character and not beyond its end? */
const within = (node: LooseNode, offset: number) => offset > node.start && offset <= node.end;

/** The statement objects of a policy: `Statement` as an object or as an array of objects. */
function statementsOf(root: LooseNode | undefined): LooseObject[] {
  if (root?.kind !== 'object') return [];
  const statement = root.properties.find((p) => p.key.raw === 'Statement')?.value;
  if (statement?.kind === 'object') return [statement];
  if (statement?.kind === 'array')
    return statement.items.filter((i): i is LooseObject => i.kind === 'object');
  return [];
}

/** Classify the cursor at `offset` (0-based, in UTF-16 units like Monaco's `getOffsetAt`). */
export function cursorContext(text: string, offset: number): CursorContext {
  const other: CursorContext = {
    kind: 'other',
    text: '',
    prefix: '',
    contentStart: offset,
    contentEnd: offset,
    statementActions: [],
    statementNotActions: [],
  };
  const statement = statementsOf(parseLoose(text)).find((s) => offset > s.start && offset <= s.end);
  if (!statement) return other;
  const lists = {
    statementActions: elementStrings(statement, 'Action'),
    statementNotActions: elementStrings(statement, 'NotAction'),
  };
  const at = (s: LooseString, kind: CursorKind, extra: Partial<CursorContext>): CursorContext => ({
    kind,
    ...extra,
    text: s.raw,
    prefix: text.slice(s.start + 1, offset),
    contentStart: s.start + 1,
    contentEnd: s.start + 1 + s.raw.length,
    ...lists,
  });

  for (const property of statement.properties) {
    const element = property.key.raw;
    const v = property.value;
    if (!v || !within(v, offset)) continue;
    if (
      element === 'Action' ||
      element === 'NotAction' ||
      element === 'Resource' ||
      element === 'NotResource'
    ) {
      const kind: CursorKind = element.endsWith('Action') ? 'action' : 'resource';
      const candidates = v.kind === 'array' ? v.items : [v];
      for (const c of candidates)
        if (c.kind === 'string' && inString(c, offset)) return at(c, kind, { element });
      return { ...other, ...lists };
    }
    if (element === 'Condition' && v.kind === 'object') {
      for (const op of v.properties) {
        if (inString(op.key, offset)) return at(op.key, 'conditionOperator', { element });
        const keys = op.value;
        if (keys?.kind !== 'object' || !within(keys, offset)) continue;
        for (const key of keys.properties) {
          if (inString(key.key, offset))
            return at(key.key, 'conditionKey', { element, operator: op.key.raw });
        }
      }
    }
    return { ...other, ...lists };
  }
  return { ...other, ...lists };
}
