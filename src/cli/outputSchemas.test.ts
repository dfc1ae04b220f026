import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { gallery } from '../model/gallery';
import type { CliIo } from './command';
import { runCli } from './runCli';

/**
 * The published JSON Schemas in schema/ (draft 2020-12, written with the keywords draft-07 shares, so
 * ajv 6 checks them; its draft-07 meta-schema cannot read their `$schema`, hence no schema check).
 */
function validator(name: string) {
  const schema = JSON.parse(
    readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8'),
  ) as object;
  return new Ajv({ allErrors: true, validateSchema: false }).compile(schema);
}

const fixture = (name: string) =>
  readFileSync(new URL(`../importers/fixtures/${name}`, import.meta.url), 'utf8');

/** Real exports with broken documents and missing pieces: problems, assumptions and notes in the output. */
const files: Record<string, string> = {
  'gaad-a.json': fixture('gaad-account-a.json'),
  'gaad-b.json': fixture('gaad-account-b.json'),
  'ec2.json': fixture('ec2-describe-instances.json'),
  'eks.json': fixture('eks-describe-cluster.json'),
  'k8s.yaml': fixture('k8s-workloads.yaml'),
  'broken.json': fixture('gaad-broken.json'),
  ...Object.fromEntries(gallery.map((story) => [`${story.id}.json`, JSON.stringify(story.scenario)])),
};

async function json(args: string[]): Promise<unknown> {
  let out = '';
  const io: CliIo = {
    stdout: (text) => (out += `${text}\n`),
    write: (chunk) => (out += chunk),
    stderr: () => undefined,
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  expect(await runCli(args, io)).toBeLessThanOrEqual(1);
  return JSON.parse(out);
}

describe('the JSON outputs match their published schemas', () => {
  const analysis = validator('analysis');

  it.each(['en', 'zh-Hans'])('analyze, every gallery story and real exports (%s)', async (lang) => {
    const inputs = [
      ...gallery.map((s) => [`${s.id}.json`]),
      ['gaad-a.json', 'gaad-b.json', 'ec2.json', 'eks.json', 'k8s.yaml', 'broken.json'],
    ];
    for (const input of inputs) {
      const output = await json(['analyze', ...input, '--lang', lang]);
      expect(analysis(output), `${input.join(' ')}: ${JSON.stringify(analysis.errors)}`).toBe(true);
    }
  });

  it('permissions and who-can-access, with conditions and denials', async () => {
    const permissions = validator('permissions');
    const whoCanAccess = validator('who-can-access');
    const instance = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
    const role = 'arn:aws:iam::111122223333:role/RoleForB';
    for (const principal of [instance, role]) {
      const output = await json([
        'permissions',
        'ec2-cross-account-profile.json',
        '--principal',
        principal,
        '--all',
        '--json',
      ]);
      expect(permissions(output), JSON.stringify(permissions.errors)).toBe(true);
    }
    const output = await json([
      'who-can-access',
      'ec2-cross-account-profile.json',
      '--resource',
      role,
      '--all',
      '--json',
    ]);
    expect(whoCanAccess(output), JSON.stringify(whoCanAccess.errors)).toBe(true);
    expect((output as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });

  it('a schema refuses an output without its format, so the check can fail', async () => {
    const output = (await json(['analyze', 'ec2-cross-account-profile.json'])) as Record<string, unknown>;
    delete output.format;
    expect(analysis(output)).toBe(false);
  });
});
