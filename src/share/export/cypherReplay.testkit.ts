/**
 * Replays the Cypher our export writes into an in-memory property graph, as Neo4j would: a small
 * parser for exactly the statements toCypher emits (a constraint, node MERGE … SET, relationship
 * MATCH … MERGE … SET, cypher-shell's `:begin`/`:commit`), failing on anything else.
 */
import type { PropertyValue } from './graphRecords';

export interface ReplayedNode {
  labels: Set<string>;
  properties: Record<string, PropertyValue>;
}

export interface ReplayedGraph {
  nodes: Map<string, ReplayedNode>;
  /** Keyed by `type id`, as the script MERGEs them. */
  relationships: Map<
    string,
    { type: string; from: string; to: string; properties: Record<string, PropertyValue> }
  >;
}

type Token =
  { kind: 'string'; value: string } | { kind: 'word'; value: string } | { kind: 'punct'; value: string };

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t' };

function readString(text: string, start: number): [string, number] {
  let out = '';
  let i = start + 1;
  while (text[i] !== "'") {
    if (i >= text.length) throw new Error('unterminated string');
    if (text[i] === '\\') {
      const next = text[i + 1] as string;
      if (next === 'u') {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      if (!(next in ESCAPES)) throw new Error(`unknown escape \\${next}`);
      out += ESCAPES[next];
      i += 2;
      continue;
    }
    out += text[i];
    i++;
  }
  return [out, i + 1];
}

export function tokenize(statement: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < statement.length) {
    const c = statement[i] as string;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      const [value, next] = readString(statement, i);
      tokens.push({ kind: 'string', value });
      i = next;
    } else if (/[\w]/.test(c)) {
      const word = /^[\w.]+/.exec(statement.slice(i))?.[0] as string;
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    } else {
      const punct = ['+=', '->', '-['].find((p) => statement.startsWith(p, i)) ?? c;
      tokens.push({ kind: 'punct', value: punct });
      i += punct.length;
    }
  }
  return tokens;
}

/** A cursor over one statement's tokens. */
class Cursor {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}
  expect(...values: string[]): void {
    for (const value of values) {
      const token = this.tokens[this.at++];
      if (token?.kind === 'string' || token?.value !== value)
        throw new Error(`expected ${value}, found ${token ? token.value : 'the end'}`);
    }
  }
  word(): string {
    const token = this.tokens[this.at++];
    if (token?.kind !== 'word') throw new Error(`expected a name, found ${token?.value}`);
    return token.value;
  }
  string(): string {
    const token = this.tokens[this.at++];
    if (token?.kind !== 'string') throw new Error(`expected a string, found ${token?.value}`);
    return token.value;
  }
  peek(): string | undefined {
    return this.tokens[this.at]?.value;
  }
  done(): boolean {
    return this.at === this.tokens.length;
  }
  value(): PropertyValue {
    if (this.tokens[this.at]?.kind === 'string') return this.string();
    if (this.peek() === '[') {
      this.expect('[');
      const items: string[] = [];
      while (this.peek() !== ']') {
        items.push(this.string());
        if (this.peek() === ',') this.expect(',');
      }
      this.expect(']');
      return items;
    }
    const word = this.word();
    if (word === 'true' || word === 'false') return word === 'true';
    if (!/^-?\d+(\.\d+)?$/.test(word)) throw new Error(`not a value: ${word}`);
    return Number(word);
  }
  map(): Record<string, PropertyValue> {
    const out: Record<string, PropertyValue> = {};
    this.expect('{');
    while (this.peek() !== '}') {
      const key = this.word();
      this.expect(':');
      out[key] = this.value();
      if (this.peek() === ',') this.expect(',');
    }
    this.expect('}');
    return out;
  }
  /** `(name:Label {id: '…'})`, returning the label and the id. */
  nodePattern(name: string): { label: string; id: string } {
    this.expect('(', name, ':');
    const label = this.word();
    this.expect('{', 'id', ':');
    const id = this.string();
    this.expect('}', ')');
    return { label, id };
  }
}

function mergeNode(graph: ReplayedGraph, c: Cursor): void {
  const { label, id } = c.nodePattern('n');
  const node = graph.nodes.get(id) ?? { labels: new Set([label]), properties: { id } };
  graph.nodes.set(id, node);
  c.expect('SET', 'n', ':');
  node.labels.add(c.word());
  c.expect('SET', 'n', '+=');
  Object.assign(node.properties, c.map());
}

function mergeRelationship(graph: ReplayedGraph, c: Cursor): void {
  const a = c.nodePattern('a');
  c.expect(',');
  const b = c.nodePattern('b');
  for (const { id } of [a, b]) if (!graph.nodes.has(id)) throw new Error(`MATCH finds no node ${id}`);
  c.expect('MERGE', '(', 'a', ')', '-[', 'r', ':');
  const type = c.word();
  c.expect('{', 'id', ':');
  const id = c.string();
  c.expect('}', ']', '->', '(', 'b', ')', 'SET', 'r', '+=');
  const key = `${type} ${id}`;
  const relationship = graph.relationships.get(key) ?? { type, from: a.id, to: b.id, properties: { id } };
  graph.relationships.set(key, relationship);
  Object.assign(relationship.properties, c.map());
}

export function replayCypher(script: string): ReplayedGraph {
  const graph: ReplayedGraph = { nodes: new Map(), relationships: new Map() };
  const lines = script.split('\n').filter((l) => l !== '' && !l.startsWith('//'));
  // Schema and data changes cannot share a transaction: the constraint stands outside them.
  let open = false;
  for (const line of lines) {
    if (line === ':begin' || line === ':commit') {
      if (open === (line === ':begin')) throw new Error(`${line} out of turn`);
      open = !open;
      continue;
    }
    if (line.startsWith('CREATE CONSTRAINT ') !== !open) throw new Error(`in the wrong place: ${line}`);
    if (!open) continue;
    if (!line.endsWith(';')) throw new Error(`a statement must end its line: ${line}`);
    const c = new Cursor(tokenize(line.slice(0, -1)));
    const verb = c.word();
    if (verb === 'MERGE') mergeNode(graph, c);
    else if (verb === 'MATCH') mergeRelationship(graph, c);
    else throw new Error(`unexpected statement: ${line}`);
    if (!c.done()) throw new Error(`trailing text in: ${line}`);
  }
  if (open) throw new Error('a transaction is left open');
  return graph;
}
