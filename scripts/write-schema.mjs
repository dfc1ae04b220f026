// `node scripts/write-schema.mjs`: writes schema/scenario.schema.json from src/model/scenarioSchema.ts,
// the one definition of the scenario format. src/model/scenarioJsonSchema.test.ts fails when the
// committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { tsImport } from 'tsx/esm/api';

const root = join(import.meta.dirname, '..');
const target = join(root, 'schema', 'scenario.schema.json');
const { scenarioJsonSchema } = await tsImport('../src/model/scenarioJsonSchema.ts', import.meta.url);
const options = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(JSON.stringify(scenarioJsonSchema()), { ...options, filepath: target });
writeFileSync(target, text);
console.log(`wrote ${target}`);
