import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import type { CliIo } from '../command';
import { runCli } from '../runCli';

const INSTANCE = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
const ROLE_IN_B = 'arn:aws:iam::444455556666:role/AssumeRoleInA';
const ROLE_FOR_B = 'arn:aws:iam::111122223333:role/RoleForB';

/** The EC2 story with a Deny on deleting objects, for --all. */
const scenario = JSON.stringify({
  ...ec2CrossAccountScenario,
  roles: ec2CrossAccountScenario.roles?.map((r) =>
    r.arn === ROLE_FOR_B
      ? {
          ...r,
          inlinePolicies: [
            ...(r.inlinePolicies ?? []),
            {
              name: 'NoDelete',
              document: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 's3:DeleteObject',
                    Resource: 'arn:aws:s3:::account-a-reports/*',
                  },
                  { Sid: 'KeepReports', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
                ],
              },
            },
          ],
        }
      : r,
  ),
});

async function cli(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => files[path] ?? scenario,
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface JsonRow {
  principal: string;
  via: string[];
  action: string;
  decision: string;
  resources: string[];
  resourceNames: string[];
  conditions: unknown[];
  deniedBy?: { sid?: string };
}

/** The rows of a `--json` answer: `{ format, version, principal | resource, rows }`. */
const rowsOf = (out: string) => (JSON.parse(out) as { rows: JsonRow[] }).rows;

describe('permissions and who-can-access', () => {
  it('lists what the instance can do at the end of each chain, one JSON row per chain and action', async () => {
    const { code, out } = await cli(['permissions', 's.json', '--principal', INSTANCE, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      format: 'trustscope.permissions',
      version: 1,
      principal: INSTANCE,
    });
    const rows = rowsOf(out);
    expect(rows.map((r) => [r.action, r.decision, r.via.length])).toEqual([
      ['s3:ListBucket', 'Allowed', 3],
      ['s3:GetObject', 'Allowed', 3],
      ['sts:AssumeRole', 'Allowed', 2],
    ]);
    expect(rows[1]).toMatchObject({
      principal: INSTANCE,
      via: [INSTANCE, ROLE_IN_B, ROLE_FOR_B],
      resources: ['arn:aws:s3:::account-a-reports/*'],
      resourceNames: [],
      conditions: [],
    });
  });

  it('--all adds the explicit denials with their statement; --service keeps one service', async () => {
    const plain = rowsOf((await cli(['permissions', 's.json', '--principal', ROLE_FOR_B, '--json'])).out);
    expect(plain.some((r) => r.action === 's3:DeleteObject')).toBe(false);
    const all = rowsOf(
      (await cli(['permissions', 's.json', '--principal', ROLE_FOR_B, '--all', '--service', 's3', '--json']))
        .out,
    );
    const denied = all.find((r) => r.action === 's3:DeleteObject');
    expect(denied).toMatchObject({ decision: 'ExplicitlyDenied', deniedBy: { sid: 'KeepReports' } });
    expect(new Set(all.map((r) => r.action.split(':')[0]))).toEqual(new Set(['s3']));
  });

  it('who-can-access names everyone who can assume a role, through the instance too', async () => {
    const { out } = await cli([
      'who-can-access',
      's.json',
      '--resource',
      ROLE_FOR_B,
      '--action',
      'sts:AssumeRole',
      '--json',
    ]);
    const rows = rowsOf(out);
    expect(rows.map((r) => r.via)).toEqual([[ROLE_IN_B], [INSTANCE, ROLE_IN_B]]);
  });

  it('words its lines in the chosen language, grouped by service and access level', async () => {
    const { out } = await cli(['permissions', 's.json', '--principal', INSTANCE, '--lang', 'zh-Hans']);
    expect(out).toContain('s3 · 读取');
    expect(out).toContain('s3:GetObject  允许  arn:aws:s3:::account-a-reports/*');
    expect(out).toContain('经由 i-0a1b2c3d4e5f67890 → AssumeRoleInA → RoleForB');
  });

  it('refuses a principal that is no node, with the usage line', async () => {
    const { code, err } = await cli(['permissions', 's.json', '--principal', 'arn:aws:iam::1:role/Nope']);
    expect(code).toBe(2);
    expect(err).toContain('is no node of the scenario');
  });

  it('reads a queue policy export for the resource --resource names, and answers who can reach it', async () => {
    const queue = 'arn:aws:sqs:us-east-1:111122223333:reports-ready';
    // aws sqs get-queue-attributes --queue-url … --attribute-names Policy
    const exported = JSON.stringify({
      Attributes: {
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: ROLE_FOR_B }, Action: 'sqs:SendMessage', Resource: queue },
          ],
        }),
      },
    });
    const { code, out, err } = await cli(
      ['who-can-access', 's.json', 'queue-policy.json', '--resource', queue, '--json'],
      { 'queue-policy.json': exported },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = rowsOf(out);
    expect(rows.map((r) => [r.via.at(-1), r.action, r.decision])[0]).toEqual([
      ROLE_FOR_B,
      'sqs:SendMessage',
      'Allowed',
    ]);
    expect(rows.map((r) => r.principal)).toContain(INSTANCE);
  });

  it('says a profile signed from the environment is undecided, not that it can do nothing', async () => {
    const signedElsewhere = JSON.stringify({
      ...ec2CrossAccountScenario,
      cliProfiles: [{ name: 'ci', roleArn: ROLE_FOR_B, credentialSource: 'Environment' }],
    });
    const ask = (lang: string) =>
      cli(['permissions', 'p.json', '--principal', 'profile:ci', '--lang', lang], {
        'p.json': signedElsewhere,
      });
    const en = await ask('en');
    expect(en.code).toBe(0);
    expect(en.out).toContain('credential_source = Environment, which the scenario does not show');
    expect(en.out).toContain('If those credentials may assume RoleForB');
    expect(en.out).not.toContain('no policy of the scenario lets it act');
    expect((await ask('zh-Hans')).out).toContain('如果这些凭证可以代入 RoleForB');
  });
});
