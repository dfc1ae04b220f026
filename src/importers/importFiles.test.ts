import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine/graph/analysis/analyzeScenario';
import { importProblemsEn } from '../i18n/importProblemsEn';
import { importFiles } from './importFiles';
import type { ImportFile, ImportFormat } from './types';

const dir = new URL('./fixtures/', import.meta.url);
const load = (name: string): ImportFile => ({ name, text: readFileSync(new URL(name, dir), 'utf8') });
const good = [
  'aws-config.ini',
  'ec2-describe-instances.json',
  'eks-describe-cluster.json',
  'gaad-account-a.json',
  'gaad-account-b.json',
  'k8s-workloads.yaml',
  'lambda-list-functions.json',
  'oidc-provider-get.json',
  'oidc-providers.json',
  'organization.json',
  'pod-identity-associations.json',
  'saml-providers.json',
].map(load);

describe('importFiles', () => {
  it('imports the whole seed-003 estate without problems', () => {
    const { scenario, problems, detected } = importFiles(good);
    expect(problems).toEqual([]);
    expect(detected.every((d) => d.format !== 'unknown')).toBe(true);
    expect(scenario.name).toBe('Imported scenario');
    expect(scenario.accounts.map((a) => a.name).sort()).toEqual([
      'Account A (resources)',
      'Account B (workloads)',
      'Management',
    ]);
    const instance = scenario.instances?.find((i) => i.name === 'reports-runner');
    const role = scenario.roles?.find((r) => r.arn === instance?.roleArn);
    expect(role?.inlinePolicies?.[0]?.document).toMatchObject({
      Statement: [{ Resource: ['arn:aws:iam::111122223333:role/RoleForB'] }],
    });
    const cluster = scenario.eksClusters?.[0];
    expect(scenario.eksClusters).toHaveLength(1);
    expect(cluster?.oidcIssuer).toContain('oidc.eks.us-east-1.amazonaws.com');
    expect(cluster?.serviceAccounts).toHaveLength(2);
    expect(cluster?.podIdentityAssociations).toHaveLength(2);
    expect(scenario.organization?.id).toBe('o-a1b2c3d4e5');
    expect(scenario.cliProfiles).toHaveLength(6);
  });

  it('gives the engine the seed-003 chain: instance → AssumeRoleInA → RoleForB', () => {
    const analysis = analyzeScenario(importFiles(good).scenario);
    const hop = (kind: string, to: string): boolean =>
      analysis.edges.some((e) => e.kind === kind && e.to === to && e.permitted);
    expect(hop('InstanceProfile', 'arn:aws:iam::444455556666:role/AssumeRoleInA')).toBe(true);
    expect(hop('AssumeRole', 'arn:aws:iam::111122223333:role/RoleForB')).toBe(true);
    expect(hop('AssumeRoleWithWebIdentity', 'arn:aws:iam::444455556666:role/web-irsa-role')).toBe(true);
    expect(hop('PodIdentity', 'arn:aws:iam::444455556666:role/reports-pod-role')).toBe(true);
    expect(analysis.problems).toEqual([]);
  });

  it('gives the same scenario whatever order the files come in', () => {
    const forward = importFiles(good);
    const backward = importFiles([...good].reverse());
    expect(JSON.stringify(backward.scenario)).toBe(JSON.stringify(forward.scenario));
    expect(backward.detected.map((d) => d.file)).toEqual([...good].reverse().map((f) => f.name));
  });

  it('merges into a base scenario without changing it', () => {
    const base = importFiles([load('gaad-account-a.json')]).scenario;
    const snapshot = JSON.stringify(base);
    const result = importFiles([load('gaad-account-b.json'), load('gaad-account-a.json')], base);
    expect(JSON.stringify(base)).toBe(snapshot);
    expect(result.scenario.roles?.filter((r) => r.arn.endsWith(':role/RoleForB'))).toHaveLength(1);
    expect(result.scenario.accounts.map((a) => a.id)).toEqual(['111122223333', '444455556666']);
  });

  it('names an unrecognised file and lists what is accepted, and reports invalid JSON where it breaks', () => {
    const { problems, detected } = importFiles([
      load('notes.txt'),
      { name: 'cut.json', text: '{\n  "RoleDetailList": [\n' },
      { name: 'empty.json', text: ' ' },
    ]);
    expect(detected.map((d) => d.format)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(problems[0]).toMatchObject({ file: 'notes.txt', severity: 'error' });
    expect(problems[0]?.message).toContain('notes.txt is not a format Trustscope can import');
    expect(problems[0]?.message).toContain('aws iam get-account-authorization-details');
    expect(problems[0]?.message).toContain('~/.aws/config');
    expect(problems[1]).toMatchObject({ file: 'cut.json', severity: 'error', line: 3, code: 'json-invalid' });
    expect(problems[1]?.params).toMatchObject({ line: 3, column: expect.any(Number) as unknown });
    expect(problems[2]).toMatchObject({ code: 'file-empty', params: { file: 'empty.json' } });
    expect(problems[2]?.message).toContain('empty');
  });

  it('has every format it reads named in the catalogue that lists what is accepted', () => {
    // A Record over the formats: a new format fails the typecheck here until it is listed.
    const formats: Record<ImportFormat, true> = {
      'trustscope-scenario': true,
      'iam-authorization-details': true,
      organization: true,
      'eks-cluster': true,
      'eks-nodegroup': true,
      'eks-pod-identity': true,
      'ec2-instances': true,
      'lambda-functions': true,
      'iam-oidc-providers': true,
      'iam-oidc-provider': true,
      'iam-saml-providers': true,
      kubernetes: true,
      'aws-config': true,
      'policy-document': true,
      'resource-policy': true,
      terraform: true,
    };
    const labelled = Object.keys(importProblemsEn).filter((key) => key.startsWith('importFormat.'));
    expect(labelled.sort()).toEqual(
      Object.keys(formats)
        .map((f) => `importFormat.${f}`)
        .sort(),
    );
  });

  it('keeps going after a bad file and reports problems in input order', () => {
    const { scenario, problems } = importFiles([
      load('gaad-broken.json'),
      load('k8s-broken.yaml'),
      load('gaad-account-b.json'),
    ]);
    expect(scenario.roles?.length).toBe(6);
    const files = problems.map((p) => p.file);
    expect(files.indexOf('k8s-broken.yaml')).toBeGreaterThan(files.lastIndexOf('gaad-broken.json'));
  });

  it('never throws on arbitrary input', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ RoleDetailList: [v], Reservations: v, associations: v })),
      fc.jsonValue().map((v) => JSON.stringify({ version: 1, accounts: v, eksClusters: v })),
      fc.jsonValue().map((v) => `apiVersion: v1\nkind: List\nitems: ${JSON.stringify(v)}\n`),
      fc.string().map((s) => `[profile x]\nrole_arn = ${s}\nsource_profile = x\n`),
    );
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 3 }), (texts) => {
        const result = importFiles(texts.map((text, i) => ({ name: `f${i}`, text })));
        expect(result.problems.every((p) => !p.message.startsWith('Import failed unexpectedly'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
