import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});
const CLUSTER = 'arn:aws:eks:us-east-1:444455556666:cluster/workloads';

describe('EKS', () => {
  it('reads the cluster and its OIDC issuer', () => {
    const { scenario, problems } = importFiles([load('eks-describe-cluster.json')]);
    expect(problems).toEqual([]);
    expect(scenario.eksClusters).toEqual([
      {
        arn: CLUSTER,
        oidcIssuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      },
    ]);
    expect(scenario.accounts).toEqual([{ id: '444455556666', name: '444455556666' }]);
  });

  it('adds node roles from describe-nodegroup to the cluster', () => {
    const nodegroup = JSON.stringify({
      nodegroup: {
        nodegroupName: 'general',
        nodegroupArn:
          'arn:aws:eks:us-east-1:444455556666:nodegroup/workloads/general/4ec5a6b2-1234-5678-9abc-def012345678',
        clusterName: 'workloads',
        nodeRole: 'arn:aws:iam::444455556666:role/eks-node-role',
      },
    });
    const { scenario } = importFiles([
      load('eks-describe-cluster.json'),
      { name: 'ng.json', text: nodegroup },
    ]);
    expect(scenario.eksClusters).toHaveLength(1);
    expect(scenario.eksClusters?.[0]?.nodeRoleArns).toEqual(['arn:aws:iam::444455556666:role/eks-node-role']);
  });

  it('reads Pod Identity associations, including cross-account target roles', () => {
    const { scenario, problems } = importFiles([load('pod-identity-associations.json')]);
    expect(problems).toEqual([]);
    const cluster = scenario.eksClusters?.[0];
    expect(cluster?.arn).toBe(CLUSTER);
    expect(cluster?.podIdentityAssociations).toEqual([
      {
        associationId: 'a-abcdefghijklmnop1',
        namespace: 'shop',
        serviceAccount: 'reports',
        roleArn: 'arn:aws:iam::444455556666:role/reports-pod-role',
        disableSessionTags: false,
      },
      {
        associationId: 'a-qrstuvwxyz0123456',
        namespace: 'billing',
        serviceAccount: 'exporter',
        roleArn: 'arn:aws:iam::444455556666:role/billing-exporter-source',
        targetRoleArn: 'arn:aws:iam::111122223333:role/billing-exporter',
        externalId: '4f7a5c1e-0d2b-4d5e-9a31-2b7c9e8f1a60',
        disableSessionTags: false,
      },
    ]);
  });

  it('merges a single describe output with the list without duplicating it', () => {
    const { scenario } = importFiles([
      load('pod-identity-association.json'),
      load('pod-identity-associations.json'),
    ]);
    expect(scenario.eksClusters?.[0]?.podIdentityAssociations).toHaveLength(2);
  });

  it('matches associations without an ARN to clusters by name, as a bare array', () => {
    const base: Scenario = { version: 1, name: 'B', accounts: [], eksClusters: [{ arn: CLUSTER }] };
    const text = JSON.stringify([
      {
        clusterName: 'workloads',
        namespace: 'shop',
        serviceAccount: 'web',
        roleArn: 'arn:aws:iam::444455556666:role/r',
      },
      {
        clusterName: 'elsewhere',
        namespace: 'shop',
        serviceAccount: 'web',
        roleArn: 'arn:aws:iam::444455556666:role/r',
      },
      { clusterName: 'workloads', namespace: 'shop', serviceAccount: 'list-only', associationId: 'a-1' },
    ]);
    const { scenario, problems } = importFiles([{ name: 'assoc.json', text }], base);
    expect(scenario.eksClusters?.[0]?.podIdentityAssociations).toEqual([
      { namespace: 'shop', serviceAccount: 'web', roleArn: 'arn:aws:iam::444455556666:role/r' },
    ]);
    expect(problems.map((p) => [p.field, p.code, p.params])).toEqual([
      [
        '[1].clusterName',
        'eks-association-cluster-unknown',
        { association: 'shop/web', cluster: 'elsewhere' },
      ],
      ['[2]', 'eks-association-without-role', { association: 'a-1' }],
    ]);
    expect(problems[1]?.message).toContain('has no roleArn');
  });

  it('reports a describe-cluster output without an ARN', () => {
    const { problems } = importFiles([
      { name: 'c.json', text: '{\n  "cluster": { "name": "x", "arn": "nope" }\n}' },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'cluster.arn', line: 2, column: 36, severity: 'error' }),
    ]);
  });
});
