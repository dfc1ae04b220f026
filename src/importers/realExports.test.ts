/**
 * A real account export's quirks, in the shape `aws iam get-account-authorization-details` prints
 * (fixtures/real/gaad-quirks.json): everything AWS stored is evaluated as AWS evaluates it, and what
 * is odd about it is said, never a reason to drop a document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeScenario, canPrincipal, findPaths, prepareScenario } from '../engine';
import { importFiles } from './importFiles';

const name = 'gaad-quirks.json';
const text = readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
const { scenario, problems: importProblems } = importFiles([{ name, text }]);
const analysis = analyzeScenario(scenario, { now: () => 0 });
const prepared = prepareScenario(scenario);

const A = '777788889999';
const role = (path: string) => `arn:aws:iam::${A}:role/${path}`;
const SSO_NAME = 'AWSReservedSSO_AdministratorAccess_1a2b3c4d5e6f7a8b';
const SSO = role(`aws-reserved/sso.amazonaws.com/eu-west-1/${SSO_NAME}`);
const SESSION = `arn:aws:sts::${A}:assumed-role/${SSO_NAME}/jane.doe@example.com`;
const edge = (from: string, to: string) => analysis.edges.find((e) => e.from === from && e.to === to);
const problemsOf = (documentId: string) => analysis.problems.filter((p) => p.documentId === documentId);

describe('a real account export, as AWS stored it', () => {
  it('imports without errors', () => {
    expect(importProblems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-role-session
  it('draws a trust that names an Identity Center session as an edge from its role, for that session name only', () => {
    const hop = edge(SSO, role('deploy'));
    expect(hop).toMatchObject({ permitted: true, conditional: true, chained: true });
    expect(hop?.conditions).toContainEqual(
      expect.objectContaining({
        key: 'sts:RoleSessionName',
        values: ['jane.doe@example.com'],
        label: 'session name',
      }),
    );
    expect(findPaths(analysis, SSO, role('deploy'))).toHaveLength(1);
  });

  it('answers "can" for that session with its role\'s policies, and not for a session of another name', () => {
    const can = (principal: string) =>
      canPrincipal(prepared, principal, 'sts:AssumeRole', role('deploy')).decision;
    expect(can(SESSION)).toBe('Allowed');
    expect(can(SESSION.replace('jane.doe', 'john.roe'))).toBe('ImplicitlyDenied');
    // The session has its role's permissions (AdministratorAccess), path or not.
    expect(canPrincipal(prepared, SESSION, 'iam:CreateUser', '*').decision).toBe('Allowed');
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html: AWS managed policies
  // have no length quota (ReadOnlyAccess is about twice 6,144 characters).
  it('evaluates an AWS managed policy longer than a customer managed one may be, without a problem', () => {
    expect(problemsOf('arn:aws:iam::aws:policy/ReadOnlyAccess')).toEqual([]);
    expect(prepared.principals.get(role('audit'))?.unknownPolicies).toEqual([]);
    const read = canPrincipal(prepared, role('audit'), 'ec2:DescribeInstances', '*');
    expect(read.decision).toBe('Allowed');
  });

  it("evaluates a role's 6,600-character inline policy, within the role's 10,240", () => {
    expect(problemsOf(`${role('data-pipeline')}#inline/pipeline-access`)).toEqual([]);
    expect(edge(role('data-pipeline'), role('reports-reader'))?.permitted).toBe(true);
  });

  it('evaluates a customer managed policy over 6,144 characters, with a warning since AWS stored it', () => {
    const managed = `arn:aws:iam::${A}:policy/legacy-wide-read`;
    expect(problemsOf(managed)).toEqual([expect.objectContaining({ code: 'TS2010', severity: 'warning' })]);
    expect(problemsOf(managed)[0]?.message).toContain('limit for a customer managed policy is 6144');
    expect(edge(`arn:aws:iam::${A}:user/legacy-etl`, role('audit'))?.permitted).toBe(true);
  });

  it('keeps a Deny that shares its document with odd action strings, which match nothing', () => {
    const guardrails = `${role('ci-runner')}#inline/guardrails`;
    expect(problemsOf(guardrails).map((p) => [p.code, p.severity])).toEqual([
      ['TS5001', 'warning'],
      ['TS5001', 'warning'],
    ]);
    // The Deny still cuts the hop its trust and Allow statements would make: drawn cut, never a way in.
    expect(edge(role('ci-runner'), role('reports-reader'))).toMatchObject({
      permitted: false,
      note: { code: 'cut-identity-deny', params: { statement: 'NoReports' } },
    });
    expect(edge(role('ci-runner'), role('audit'))?.permitted).toBe(true);
    const odd = canPrincipal(prepared, role('ci-runner'), 's3:GetObject', 'arn:aws:s3:::ci-artifacts/a');
    expect(odd.decision).toBe('ImplicitlyDenied');
  });
});
