/**
 * The rules BloodHound documents for an OpenGraph file, written here as a JSON Schema (ours, from the
 * documentation, https://bloodhound.specterops.io/opengraph/schema): the file holds `graph` (nodes
 * and edges) and optional `metadata` (`source_kind`) and nothing else; a node has a string `id`, at
 * most three `kinds`, none of them a `Tag_` kind, and properties without `objectid`; property names
 * are lowercase (nodes: 1–128 of `a-z 0-9 _ -`); a value is a string, number or boolean, or an array
 * of one of them; an edge has a `kind` and `start`/`end` naming a node by `id`, `name` or property.
 */
const primitiveOrList = {
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    {
      type: 'array',
      anyOf: [{ items: { type: 'string' } }, { items: { type: 'number' } }, { items: { type: 'boolean' } }],
    },
  ],
};

const endpoint = {
  type: 'object',
  required: ['value'],
  properties: {
    value: { type: 'string' },
    match_by: { enum: ['id', 'name', 'property'] },
    kind: { type: 'string' },
  },
};

export const OPEN_GRAPH_RULES = {
  type: 'object',
  required: ['graph'],
  additionalProperties: false,
  properties: {
    metadata: {
      type: 'object',
      additionalProperties: false,
      properties: { source_kind: { type: ['string', 'null'] } },
    },
    graph: {
      type: 'object',
      required: ['nodes', 'edges'],
      properties: {
        nodes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'kinds'],
            properties: {
              id: { type: 'string' },
              kinds: {
                type: 'array',
                maxItems: 3,
                items: { type: 'string', not: { pattern: '^[Tt][Aa][Gg](?:_|$)' } },
              },
              properties: {
                type: ['object', 'null'],
                propertyNames: { pattern: '^[a-z0-9_-]{1,128}$' },
                additionalProperties: primitiveOrList,
                not: { type: 'object', required: ['objectid'] },
              },
            },
          },
        },
        edges: {
          type: 'array',
          items: {
            type: 'object',
            required: ['kind', 'start', 'end'],
            properties: {
              kind: { type: 'string' },
              start: endpoint,
              end: endpoint,
              properties: {
                type: ['object', 'null'],
                propertyNames: { not: { pattern: '[A-Z]' } },
                additionalProperties: primitiveOrList,
              },
            },
          },
        },
      },
    },
  },
} as const;
