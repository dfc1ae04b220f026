import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { importFiles } from './importFiles';
import { UNKNOWN_CLUSTER_ARN, type ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});
const CLUSTER = 'arn:aws:eks:us-east-1:444455556666:cluster/workloads';

describe('Kubernetes YAML', () => {
  it('reads service accounts with IRSA annotations and workload pod templates into the one cluster', () => {
    const { scenario, problems } = importFiles([
      load('k8s-workloads.yaml'),
      load('eks-describe-cluster.json'),
    ]);
    expect(problems).toEqual([]);
    expect(scenario.eksClusters).toHaveLength(1);
    const cluster = scenario.eksClusters?.[0];
    expect(cluster?.arn).toBe(CLUSTER);
    expect(cluster?.serviceAccounts).toEqual([
      { namespace: 'shop', name: 'web', roleArn: 'arn:aws:iam::444455556666:role/web-irsa-role' },
      {
        namespace: 'shop',
        name: 'reports',
        roleArn: 'arn:aws:iam::444455556666:role/reports-irsa-role',
        audience: 'reports.example.com',
      },
    ]);
    expect(cluster?.pods).toEqual([
      { namespace: 'shop', name: 'web', serviceAccount: 'web', owner: 'Deployment/web' },
      {
        namespace: 'shop',
        name: 'nightly-report',
        serviceAccount: 'reports',
        owner: 'CronJob/nightly-report',
      },
      {
        namespace: 'kube-system',
        name: 'log-shipper',
        serviceAccount: 'default',
        owner: 'DaemonSet/log-shipper',
      },
    ]);
  });

  it('reads kubectl JSON lists of pods with their owners', () => {
    const { scenario } = importFiles([load('k8s-pods-list.json'), load('eks-describe-cluster.json')]);
    expect(scenario.eksClusters?.[0]?.pods).toEqual([
      {
        namespace: 'shop',
        name: 'web-7d9f8b6c5d-x2k9q',
        serviceAccount: 'web',
        owner: 'ReplicaSet/web-7d9f8b6c5d',
      },
      { namespace: 'default', name: 'debug', serviceAccount: 'default' },
    ]);
  });

  it('uses the single cluster of the base scenario', () => {
    const base: Scenario = { version: 1, name: 'Base', accounts: [], eksClusters: [{ arn: CLUSTER }] };
    const { scenario, problems } = importFiles([load('k8s-workloads.yaml')], base);
    expect(problems).toEqual([]);
    expect(scenario.name).toBe('Base');
    expect(scenario.eksClusters?.[0]?.serviceAccounts).toHaveLength(2);
    expect(base.eksClusters?.[0]?.serviceAccounts).toBeUndefined();
  });

  it('falls back to a placeholder cluster with a warning when the cluster is unknown', () => {
    const { scenario, problems } = importFiles([load('k8s-workloads.yaml')]);
    expect(scenario.eksClusters?.[0]?.arn).toBe(UNKNOWN_CLUSTER_ARN);
    expect(scenario.accounts).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'k8s-workloads.yaml',
        severity: 'warning',
        code: 'k8s-cluster-unknown',
        message: expect.stringContaining('aws eks describe-cluster') as unknown,
      }),
    ]);
    const two: Scenario = {
      version: 1,
      name: 'Two',
      accounts: [],
      eksClusters: [{ arn: CLUSTER }, { arn: 'arn:aws:eks:eu-west-1:444455556666:cluster/other' }],
    };
    const again = importFiles([load('k8s-workloads.yaml')], two);
    expect(again.scenario.eksClusters?.map((c) => c.arn)).toContain(UNKNOWN_CLUSTER_ARN);
    expect(again.problems[0]).toMatchObject({ code: 'k8s-cluster-ambiguous', params: { count: 2 } });
  });

  it('skips a broken document and reports it with line and column', () => {
    const { scenario, problems } = importFiles([load('k8s-broken.yaml'), load('eks-describe-cluster.json')]);
    expect(scenario.eksClusters?.[0]?.serviceAccounts).toEqual([{ namespace: 'shop', name: 'good' }]);
    expect(problems[0]).toMatchObject({
      file: 'k8s-broken.yaml',
      field: 'documents[1]',
      line: 11,
      column: 14,
      severity: 'error',
      code: 'yaml-syntax',
      params: expect.objectContaining({ document: 2 }) as unknown,
    });
    expect(problems.at(-1)).toMatchObject({
      field: 'documents[2].metadata',
      line: 17,
      code: 'k8s-object-without-name',
      params: { kind: 'Deployment' },
    });
  });

  it('names odd keys with brackets in field paths and warns about a bad role annotation', () => {
    const text = [
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      '  name: x',
      '  annotations:',
      '    eks.amazonaws.com/role-arn: not-an-arn',
    ].join('\n');
    const { problems } = importFiles([{ name: 'sa.yaml', text }]);
    expect(problems[0]).toMatchObject({
      field: 'documents[0].metadata.annotations["eks.amazonaws.com/role-arn"]',
      line: 6,
      column: 33,
      severity: 'warning',
    });
  });

  it('survives aliases, __proto__ keys and deep nesting', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - &sa {apiVersion: v1, kind: ServiceAccount, metadata: {name: a, __proto__: {polluted: 1}}}\n  - *sa\n' +
      `x: ${'['.repeat(300)}${']'.repeat(300)}\n`;
    const { scenario } = importFiles([{ name: 'alias.yaml', text }]);
    expect(scenario.eksClusters?.[0]?.serviceAccounts).toEqual([{ namespace: 'default', name: 'a' }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
