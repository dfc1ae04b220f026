import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine/graph/analysis/analyzeScenario';
import type { Scenario } from '../model/scenario';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});
const ACCOUNT_B = '444455556666';
const WEB_IRSA = `arn:aws:iam::${ACCOUNT_B}:role/web-irsa-role`;
const ISSUER = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
const EMPTY_LIST: ImportFile = { name: 'oidc-empty.json', text: '{ "OpenIDConnectProviderList": [] }' };
/** An account's export, its cluster and its service accounts: what an EKS estate's IAM export gives. */
const estate = [load('gaad-account-b.json'), load('eks-describe-cluster.json'), load('k8s-workloads.yaml')];

const irsaEdge = (scenario: Scenario) =>
  analyzeScenario(scenario).edges.find((e) => e.kind === 'AssumeRoleWithWebIdentity' && e.to === WEB_IRSA);

describe('OIDC provider lists', () => {
  it('a get-account-authorization-details export holds no providers: IRSA edges assume theirs, and say so', () => {
    const { scenario, problems } = importFiles(estate);
    expect(problems).toEqual([]);
    expect(scenario.identityProviders).toBeUndefined();
    expect(scenario.identityProviderLists).toBeUndefined();
    const edge = irsaEdge(scenario);
    expect(edge).toMatchObject({ configured: true, permitted: true });
    expect(edge?.assumptions).toEqual([
      {
        code: 'oidc-provider-assumed',
        params: { account: ACCOUNT_B, issuer: ISSUER },
        text: `IAM OIDC provider ${ISSUER} is assumed to exist in account ${ACCOUNT_B}: no provider list was imported for that account.`,
      },
    ]);
    const findings = analyzeScenario(scenario).findings;
    expect(findings.filter((f) => f.code === 'broken-edge' && f.subjects.includes(WEB_IRSA))).toEqual([]);
  });

  it('a provider list records its account: the provider it holds needs no assumption', () => {
    const { scenario, problems } = importFiles([...estate, load('oidc-providers.json')]);
    expect(problems).toEqual([]);
    expect(scenario.identityProviderLists).toEqual([ACCOUNT_B]);
    expect(irsaEdge(scenario)).toMatchObject({ permitted: true, assumptions: [] });
  });

  it('an empty list is the only account’s: the provider is known to be missing and the edge broken', () => {
    const { scenario, problems } = importFiles([...estate, EMPTY_LIST]);
    expect(problems).toEqual([]);
    expect(scenario.identityProviderLists).toEqual([ACCOUNT_B]);
    expect(irsaEdge(scenario)).toMatchObject({ configured: true, permitted: false, assumptions: [] });
    expect(irsaEdge(scenario)?.explanation).toContain('has no IAM OIDC provider');
  });

  it('an empty list with no account to give it to is named, and records nothing', () => {
    const { scenario, problems } = importFiles([EMPTY_LIST]);
    expect(scenario.identityProviderLists).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'oidc-empty.json',
        severity: 'warning',
        field: 'OpenIDConnectProviderList',
      }),
    ]);
  });

  it('an export alone, without its cluster: an EKS provider its roles trust is left to IRSA, not drawn as outside', () => {
    const { scenario } = importFiles([load('gaad-account-b.json')]);
    const analysis = analyzeScenario(scenario);
    expect(analysis.nodes.filter((n) => n.kind === 'identityProvider')).toEqual([]);
    expect(analysis.findings.filter((f) => f.code.includes('outside-admin'))).toEqual([]);
  });

  it('a scenario file keeps its lists', () => {
    const file = { version: 1, name: 's', accounts: [], identityProviderLists: [ACCOUNT_B] };
    const { scenario } = importFiles([{ name: 's.json', text: JSON.stringify(file) }]);
    expect(scenario.identityProviderLists).toEqual([ACCOUNT_B]);
  });
});
