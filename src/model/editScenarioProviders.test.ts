import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine';
import { ACCOUNT_A, aRole, aScenario, aTrustPolicy, anEksCluster, aServiceAccount, arns } from './builders';
import {
  addProvider,
  checkProvider,
  issuerHost,
  parseClientIds,
  providerArnOf,
} from './editScenarioProviders';
import { removeEntity } from './editScenarioRemove';
import type { Scenario } from './scenario';
import { validateScenarioValue } from './validateScenario';

const cluster = anEksCluster(arns.eksCluster(ACCOUNT_A, 'main'), {
  serviceAccounts: [aServiceAccount('payments', 'api', { roleArn: arns.role(ACCOUNT_A, 'payments-api') })],
});
const issuer = cluster.oidcIssuer ?? '';
const providerArn = arns.oidcProvider(ACCOUNT_A, issuer);
const role = arns.role(ACCOUNT_A, 'payments-api');
// An IRSA role whose account's provider list says nothing: the provider is assumed to exist.
const irsa = aScenario({
  eksClusters: [cluster],
  roles: [aRole(role, { trust: aTrustPolicy.forIrsa(providerArn, 'payments', 'api') })],
});
const oidc = { kind: 'oidc' as const, account: ACCOUNT_A, issuer, clientIds: ['sts.amazonaws.com'] };
const irsaEdge = (s: Scenario) =>
  analyzeScenario(s, { now: () => 0 }).edges.find(
    (e) => e.to === role && e.kind === 'AssumeRoleWithWebIdentity',
  );

describe('identity providers added in the explorer', () => {
  it('an OIDC provider for the cluster’s issuer takes away the oidc-provider-assumed assumption', () => {
    expect(irsaEdge(irsa)?.assumptions.map((a) => a.code)).toEqual(['oidc-provider-assumed']);
    const added = addProvider(irsa, oidc);
    expect(added.identityProviders).toEqual([{ arn: providerArn, clientIds: ['sts.amazonaws.com'] }]);
    expect(providerArnOf(oidc)).toBe(providerArn);
    const edge = irsaEdge(added);
    expect(edge?.permitted).toBe(true);
    expect(edge?.assumptions).toEqual([]);
    expect(validateScenarioValue(added).problems).toEqual([]);
    // Removing the provider node (the inspector's Remove) brings the assumption back.
    expect(irsaEdge(removeEntity(added, providerArn))?.assumptions.map((a) => a.code)).toEqual([
      'oidc-provider-assumed',
    ]);
  });

  it('a SAML provider lets the roles that trust it be federated into', () => {
    const saml = arns.samlProvider(ACCOUNT_A, 'Okta');
    const admin = arns.role(ACCOUNT_A, 'SamlAdmin');
    const s = aScenario({ roles: [aRole(admin, { trust: aTrustPolicy.forSaml(saml) })] });
    const federated = (x: Scenario) =>
      analyzeScenario(x, { now: () => 0 }).edges.some(
        (e) => e.from === saml && e.to === admin && e.permitted,
      );
    expect(federated(s)).toBe(false);
    expect(federated(addProvider(s, { kind: 'saml', account: ACCOUNT_A, name: 'Okta' }))).toBe(true);
  });

  it('reads the issuer with or without https:// and names what is wrong', () => {
    expect(issuerHost(' https://token.actions.githubusercontent.com/ ')).toBe(
      'token.actions.githubusercontent.com',
    );
    expect(parseClientIds('sts.amazonaws.com, my-app  other')).toEqual([
      'sts.amazonaws.com',
      'my-app',
      'other',
    ]);
    expect(checkProvider(irsa, { ...oidc, issuer: '' })).toBe('oidcIssuer');
    expect(checkProvider(irsa, { ...oidc, issuer: 'https:// spaced.example' })).toBe('oidcIssuer');
    expect(checkProvider(irsa, { ...oidc, clientIds: [] })).toBe('clientId');
    expect(checkProvider(irsa, { ...oidc, account: '999988887777' })).toBe('unknownAccount');
    expect(checkProvider(addProvider(irsa, oidc), { ...oidc, issuer: `https://${issuer}` })).toBe(
      'duplicate',
    );
    expect(checkProvider(irsa, { kind: 'saml', account: ACCOUNT_A, name: 'a b' })).toBe('samlName');
  });
});
