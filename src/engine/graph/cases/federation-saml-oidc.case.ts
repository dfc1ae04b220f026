/**
 * Federation: a SAML provider into a role (sts:AssumeRoleWithSAML, usually with SAML:aud) and an
 * OIDC provider other than an EKS cluster's, e.g. GitHub Actions (sts:AssumeRoleWithWebIdentity),
 * whose token claims the outside world chooses: sub/aud become the edge's conditions.
 */
import {
  ACCOUNT_A,
  PolicyBuilder,
  aRole,
  aScenario,
  aTrustPolicy,
  anIdentityProvider,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const SAML = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html';
const OIDC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html';
const GITHUB =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub';
const ADMIN = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html';

const SAML_IDP = arns.samlProvider(ACCOUNT_A, 'Okta');
const OTHER_SAML_IDP = arns.samlProvider(ACCOUNT_A, 'AzureAD');
const SSO_ROLE = arns.role(ACCOUNT_A, 'Engineers');
const GH_ISSUER = 'https://token.actions.githubusercontent.com';
const GH_IDP = arns.oidcProvider(ACCOUNT_A, GH_ISSUER);
const DEPLOY = arns.role(ACCOUNT_A, 'github-deploy');
const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';

export const cases: GraphCase[] = [
  {
    name: 'SAML provider trusted with SAML:aud = the sign-in endpoint: permitted AssumeRoleWithSAML edge, badge SAML',
    source: SAML,
    scenario: aScenario({
      identityProviders: [anIdentityProvider.saml(ACCOUNT_A, 'Okta')],
      roles: [aRole(SSO_ROLE, { trust: aTrustPolicy.forSaml(SAML_IDP) })],
    }),
    expect: {
      edges: [
        {
          from: SAML_IDP,
          to: SSO_ROLE,
          kind: 'AssumeRoleWithSAML',
          permitted: true,
          configured: false,
          conditional: false,
          badges: ['SAML'],
        },
      ],
      paths: [
        { from: SAML_IDP, to: SSO_ROLE, count: 1, first: [SAML_IDP, SSO_ROLE], maxDurationSeconds: 3600 },
      ],
    },
  },
  {
    name: 'a SAML provider the trust does not name gets no edge',
    source: SAML,
    scenario: aScenario({
      identityProviders: [
        anIdentityProvider.saml(ACCOUNT_A, 'Okta'),
        anIdentityProvider.saml(ACCOUNT_A, 'AzureAD'),
      ],
      roles: [aRole(SSO_ROLE, { trust: aTrustPolicy.forSaml(SAML_IDP) })],
    }),
    expect: {
      edges: [{ from: SAML_IDP, to: SSO_ROLE, kind: 'AssumeRoleWithSAML', permitted: true }],
      noEdges: [{ from: OTHER_SAML_IDP, to: SSO_ROLE }],
    },
  },
  {
    name: 'SAML trust that allows only sts:AssumeRole (not AssumeRoleWithSAML): no edge from the provider',
    source: SAML,
    scenario: aScenario({
      identityProviders: [anIdentityProvider.saml(ACCOUNT_A, 'Okta')],
      roles: [
        aRole(SSO_ROLE, {
          trust: new PolicyBuilder([
            { Effect: 'Allow', Principal: { Federated: SAML_IDP }, Action: 'sts:AssumeRole' },
          ]),
        }),
      ],
    }),
    expect: { noEdges: [{ from: SAML_IDP, to: SSO_ROLE }] },
  },
  {
    name: 'GitHub Actions OIDC with a sub for one repository and branch: conditional edge with badges sub and aud',
    source: GITHUB,
    scenario: aScenario({
      identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, GH_ISSUER)],
      roles: [
        aRole(DEPLOY, {
          trust: aTrustPolicy.forOidc(GH_IDP, undefined, { sub: 'repo:example-org/app:ref:refs/heads/main' }),
        }),
      ],
    }),
    expect: {
      edges: [
        {
          from: GH_IDP,
          to: DEPLOY,
          kind: 'AssumeRoleWithWebIdentity',
          permitted: true,
          conditional: true,
          configured: false,
          badges: ['sub', 'aud'],
        },
      ],
      noFindings: ['GitHub OIDC trust without a sub condition'],
    },
  },
  {
    name: 'GitHub Actions OIDC without a sub condition: any repository on GitHub, critical finding',
    source: GITHUB,
    scenario: aScenario({
      identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, GH_ISSUER)],
      roles: [aRole(DEPLOY, { trust: aTrustPolicy.forOidc(GH_IDP) })],
    }),
    expect: {
      edges: [{ from: GH_IDP, to: DEPLOY, kind: 'AssumeRoleWithWebIdentity', permitted: true }],
      findings: [
        { title: 'GitHub OIDC trust without a sub condition', subjects: [DEPLOY], severity: 'critical' },
      ],
    },
  },
  {
    name: 'GitHub Actions OIDC with a wildcard sub over the organization: wildcard finding',
    source: GITHUB,
    scenario: aScenario({
      identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, GH_ISSUER)],
      roles: [
        aRole(DEPLOY, { trust: aTrustPolicy.forOidc(GH_IDP, undefined, { subLike: 'repo:example-org/*' }) }),
      ],
    }),
    expect: {
      edges: [
        {
          from: GH_IDP,
          to: DEPLOY,
          kind: 'AssumeRoleWithWebIdentity',
          permitted: true,
          conditional: true,
          badges: ['sub'],
        },
      ],
      findings: [{ title: 'Wildcard in a web identity sub condition', subjects: [DEPLOY] }],
      noFindings: ['GitHub OIDC trust without a sub condition'],
    },
  },
  {
    name: 'GitHub Actions into an administrator role: path from outside to an admin role, critical',
    source: ADMIN,
    scenario: aScenario({
      identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, GH_ISSUER)],
      roles: [
        aRole(DEPLOY, {
          trust: aTrustPolicy.forOidc(GH_IDP, undefined, { sub: 'repo:example-org/app:ref:refs/heads/main' }),
          managed: [ADMIN_POLICY],
        }),
      ],
    }),
    expect: {
      findings: [
        {
          title: 'Path from outside the organization to an administrator-level role',
          subjects: [GH_IDP, DEPLOY],
          severity: 'critical',
        },
      ],
    },
  },
  {
    name: 'OIDC trust naming a provider missing from the account’s imported provider list: no edge',
    source: OIDC,
    scenario: aScenario({
      identityProviders: [],
      identityProviderLists: [ACCOUNT_A],
      roles: [
        aRole(DEPLOY, { trust: aTrustPolicy.forOidc(GH_IDP, undefined, { sub: 'repo:example-org/app:*' }) }),
      ],
    }),
    expect: { noEdges: [{ from: GH_IDP, to: DEPLOY }] },
  },
  {
    name: 'OIDC trust naming a provider the scenario lacks, with no provider list for the account: assumed to exist, and said so',
    source: OIDC,
    scenario: aScenario({
      roles: [
        aRole(DEPLOY, { trust: aTrustPolicy.forOidc(GH_IDP, undefined, { sub: 'repo:example-org/app:*' }) }),
      ],
    }),
    expect: {
      edges: [
        {
          from: GH_IDP,
          to: DEPLOY,
          kind: 'AssumeRoleWithWebIdentity',
          permitted: true,
          conditional: true,
          assumptions: ['oidc-provider-assumed'],
        },
      ],
      paths: [{ from: GH_IDP, to: DEPLOY, count: 1 }],
    },
  },
];
