/**
 * A Cypher script for Neo4j in cypher-shell's format: a uniqueness constraint, then every node
 * MERGEd on its id with its labels and properties, then every edge MERGEd as a relationship, in
 * transactions of a few hundred statements (`:begin` / `:commit`, cypher-shell commands). Run again,
 * it updates what it wrote instead of duplicating it. docs/exporting.md gives the commands.
 * https://neo4j.com/docs/operations-manual/current/tools/cypher-shell/
 */
import type { ExportInput } from './exportInput';
import { SOURCE_KIND, toGraphRecords, type Properties, type PropertyValue } from './graphRecords';

const BATCH = 500;

/**
 * A Cypher string literal: quotes, backslashes and control characters escaped.
 * https://neo4j.com/docs/cypher-manual/current/values-and-types/property-structural-constructed/#_string_literals
 */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  const escaped = text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === "'") return "\\'";
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

function cypherValue(value: PropertyValue): string {
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  return typeof value === 'string' ? cypherString(value) : String(value);
}

/** A map literal; our property names are lower-case identifiers, written unquoted. */
const cypherMap = (properties: Properties) =>
  `{${Object.entries(properties)
    .map(([key, value]) => `${key}: ${cypherValue(value)}`)
    .join(', ')}}`;

function batched(statements: string[]): string[] {
  const lines: string[] = [];
  for (let start = 0; start < statements.length; start += BATCH)
    lines.push(':begin', ...statements.slice(start, start + BATCH), ':commit');
  return lines;
}

export function toCypher(input: ExportInput): string {
  const { nodes, edges } = toGraphRecords(input);
  const node = (name: string, id: string) => `(${name}:${SOURCE_KIND} {id: ${cypherString(id)}})`;
  const nodeStatements = nodes.map(
    (n) => `MERGE ${node('n', n.id)} SET n:${n.kind} SET n += ${cypherMap(n.properties)};`,
  );
  const edgeStatements = edges.map(
    (e) =>
      `MATCH ${node('a', e.from)}, ${node('b', e.to)} ` +
      `MERGE (a)-[r:${e.kind} {id: ${cypherString(e.id)}}]->(b) SET r += ${cypherMap(e.properties)};`,
  );
  return [
    `// Trustscope trust graph: ${nodes.length} nodes, ${edges.length} relationships.`,
    '// Load it with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f trustscope.cypher',
    `CREATE CONSTRAINT trustscope_id IF NOT EXISTS FOR (n:${SOURCE_KIND}) REQUIRE n.id IS UNIQUE;`,
    ...batched(nodeStatements),
    ...batched(edgeStatements),
    '',
  ].join('\n');
}
