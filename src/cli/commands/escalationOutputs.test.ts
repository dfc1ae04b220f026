/**
 * `paths`, `who-can`, `permissions` and `who-can-access` follow escalation edges and say how each
 * escalation hop is made: its technique, and the instance it acts through, in each language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESC, escalationStory } from '../escalationStory.testkit';
import { memoryIo } from '../memoryIo.testkit';
import { runCli } from '../runCli';

/** A help desk's export: alice may add users to ops-oncall, whose policy assumes deployer. */
const helpdesk = readFileSync(
  new URL('../../importers/fixtures/gaad-helpdesk.json', import.meta.url),
  'utf8',
);
const ACCOUNT = 'arn:aws:iam::111122223333';

async function cli(args: string[], file = 'story.json'): Promise<string> {
  const { io, out, err } = memoryIo({ 'story.json': escalationStory, 'helpdesk.json': helpdesk });
  expect(await runCli([args[0] as string, file, ...args.slice(1)], io), err.join('\n')).toBe(0);
  return out.join('\n');
}

interface Hop {
  kind: string;
  technique?: string;
  via?: string;
}

describe('escalation hops in the command line’s answers', () => {
  it('paths: each hop with its kind and technique, and the path as a line in the chosen language', async () => {
    const { paths } = JSON.parse(await cli(['paths', '--from', ESC.alice, '--to', ESC.readers])) as {
      paths: { hops: Hop[]; text: string }[];
    };
    expect(paths[0]?.hops.map((h) => [h.kind, h.technique])).toEqual([
      ['Escalation', 'iam:CreateAccessKey'],
      ['Escalation', 'iam:AddUserToGroup'],
    ]);
    expect(paths[0]?.text).toBe(
      'alice —[escalation iam:CreateAccessKey]→ bob —[escalation iam:AddUserToGroup]→ DataReaders',
    );
    const zh = JSON.parse(
      await cli(['paths', '--from', ESC.alice, '--to', ESC.worker, '--lang', 'zh-Hant']),
    ) as { paths: { text: string }[] };
    expect(zh.paths.map((p) => p.text)).toContain(
      'alice —[權限提升 ssm:SendCommand（經由 i-0a1b2c3d4e5f67890）]→ lake-worker',
    );
  });

  it('who-can: the nearest chain of each, an escalation naming its technique and instance', async () => {
    const { principals } = JSON.parse(await cli(['who-can', '--role', ESC.worker, '--lang', 'zh-Hans'])) as {
      principals: { id: string; chain: Hop[]; text: string }[];
    };
    const alice = principals.find((p) => p.id === ESC.alice);
    expect(alice?.chain).toEqual([
      expect.objectContaining({ kind: 'Escalation', technique: 'ssm:SendCommand', via: ESC.instance }),
    ]);
    expect(alice?.text).toBe('alice —[权限提升 ssm:SendCommand（经由 i-0a1b2c3d4e5f67890）]→ lake-worker');
  });

  it('permissions: the group’s policies at the end of alice’s chain, each hop named, in text and JSON', async () => {
    const text = await cli(['permissions', '--principal', ESC.alice]);
    expect(text).toContain(
      's3:GetObject  Allowed  arn:aws:s3:::example-data-lake/* (example-data-lake/*)\n' +
        '    via alice —[escalation iam:CreateAccessKey]→ bob —[escalation iam:AddUserToGroup]→ DataReaders',
    );
    const zh = await cli(['permissions', '--principal', ESC.alice, '--lang', 'zh-Hans']);
    expect(zh).toContain('经由 alice —[权限提升 ssm:SendCommand（经由 i-0a1b2c3d4e5f67890）]→ lake-worker');
    const { rows } = JSON.parse(await cli(['permissions', '--principal', ESC.alice, '--json'])) as {
      rows: { action: string; via: string[]; hops: Hop[] }[];
    };
    const read = rows.find((r) => r.action === 's3:GetObject');
    expect(read?.via).toEqual([ESC.alice, ESC.bob, ESC.readers]);
    expect(read?.hops.map((h) => h.technique)).toEqual(['iam:CreateAccessKey', 'iam:AddUserToGroup']);
  });

  it('who-can-access: whoever reaches the bucket by joining the group, and by running commands', async () => {
    const { rows } = JSON.parse(await cli(['who-can-access', '--resource', ESC.bucket, '--json'])) as {
      rows: { action: string; via: string[]; hops: Hop[] }[];
    };
    const chains = (action: string) =>
      rows.filter((r) => r.action === action).map((r) => r.hops.map((h) => h.technique ?? h.kind));
    expect(chains('s3:GetObject')).toEqual([
      ['iam:AddUserToGroup'],
      ['iam:CreateAccessKey', 'iam:AddUserToGroup'],
    ]);
    expect(chains('s3:PutObject')).toEqual([[], ['InstanceProfile'], ['ssm:SendCommand']]);
  });

  it('a hop from a group: the user that joined it makes it, and no member goes on through it', async () => {
    const args = ['--to', `${ACCOUNT}:role/deployer`];
    const paths = async (user: string, lang = 'en') =>
      (
        JSON.parse(
          await cli(['paths', '--from', `${ACCOUNT}:user/${user}`, ...args, '--lang', lang], 'helpdesk.json'),
        ) as { paths: { hops: (Hop & { joiner?: string })[]; text: string }[] }
      ).paths;
    const [alice] = await paths('alice');
    expect(alice?.text).toBe('alice —[escalation iam:AddUserToGroup]→ ops-oncall —[as alice]→ deployer');
    expect(alice?.hops[1]).toMatchObject({ kind: 'AssumeRole', joiner: `${ACCOUNT}:user/alice` });
    expect((await paths('alice', 'zh-Hans')).map((p) => p.text)).toEqual([
      'alice —[权限提升 iam:AddUserToGroup]→ ops-oncall —[以 alice 的身份]→ deployer',
    ]);
    // carol's boundary cuts her hop; dave, a member, has his own and never alice's.
    expect(await paths('carol')).toEqual([]);
    expect((await paths('dave')).map((p) => p.text)).toEqual(['dave → deployer']);
    const { principals } = JSON.parse(
      await cli(['who-can', '--role', `${ACCOUNT}:role/deployer`], 'helpdesk.json'),
    ) as { principals: { id: string; text: string }[] };
    expect(principals.map((p) => p.text)).toEqual([
      'dave → deployer',
      'alice —[escalation iam:AddUserToGroup]→ ops-oncall —[as alice]→ deployer',
    ]);
  });
});
