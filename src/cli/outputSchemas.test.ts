import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, FINDING_CODES } from '../engine';
import { gallery } from '../model/gallery';
import type { CliIo } from './command';
import { ESC, escalationStory } from './escalationStory.testkit';
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
  'helpdesk.json': fixture('gaad-helpdesk.json'),
  ...Object.fromEntries(gallery.map((story) => [`${story.id}.json`, JSON.stringify(story.scenario)])),
  'escalation.json': escalationStory,
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
      // Escalation edges, and a group's edges as the user that joins it.
      ['escalation.json'],
      ['helpdesk.json'],
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

  it('permissions and who-can-access through escalation edges, each hop with its technique', async () => {
    const permissions = await json(['permissions', 'escalation.json', '--principal', ESC.alice, '--json']);
    expect(validator('permissions')(permissions)).toBe(true);
    expect(JSON.stringify(permissions)).toContain('"technique":"iam:AddUserToGroup"');
    const who = await json(['who-can-access', 'escalation.json', '--resource', ESC.bucket, '--json']);
    expect(validator('who-can-access')(who)).toBe(true);
    expect(JSON.stringify(who)).toContain(`"via":"${ESC.instance}"`);
  });

  it('analyze --access and permissions --all with a Deny the caller lifts (deny unless MFA)', async () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const admin = 'arn:aws:iam::111122223333:role/Admin';
    const identityDeny = {
      Effect: 'Deny',
      Action: ['sts:AssumeRole', 's3:DeleteObject'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    };
    const denyWithoutMfa = { ...identityDeny, Principal: { AWS: '*' } };
    const allow = { Effect: 'Allow', Action: ['sts:AssumeRole', 's3:*'], Resource: '*' };
    const scenario = {
      version: 1,
      name: 'MFA',
      accounts: [{ id: '111122223333', name: 'A' }],
      users: [
        {
          arn: alice,
          mfa: true,
          inlinePolicies: [
            { name: 'p', document: { Version: '2012-10-17', Statement: [allow, identityDeny] } },
          ],
        },
      ],
      roles: [
        {
          arn: admin,
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::111122223333:root' },
                Action: 'sts:AssumeRole',
              },
              { ...denyWithoutMfa, Action: 'sts:AssumeRole' },
            ],
          },
        },
      ],
      resources: [{ arn: 'arn:aws:s3:::reports', type: 's3', accountId: '111122223333' }],
    };
    files['mfa.json'] = JSON.stringify(scenario);
    const output = (await json(['analyze', 'mfa.json', '--access'])) as { edges: { conditions: object[] }[] };
    expect(analysis(output), JSON.stringify(analysis.errors)).toBe(true);
    expect(JSON.stringify(output.edges)).toContain('"liftsDeny":true');
    const rows = await json(['permissions', 'mfa.json', '--principal', alice, '--all', '--json']);
    expect(validator('permissions')(rows)).toBe(true);
    expect(JSON.stringify(rows)).toContain('"liftsDeny":true');
  });

  it('diff of a Terraform plan, in each format the schema names', async () => {
    files['plan.json'] = fixture('terraform/plan-deploy.json');
    const output = await json(['diff', 'plan.json', '--format', 'json', '--fail-on', 'new-admin-path']);
    const diff = validator('diff');
    expect(diff(output), JSON.stringify(diff.errors)).toBe(true);
    expect((output as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
  });

  it('lists every edge kind and finding code the engine has, so a new one cannot slip past the version', () => {
    type Defs = { $defs: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    const schema = JSON.parse(
      readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'),
    ) as Defs;
    expect(new Set(schema.$defs.edge?.properties.kind?.enum)).toEqual(new Set(EDGE_KINDS));
    expect(new Set(schema.$defs.finding?.properties.code?.enum)).toEqual(new Set(FINDING_CODES));
    for (const name of ['permissions', 'who-can-access']) {
      const rows = JSON.parse(
        readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8'),
      ) as Defs;
      expect(new Set(rows.$defs.hop?.properties.kind?.enum)).toEqual(new Set(EDGE_KINDS));
    }
  });

  it('a schema refuses an output without its format, so the check can fail', async () => {
    const output = (await json(['analyze', 'ec2-cross-account-profile.json'])) as Record<string, unknown>;
    delete output.format;
    expect(analysis(output)).toBe(false);
  });
});
