import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../memoryIo.testkit';
import { runCli } from '../runCli';

const fixture = (name: string) =>
  readFileSync(new URL(`../../importers/fixtures/terraform/${name}`, import.meta.url), 'utf8');
const files: Record<string, string> = {
  'plan.json': fixture('plan-deploy.json'),
  'state.json': fixture('state.json'),
  'notes.txt': 'not an export',
};
const DEPLOY = 'arn:aws:iam::111122223333:role/DeployRole';

async function diff(...args: string[]) {
  const { io, out, err } = memoryIo(files);
  const code = await runCli(['diff', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli diff', () => {
  it('prints what a plan changes, and exits 0 when no --fail-on condition is met', async () => {
    const { code, out } = await diff('plan.json', '--fail-on', 'finding-severity=critical');
    expect(code).toBe(0);
    expect(out).toContain('1 way(s) to become DeployRole now need fewer conditions');
    expect(out).toContain('fewer conditions: ci-runner → DeployRole (AssumeRole)');
    expect(out).toContain('new: Account 999988887777 → release-bot (AssumeRole)');
    expect(out).toContain('removed: Account 999988887777 → ci-runner (AssumeRole)');
    expect(out).toContain('data.aws_iam_policy_document.deploy_trust is known only after apply');
  });

  it('exits 1 when a condition is met, naming what met it', async () => {
    const into = await diff('plan.json', '--fail-on', `new-edge-into=${DEPLOY}`);
    expect(into.code).toBe(1);
    expect(into.out).toContain(`Fails on new-edge-into=${DEPLOY}: AssumeRole:`);
    const admin = await diff(
      'plan.json',
      '--fail-on',
      'new-admin-path',
      '--fail-on',
      'finding-severity=high',
    );
    expect(admin.code).toBe(1);
    expect(admin.out).toMatch(/Fails on new-admin-path: .*instance\/i-[0-9a-f]{17} → .*DeployRole/);
  });

  it('prints JSON with its format name and version', async () => {
    const { code, out } = await diff('plan.json', '--format', 'json', '--fail-on', 'new-admin-path');
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      format: string;
      version: number;
      edges: { change: string; from: string; to: string }[];
      failed: { condition: string }[];
    };
    expect([json.format, json.version]).toEqual(['trustscope.diff', 1]);
    expect(json.edges).toContainEqual(
      expect.objectContaining({
        change: 'added',
        from: '999988887777',
        to: 'arn:aws:iam::111122223333:role/release-bot',
      }),
    );
    expect(json.failed.map((f) => f.condition)).toEqual(['new-admin-path']);
  });

  it('prints Markdown for a pull-request comment, in the chosen language', async () => {
    const en = await diff('plan.json', '--format', 'markdown');
    expect(en.out.startsWith('### What changed\n\n- **')).toBe(true);
    expect(en.out).toContain('- fewer conditions: `ci-runner` → `DeployRole` (AssumeRole)');
    const zh = await diff('plan.json', '--format', 'markdown', '--lang', 'zh-Hans');
    expect(zh.out.startsWith('### 变更内容')).toBe(true);
    // Findings too are worded in the chosen language, not in the engine's English.
    expect(en.out).toContain('Third-party trust without ExternalId');
    expect(zh.out).not.toContain('Third-party trust without ExternalId');
    expect(zh.out).toMatch(/\[high\] [^\n]*ExternalId/);
  });

  it('compares two sets of files', async () => {
    const { code, out } = await diff(
      '--before',
      'state.json',
      '--after',
      'plan.json',
      '--fail-on',
      `new-edge-into=${DEPLOY}`,
    );
    expect(code).toBe(1);
    expect(out).toContain('new way(s) to become DeployRole');
  });

  it('exits 2 on a usage error and 3 on an input it cannot read', async () => {
    expect((await diff('plan.json', '--fail-on', 'everything')).code).toBe(2);
    expect((await diff('plan.json', '--format', 'yaml')).code).toBe(2);
    expect((await diff('--before', 'plan.json')).code).toBe(2);
    expect((await diff('plan.json', 'state.json')).code).toBe(2);
    expect((await diff('missing.json')).code).toBe(3);
    const unknown = await diff('--before', 'notes.txt', '--after', 'plan.json');
    expect(unknown.code).toBe(3);
    expect(unknown.err).toContain('notes.txt');
  });
});
