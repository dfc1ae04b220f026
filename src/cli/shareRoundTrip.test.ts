import { describe, expect, it } from 'vitest';
import { documentJson, documentLookup } from '../model/documents';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { encodeShareFragment } from '../share';
import type { CliIo } from './command';
import { runCli } from './runCli';

/** Runs the CLI on in-memory files; files it prints can be read back by the next command. */
async function cli(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const trustId = 'arn:aws:iam::111122223333:role/RoleForB#trust';
const edited = documentJson({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:role/OnlyThisRole' },
      Action: 'sts:AssumeRole',
    },
  ],
})!;

describe('share links and scenario files, round trip through the command line', () => {
  it('unshare prints a scenario file that share, import and analyze accept, the typed documents written in', async () => {
    const fragment = `#${encodeShareFragment({ scenario: ec2CrossAccountScenario, texts: { [trustId]: edited } })}`;
    const unshared = await cli(['unshare', fragment]);
    expect(unshared.code).toBe(0);
    expect(unshared.err).toBe('');
    const file = { 'scenario.json': unshared.out };
    const scenario = JSON.parse(unshared.out) as typeof ec2CrossAccountScenario;
    expect(documentJson(documentLookup(scenario)(trustId))).toBe(edited);

    const shared = await cli(['share', 'scenario.json'], file);
    expect(shared.code).toBe(0);
    const again = await cli(['unshare', shared.out]);
    expect(JSON.parse(again.out)).toEqual(scenario);
    expect((await cli(['import', 'scenario.json'], file)).code).toBe(0);
    // The typed trust names another role: the instance's role no longer reaches RoleForB.
    const hop =
      'AssumeRole:arn:aws:iam::444455556666:role/AssumeRoleInA->arn:aws:iam::111122223333:role/RoleForB';
    const before = await cli(['analyze', 'before.json'], {
      'before.json': JSON.stringify(ec2CrossAccountScenario),
    });
    expect(before.out).toContain(hop);
    const analysed = await cli(['analyze', 'scenario.json'], file);
    expect(analysed.code).toBe(0);
    expect(analysed.out).not.toContain(hop);
  });

  it('says which typed document is not JSON, keeps its last value, and --with-view prints its text', async () => {
    const typed = '{ "Version": "2012-10-17", "Statement": [';
    const fragment = encodeShareFragment({ scenario: ec2CrossAccountScenario, texts: { [trustId]: typed } });
    const plain = await cli(['unshare', fragment]);
    expect(plain.code).toBe(0);
    expect(plain.err).toContain(`${trustId}: its text in the link is not JSON`);
    expect(JSON.parse(plain.out)).toEqual(ec2CrossAccountScenario);
    const withView = await cli(['unshare', fragment, '--with-view']);
    expect(JSON.parse(withView.out)).toMatchObject({
      scenario: ec2CrossAccountScenario,
      texts: { [trustId]: typed },
    });
  });
});
