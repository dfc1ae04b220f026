import { describe, expect, it } from 'vitest';
import { documentJson, documentLookup } from '../model/documents';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { gallery } from '../model/gallery';
import { encodeShareFragment } from '../share';
import { memoryIo as io } from './memoryIo.testkit';
import { runCli } from './runCli';

const trustBundle = JSON.stringify({
  request: {
    principal: 'arn:aws:iam::444455556666:user/alice',
    action: 'sts:AssumeRole',
    resource: { resource: 'arn:aws:iam::111122223333:role/RoleForB' },
  },
  identityPolicies: [
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
  ],
  resourcePolicy: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'sts:AssumeRole' }],
  },
});

describe('the command line', () => {
  it('lists its commands', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    for (const name of ['eval', 'lint', 'import', 'analyze', 'paths', 'can', 'who-can', 'share', 'unshare']) {
      expect(t.out.join('\n')).toContain(`  ${name}`);
    }
  });

  it('evaluates a bundle with its decision and trace', async () => {
    const t = io({ 'b.json': trustBundle });
    expect(await runCli(['eval', 'b.json'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join('')) as { decision: string; trace: { steps: unknown[] } };
    expect(result.decision).toBe('Allowed');
    expect(result.trace.steps.length).toBe(7);
  });

  it('reports a bundle with a broken policy by field, with an exit code and no stack trace', async () => {
    const broken = JSON.stringify({
      ...JSON.parse(trustBundle),
      identityPolicies: [{ Statement: [{ Effect: 'allow', Action: 'x' }] }],
    });
    const t = io({ 'b.json': broken });
    expect(await runCli(['eval', 'b.json'], t.io)).toBe(1);
    expect(t.out.join('')).toContain('identityPolicies[0]');
    expect(t.out.join('')).not.toContain('    at ');
  });

  it('says where a file is not JSON', async () => {
    const t = io({ 'b.json': '{\n  "request": {,\n}' });
    expect(await runCli(['eval', 'b.json'], t.io)).toBe(1);
    expect(t.err.join('')).toMatch(/b\.json:2:\d+:/);
  });

  it('warns about unknown services and actions from the AWS service reference', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObjekt', 's4:GetObject'], Resource: '*' }],
    });
    const t = io({ 'p.json': policy });
    expect(await runCli(['lint', 'p.json', '--kind', 'identity'], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain('TS5003');
    expect(t.out.join('\n')).toContain('TS5002');
  });

  it('lints as an identity policy when --kind is not given, with --kind and --json in any order', async () => {
    const identity = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }],
    });
    const files = { 'identity.json': identity, 'trust.json': trust };

    let t = io(files);
    expect(await runCli(['lint', 'identity.json'], t.io)).toBe(0);
    expect(t.out.join('\n')).toBe('identity.json: no problems (identity policy)');
    expect(t.err).toEqual([]);

    // A trust policy read as an identity policy: Principal is not allowed there, Resource is missing.
    t = io(files);
    expect(await runCli(['lint', 'trust.json'], t.io)).toBe(1);
    expect(t.out.join('\n')).toContain('TS4001');

    t = io(files);
    expect(await runCli(['lint', 'trust.json', '--kind', 'trust'], t.io)).toBe(0);
    expect(t.out.join('\n')).toBe('trust.json: no problems (trust policy)');

    t = io(files);
    expect(await runCli(['lint', '--kind', 'trust', 'trust.json'], t.io)).toBe(0);
    expect(t.out.join('\n')).toBe('trust.json: no problems (trust policy)');

    t = io(files);
    expect(await runCli(['lint', 'trust.json', '--json'], t.io)).toBe(1);
    const diagnostics = JSON.parse(t.out.join('')) as { code: string }[];
    expect(diagnostics.map((d) => d.code)).toContain('TS4001');
  });

  it('words the diagnostics in --lang, the code and its arguments kept beside them in the JSON', async () => {
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resourse: '*' }],
    });
    let t = io({ 'trust.json': trust });
    expect(await runCli(['lint', 'trust.json', '--kind', 'trust', '--lang', 'zh-Hans'], t.io)).toBe(1);
    expect(t.out).toEqual([
      'trust.json:1:38: error TS4002: 角色信任策略中的语句必须说明它适用于谁：请添加 Principal 元素。',
      'trust.json:1:82: error TS3001: 未知的语句元素“Resourse”：语句包含 Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource 和 Condition。您是不是想写“Resource”？',
    ]);

    t = io({ 'trust.json': trust });
    expect(await runCli(['lint', 'trust.json', '--kind', 'trust', '--json', '--lang', 'zh-Hant'], t.io)).toBe(
      1,
    );
    const printed = JSON.parse(t.out.join('')) as { code: string; message: string; args: unknown[] }[];
    const unknown = printed.find((d) => d.code === 'TS3001');
    expect(unknown).toMatchObject({ code: 'TS3001', args: ['Resourse', 'Resource'] });
    expect(unknown?.message).toContain('未知的陳述式元素「Resourse」');

    t = io({ 'trust.json': trust });
    expect(await runCli(['lint', 'trust.json', '--lang', 'fr'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('--lang takes en, zh-Hans, zh-Hant');
  });

  it('refuses --kind without a value, or with an unknown one, as a usage error', async () => {
    const files = { 'p.json': '{}' };
    let t = io(files);
    expect(await runCli(['lint', 'p.json', '--kind'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('--kind needs a value');
    expect(t.out).toEqual([]);

    t = io(files);
    expect(await runCli(['lint', 'p.json', '--kind', '--json'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('--kind needs a value');

    t = io(files);
    expect(await runCli(['lint', 'p.json', '--kind', 'role'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('--kind must be one of');
  });

  it('names the field when a bundle principal is neither an ARN nor {"type": "Anonymous"}', async () => {
    for (const principal of [
      { type: 'anonymous' },
      { type: 'Anonymous', account: '111122223333' },
      'anonymous',
    ]) {
      const parsed = JSON.parse(trustBundle) as { request: object };
      const bundle = JSON.stringify({ ...parsed, request: { ...parsed.request, principal } });
      const t = io({ 'b.json': bundle });
      expect(await runCli(['eval', 'b.json'], t.io)).toBe(1);
      const { problems } = JSON.parse(t.out.join('')) as { problems: { field: string; message: string }[] };
      expect(problems.map((p) => p.field)).toEqual(['request.principal']);
      expect(problems[0]?.message).toContain('{"type": "Anonymous"}');
    }
  });

  it('decides for an anonymous caller with can --principal anonymous: a public bucket allows reading, not writing', async () => {
    const bucket = 'arn:aws:s3:::example-public-site';
    const scenario = JSON.stringify({
      version: 1,
      name: 'A public website bucket',
      accounts: [{ id: '111122223333', name: 'Site' }],
      resources: [
        {
          arn: bucket,
          type: 's3',
          accountId: '111122223333',
          policy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket}/*` }],
          },
        },
      ],
    });
    const ask = async (action: string) => {
      const args = [
        'can',
        's.json',
        '--principal',
        'anonymous',
        '--action',
        action,
        '--resource',
        `${bucket}/index.html`,
      ];
      const { code, out } = await cli(args, { 's.json': scenario });
      expect(code).toBe(0);
      return JSON.parse(out) as { decision: string; explanation: string };
    };
    expect((await ask('s3:GetObject')).decision).toBe('Allowed');
    const put = await ask('s3:PutObject');
    expect(put.decision).toBe('ImplicitlyDenied');
    expect(put.explanation).toContain('an anonymous caller');
  });

  it('refuses unknown commands with a usage message (exit 2) and unreadable files with exit 3', async () => {
    const t = io();
    expect(await runCli(['frobnicate'], t.io)).toBe(2);
    expect(await runCli(['eval', 'missing.json'], t.io)).toBe(3);
    expect(await runCli(['analyze', 'missing.json'], t.io)).toBe(3);
    expect(t.err.join('\n')).toContain('Cannot read missing.json');
  });
});

/** Runs the CLI on in-memory files, its output joined, so a file one command prints feeds the next. */
async function cli(args: string[], files: Record<string, string> = {}) {
  const t = io(files);
  const code = await runCli(args, t.io);
  return { code, out: t.out.join('\n'), err: t.err.join('\n') };
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
    const analyzed = await cli(['analyze', 'scenario.json'], file);
    expect(analyzed.code).toBe(0);
    expect(analyzed.out).not.toContain(hop);
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

describe('analyze', () => {
  it('lists what edges and findings assume, on each and in a summary, the same on every run', async () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const group = 'arn:aws:iam::111122223333:group/Contractors';
    const target = 'arn:aws:iam::111122223333:role/Target';
    const scenario = {
      version: 1,
      name: 'gap',
      accounts: [{ id: '111122223333', name: 'A' }],
      users: [{ arn: alice, groups: [group] }],
      roles: [
        {
          arn: target,
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: alice }, Action: 'sts:AssumeRole' }],
          },
        },
      ],
    };
    const files = { 's.json': JSON.stringify(scenario) };
    const first = await cli(['analyze', 's.json'], files);
    expect((await cli(['analyze', 's.json'], files)).out).toBe(first.out);
    const out = JSON.parse(first.out) as {
      edges: { from: string; assumptions: { code: string; params: unknown }[] }[];
      assumptions: { edges: number; findings: number; assumptions: { code: string; edges: number }[] };
    };
    const edge = out.edges.find((e) => e.from === alice);
    expect(edge?.assumptions).toEqual([
      expect.objectContaining({ code: 'group-not-imported', params: { user: alice, group } }),
    ]);
    expect(out.assumptions).toMatchObject({
      edges: 1,
      findings: 1,
      assumptions: [{ code: 'group-not-imported', edges: 1, findings: 1 }],
    });
  });

  it('words findings, assumptions and a decision in the language of --lang, codes kept beside', async () => {
    const files = { 's.json': JSON.stringify(ec2CrossAccountScenario) };
    const analyze = await cli(['analyze', 's.json', '--lang', 'zh-Hans'], files);
    const out = JSON.parse(analyze.out) as { findings: { code: string; title: string }[] };
    expect(out.findings).toContainEqual(
      expect.objectContaining({ code: 'account-trust-without-conditions', title: '无条件信任整个账户' }),
    );
    const args = [
      '--principal',
      'arn:aws:iam::444455556666:role/AssumeRoleInA',
      '--action',
      'sts:AssumeRole',
    ];
    const can = await cli(
      [
        'can',
        's.json',
        ...args,
        '--resource',
        'arn:aws:iam::111122223333:role/RoleForB',
        '--lang',
        'zh-Hant',
      ],
      files,
    );
    const result = JSON.parse(can.out) as { decision: string; explanation: string; reason: { code: string } };
    expect(result.decision).toBe('Allowed');
    expect(result.reason.code).toBe('cross-account-allowed');
    expect(result.explanation).toContain('信任政策');
    const english = await cli(['analyze', 's.json'], files);
    expect((JSON.parse(english.out) as typeof out).findings[0]?.title).toBe(
      'Trust to a whole account without conditions',
    );
  });

  it('words every edge of analyze in the language of --lang: a decided hop from its reason, a pod from its note', async () => {
    const story = gallery.find((g) => g.id === 'eks-irsa')!;
    const files = { 's.json': JSON.stringify(story.scenario) };
    type Edge = { kind: string; explanation: string; note?: { code: string } };
    const edges = (lang: string) =>
      cli(['analyze', 's.json', '--lang', lang], files).then(
        (r) => (JSON.parse(r.out) as { edges: Edge[] }).edges,
      );
    const [zh, en] = await Promise.all([edges('zh-Hant'), edges('en')]);
    expect(zh.map((e) => e.kind)).toEqual(en.map((e) => e.kind));
    const runsAs = zh.find((e) => e.kind === 'RunsAs');
    expect(runsAs?.note?.code).toBe('pod-runs-as');
    expect(runsAs?.explanation).toMatch(/以服務帳戶 .* 的身分執行/);
    const irsa = zh.find((e) => e.kind === 'AssumeRoleWithWebIdentity');
    expect(irsa?.explanation).toMatch(/^允許：/);
    for (const e of zh) expect(e.explanation, e.kind).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+/);
    expect(en.find((e) => e.kind === 'RunsAs')?.explanation).toMatch(/^Pod .* runs as service account /);
  });

  it('adds the access layer with --access: the last step from the role to the bucket, worded in --lang', async () => {
    const story = gallery.find((g) => g.id === 'ec2-cross-account-profile')!;
    const files = { 's.json': JSON.stringify(story.scenario) };
    type Edge = { id: string; kind: string; explanation: string; accessLevels?: string[] };
    const edges = (...extra: string[]) =>
      cli(['analyze', 's.json', ...extra], files).then((r) => (JSON.parse(r.out) as { edges: Edge[] }).edges);
    const [plain, en, zh] = await Promise.all([
      edges(),
      edges('--access'),
      edges('--access', '--lang', 'zh-Hans'),
    ]);
    expect(plain.some((e) => e.kind === 'Access')).toBe(false);
    const id = 'Access:arn:aws:iam::111122223333:role/RoleForB->arn:aws:s3:::account-a-reports';
    const read = en.find((e) => e.id === id);
    expect(read?.accessLevels).toEqual(['List', 'Read']);
    expect(read?.explanation).toMatch(
      /^RoleForB can act on account-a-reports: List, Read \(\d+ action\(s\)\)\.$/,
    );
    expect(zh.find((e) => e.id === id)?.explanation).toMatch(
      /^RoleForB 可以操作 account-a-reports：列表、读取（\d+ 个操作）。$/,
    );
    expect(en.filter((e) => e.kind !== 'Access')).toEqual(plain);
  });

  it('refuses a language it does not speak', async () => {
    const t = io({ 's.json': JSON.stringify(ec2CrossAccountScenario) });
    expect(await runCli(['analyze', 's.json', '--lang', 'fr'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('--lang takes en, zh-Hans, zh-Hant');
  });
});

describe('import problems', () => {
  // A role exported without its trust policy, at line 5, column 5 of the file.
  const gaad = [
    '{',
    '  "UserDetailList": [],',
    '  "GroupDetailList": [],',
    '  "RoleDetailList": [',
    '    { "RoleName": "deploy", "Arn": "arn:aws:iam::111122223333:role/deploy" }',
    '  ],',
    '  "Policies": []',
    '}',
  ].join('\n');

  it('prints each problem in the language of --lang, with its file, line, column and field', async () => {
    const files = { 'gaad.json': gaad };
    const chinese = await cli(['import', 'gaad.json', '--lang', 'zh-Hans'], files);
    expect(chinese.code).toBe(1);
    expect(chinese.err).toContain(
      'gaad.json:5:5: error at RoleDetailList[0]: 角色 arn:aws:iam::111122223333:role/deploy 没有 AssumeRolePolicyDocument；已跳过。',
    );
    const analyzed = await cli(['analyze', 'gaad.json', '--lang', 'zh-Hant'], files);
    expect(analyzed.err).toContain('gaad.json:5:5: error at RoleDetailList[0]: 角色');
    expect(analyzed.err).toContain('已略過。');
    const english = await cli(['import', 'gaad.json'], files);
    expect(english.err).toContain(
      'gaad.json:5:5: error at RoleDetailList[0]: Role arn:aws:iam::111122223333:role/deploy has no AssumeRolePolicyDocument; it is skipped.',
    );
  });
});
