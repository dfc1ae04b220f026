/**
 * schema/scenario.schema.json as generated from scenarioSchema.ts, for editors and other tools.
 * Tooling only (scripts/write-schema.mjs and a test that the committed file is current): the app
 * validates with the valibot schemas themselves and never loads this module.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DEFINITIONS, ScenarioFile } from './scenarioSchema';

export const SCHEMA_ID = 'urn:trustscope:schema:scenario:1';

export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(ScenarioFile, {
    target: 'draft-2020-12',
    definitions: DEFINITIONS,
    // Policy documents are `unknown` with a `check` that they are an object or a string; their
    // metadata states that type for JSON Schema (schema/fields.ts).
    ignoreActions: ['check'],
  });
  return { $schema, $id: SCHEMA_ID, ...rest };
}
