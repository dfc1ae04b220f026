/**
 * Writes a generated organization as a scenario file, for trying the command line and the app on
 * large inputs: `node --import tsx bench/generate.ts landing|dense ROLES [SEED] > organization.json`.
 * `landing` is generateOrganization's landing zone, `dense` generateDenseOrganization's shape.
 */
import { generateDenseOrganization } from '../src/testSupport/generateDenseOrganization';
import { generateOrganization } from '../src/testSupport/generateOrganization';

const [shape, roles, seed] = process.argv.slice(2);
const options = { roles: Number(roles ?? 1000), seed: Number(seed ?? 1) };
if ((shape !== 'landing' && shape !== 'dense') || !(options.roles > 0)) {
  process.stderr.write('Usage: node --import tsx bench/generate.ts landing|dense ROLES [SEED]\n');
  process.exit(2);
}
const scenario = shape === 'dense' ? generateDenseOrganization(options) : generateOrganization(options);
process.stdout.write(`${JSON.stringify(scenario, null, 2)}\n`);
