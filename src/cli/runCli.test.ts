import { describe, expect, it } from 'vitest';
import type { CliIo } from './command';
import { runCli } from './runCli';

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
  };
  return { io: value, out, err };
}

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

  it('refuses unknown commands and missing files with a usage message', async () => {
    const t = io();
    expect(await runCli(['frobnicate'], t.io)).toBe(2);
    expect(await runCli(['eval', 'missing.json'], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('Cannot read missing.json');
  });
});
