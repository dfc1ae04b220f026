/**
 * The one definition of the format: the published JSON Schema is generated from it, every field is
 * documented, and every field rejects a value of another type with an error at its path.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRole, aScenario } from './builders';
import { ec2CrossAccountScenario } from './examples/ec2CrossAccount';
import { scenarioJsonSchema } from './scenarioJsonSchema';
import { ScenarioFile } from './scenarioSchema';
import { validateScenarioText, validateScenarioValue, type ScenarioProblem } from './validateScenario';
import { unwrap } from './validation/checkTree';
import { fullScenario } from './validation/fullScenario.testkit';
import { indexPath, joinPath } from './validation/vnode';

const committed = JSON.parse(
  readFileSync(new URL('../../schema/scenario.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const docs = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
const errors = (problems: ScenarioProblem[]) => problems.filter((p) => p.severity === 'error');

type Json = Record<string, unknown>;

describe('schema/scenario.schema.json', () => {
  it('is what scenarioSchema.ts generates (refresh it with `node scripts/write-schema.mjs`)', () => {
    expect(committed, 'schema/scenario.schema.json is stale: run `node scripts/write-schema.mjs`').toEqual(
      scenarioJsonSchema(),
    );
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('documents every property and closes every object', () => {
    const objects: [string, Json][] = [
      ['scenario', committed],
      ...Object.entries(committed.$defs as Record<string, Json>),
    ];
    for (const [name, def] of objects) {
      expect(def.additionalProperties, name).toBe(false);
      expect(def.title && def.description, name).toBeTruthy();
      for (const [key, prop] of Object.entries(def.properties as Record<string, Json>)) {
        expect(prop.title && prop.description, `${name}.${key} needs a title and description`).toBeTruthy();
      }
    }
  });
});

describe('examples', () => {
  it('accepts the examples, and the docs show every kind of example', () => {
    const examples: [string, unknown][] = [
      ['ec2CrossAccount', ec2CrossAccountScenario],
      ['full', { $schema: 'x', ...fullScenario() }],
      ...[...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m, i): [string, unknown] => [
        `docs example ${i}`,
        JSON.parse(m[1] ?? ''),
      ]),
    ];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [name, value] of examples)
      expect(errors(validateScenarioValue(value).problems), name).toEqual([]);
  });
});

/** What JSON kinds a field takes, as the schema states it. */
type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'document';
interface Field {
  path: string;
  kind: Kind;
  /** The object holding the field and its key, to put another value there. */
  holder: Json;
  key: string;
}

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
}

const KINDS: Record<string, Kind> = {
  string: 'string',
  picklist: 'string',
  number: 'number',
  literal: 'number',
  boolean: 'boolean',
  array: 'array',
  strict_object: 'object',
  record: 'object',
  unknown: 'document',
};

/** Every field of `value` the schema declares, walking both together. */
function fields(schema: SchemaNode, value: unknown, path: string, out: Field[]): Field[] {
  const s = unwrap(schema);
  if (s.type === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => {
      const at = indexPath(path, i);
      out.push({
        path: at,
        kind: KINDS[unwrap(s.item!).type]!,
        holder: value as unknown as Json,
        key: String(i),
      });
      fields(s.item!, item, at, out);
    });
  } else if ((s.type === 'strict_object' || s.type === 'record') && value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Json)) {
      const sub = s.type === 'record' ? s.value! : s.entries![key];
      if (!sub) continue;
      const at = joinPath(path, key);
      out.push({ path: at, kind: KINDS[unwrap(sub).type]!, holder: value as Json, key });
      fields(sub, item, at, out);
    }
  }
  return out;
}

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 2 }),
  ),
})).value;

function kindOf(value: unknown): Kind | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as Kind;
}

const accepts = (kind: Kind, value: unknown) =>
  kind === 'document' ? ['object', 'string'].includes(kindOf(value)) : kindOf(value) === kind;

describe('every field', () => {
  const full = (): Json => ({ $schema: 'x', ...fullScenario() });
  const all = fields(ScenarioFile, full(), '', []);

  it('is set by the full example, so the property test below reaches it', () => {
    const declared = new Set<string>();
    const collect = (schema: SchemaNode, seen = new Set<SchemaNode>()): void => {
      const s = unwrap(schema);
      if (seen.has(s)) return;
      seen.add(s);
      for (const [key, sub] of Object.entries(s.entries ?? {})) {
        declared.add(key);
        collect(sub, seen);
      }
      if (s.item) collect(s.item, seen);
      if (s.value) collect(s.value, seen);
    };
    collect(ScenarioFile);
    const set = new Set(all.map((f) => f.key).filter((k) => !/^\d+$/.test(k)));
    expect([...declared].filter((k) => !set.has(k))).toEqual([]);
    expect(all.length).toBeGreaterThan(150);
  });

  it('rejects a value of another type with an error at its path', () => {
    // Every field in turn, so none is left to chance; fast-check picks the wrong values.
    all.forEach((field, i) => {
      fc.assert(
        fc.property(
          json.filter((bad) => !accepts(field.kind, bad)),
          (bad) => {
            const broken = full();
            // The walk ran on another copy; the i-th field of this one is the same field.
            const target = fields(ScenarioFile, broken, '', [])[i]!;
            target.holder[target.key] = bad;
            const paths = errors(validateScenarioValue(broken).problems).map((p) => p.path);
            expect(paths, `${field.path} = ${JSON.stringify(bad)}`).toContain(field.path);
          },
        ),
        { numRuns: 3 },
      );
    });
  });
});

describe('located errors', () => {
  it('reports a permissions boundary given as an inline policy object at its path, line and column', () => {
    const role = { ...aRole(), permissionsBoundary: { name: 'Boundary', document: { Statement: [] } } };
    const source = JSON.stringify(aScenario({ roles: [aRole(), role as never] }), null, 2);
    const { scenario, problems } = validateScenarioText(source);
    expect(scenario).toBeUndefined();
    const p = problems.find((x) => x.path === 'roles[1].permissionsBoundary');
    expect(p?.severity).toBe('error');
    expect(p?.message).toMatch(
      /^roles\[1\]\.permissionsBoundary: expected a managed policy ARN .*, found an object$/,
    );
    const at = source.indexOf('"permissionsBoundary"') + '"permissionsBoundary": '.length;
    const before = source.slice(0, at).split('\n');
    expect(p?.range?.start).toMatchObject({ line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
  });
});
