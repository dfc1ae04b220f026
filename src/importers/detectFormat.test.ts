import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, isTerraformPlan } from './detectFormat';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('detectFormat', () => {
  it.each([
    ['gaad-account-a.json', 'iam-authorization-details'],
    ['gaad-broken.json', 'iam-authorization-details'],
    ['organization.json', 'organization'],
    ['eks-describe-cluster.json', 'eks-cluster'],
    ['pod-identity-association.json', 'eks-pod-identity'],
    ['pod-identity-associations.json', 'eks-pod-identity'],
    ['ec2-describe-instances.json', 'ec2-instances'],
    ['lambda-list-functions.json', 'lambda-functions'],
    ['oidc-providers.json', 'iam-oidc-providers'],
    ['oidc-provider-get.json', 'iam-oidc-provider'],
    ['saml-providers.json', 'iam-saml-providers'],
    ['k8s-workloads.yaml', 'kubernetes'],
    ['k8s-broken.yaml', 'kubernetes'],
    ['k8s-pods-list.json', 'kubernetes'],
    ['aws-config.ini', 'aws-config'],
    ['aws-config-broken.ini', 'aws-config'],
    ['scenario-newer.json', 'trustscope-scenario'],
    ['notes.txt', 'unknown'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(load(name))).toBe(format);
  });

  it('reads the content, not the name, and knows the smaller shapes', () => {
    const t = (text: string): string => detectFormat({ name: 'output.json', text });
    expect(t('{"nodegroup": {"nodegroupArn": "x"}}')).toBe('eks-nodegroup');
    expect(t('[{"association": {}}]')).toBe('eks-pod-identity');
    expect(t('{"Policies": [{"PolicyVersionList": []}]}')).toBe('iam-authorization-details');
    expect(t('{"Policies": [{"PolicySummary": {}}]}')).toBe('organization');
    expect(t('\uFEFF{"Functions": []}')).toBe('lambda-functions');
    expect(t('{"Buckets": []}')).toBe('unknown');
    expect(t('[]')).toBe('unknown');
    expect(t('')).toBe('unknown');
    expect(t('{"cluster": ')).toBe('unknown');
  });

  it('tells a Terraform plan, whose two sides compare, from a state', () => {
    expect(isTerraformPlan(load('terraform/plan-deploy.json'))).toBe(true);
    expect(isTerraformPlan(load('terraform/state.json'))).toBe(false);
    expect(isTerraformPlan(load('gaad-account-a.json'))).toBe(false);
  });
});
