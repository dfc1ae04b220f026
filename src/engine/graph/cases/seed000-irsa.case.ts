/**
 * Seed 000: EKS IAM roles for service accounts (IRSA). A service account annotated with
 * `eks.amazonaws.com/role-arn` gets a web identity token whose `sub` is
 * `system:serviceaccount:NS:SA` and whose `aud` is `sts.amazonaws.com`; the role's trust policy must
 * name the cluster's IAM OIDC provider (in the role's account) and match both claims.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aPod,
  aRole,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  anEksCluster,
  anIdentityProvider,
  arns,
  eksOidcProviderArn,
} from '../../../model/builders';
import type { EksClusterSpec, ServiceAccountSpec, PodSpec, RoleSpec } from '../../../model/scenario';
import { podId, serviceAccountId } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const IRSA = 'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html';
const IRSA_OVERVIEW = 'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html';
const CROSS_ACCOUNT = 'https://docs.aws.amazon.com/eks/latest/userguide/cross-account-access.html';
const OIDC_PROVIDER =
  'https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html';

const CLUSTER = arns.eksCluster(ACCOUNT_A, 'main');
const ROLE = arns.role(ACCOUNT_A, 'web-irsa');
const ROLE_B = arns.role(ACCOUNT_B, 'web-irsa-b');
const issuerOf = (c: EksClusterSpec) => (c.oidcIssuer ?? '').replace(/^https:\/\//, '');

const sa = (ns: string, name: string) => serviceAccountId(CLUSTER, ns, name);
const WEB = sa('app', 'web');
const WORKER = sa('app', 'worker');
const SYSTEM = sa('kube-system', 'aws-node');

/** A cluster in account A with its OIDC provider registered in account A. */
function irsa(options: {
  serviceAccounts: ServiceAccountSpec[];
  pods?: PodSpec[];
  roles: (providerArn: string, cluster: EksClusterSpec) => RoleSpec[];
  providerAccounts?: string[];
  /** Accounts whose provider list is known complete (an imported list-open-id-connect-providers). */
  providerLists?: string[];
  oidcIssuer?: false;
}) {
  const cluster = anEksCluster(CLUSTER, {
    serviceAccounts: options.serviceAccounts,
    ...(options.pods ? { pods: options.pods } : {}),
    ...(options.oidcIssuer === false ? { oidcIssuer: false } : {}),
  });
  const issuer = cluster.oidcIssuer ?? 'https://oidc.eks.us-east-1.amazonaws.com/id/NONE';
  const providerArn = eksOidcProviderArn(cluster);
  return aScenario({
    name: 'IRSA',
    eksClusters: [cluster],
    identityProviders: (options.providerAccounts ?? [ACCOUNT_A]).map((acct) =>
      anIdentityProvider.oidc(acct, issuer),
    ),
    roles: options.roles(providerArn, cluster),
    ...(options.providerLists ? { identityProviderLists: options.providerLists } : {}),
  });
}

export const cases: GraphCase[] = [
  {
    name: 'annotation matches the trust sub and aud: configured, permitted, unconditional edge from the service account',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      pods: [aPod('app', 'web-1', 'web', 'Deployment/web')],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'web') })],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: true,
          conditional: false,
          badges: ['sub', 'aud'],
        },
        { from: podId(CLUSTER, 'app', 'web-1'), to: WEB, kind: 'RunsAs', configured: true, permitted: true },
      ],
      paths: [
        {
          from: podId(CLUSTER, 'app', 'web-1'),
          to: ROLE,
          count: 1,
          first: [podId(CLUSTER, 'app', 'web-1'), WEB, ROLE],
          maxDurationSeconds: 3600,
        },
      ],
      noFindings: [
        'Web identity trust without a sub condition',
        'Wildcard in a web identity sub condition',
        'Configured AssumeRoleWithWebIdentity that cannot work',
      ],
    },
  },
  {
    name: 'a service account that is not annotated and not named by the sub gets no edge',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE }), aServiceAccount('app', 'worker')],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'web') })],
    }),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', permitted: true }],
      noEdges: [{ from: WORKER, to: ROLE }],
    },
  },
  {
    name: 'trust names another service account: the annotated edge is drawn broken and reported',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'other') })],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: false,
          conditional: false,
        },
      ],
      findings: [
        {
          title: 'Configured AssumeRoleWithWebIdentity that cannot work',
          subjects: [WEB, ROLE],
          severity: 'high',
        },
      ],
      whyNot: [{ from: WEB, to: ROLE, includes: 'Broken' }],
    },
  },
  {
    name: 'trust expects another audience than the token carries: broken',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: (provider) => [
        aRole(ROLE, {
          trust: aTrustPolicy.forOidc(provider, undefined, {
            sub: 'system:serviceaccount:app:web',
            aud: 'vault.example.com',
          }),
        }),
      ],
    }),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: false }],
      findings: [{ title: 'Configured AssumeRoleWithWebIdentity that cannot work', subjects: [WEB, ROLE] }],
    },
  },
  {
    name: 'service account annotated with another audience than the trust expects: broken',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE, audience: 'vault.example.com' })],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'web') })],
    }),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: false }],
    },
  },
  {
    name: 'wildcard sub system:serviceaccount:app:* lets the other service accounts of the namespace in',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [
        aServiceAccount('app', 'web', { roleArn: ROLE }),
        aServiceAccount('app', 'worker'),
        aServiceAccount('kube-system', 'aws-node'),
      ],
      roles: (provider) => [
        aRole(ROLE, {
          trust: aTrustPolicy.forOidc(provider, undefined, { subLike: 'system:serviceaccount:app:*' }),
        }),
      ],
    }),
    expect: {
      edges: [
        { from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: true },
        {
          from: WORKER,
          to: ROLE,
          kind: 'AssumeRoleWithWebIdentity',
          configured: false,
          permitted: true,
          conditional: false,
        },
      ],
      noEdges: [{ from: SYSTEM, to: ROLE }],
      findings: [
        { title: 'Wildcard in a web identity sub condition', subjects: [ROLE, WORKER], severity: 'medium' },
      ],
    },
  },
  {
    name: 'trust without a sub condition: every service account of the cluster may assume the role, reported',
    source: IRSA_OVERVIEW,
    scenario: irsa({
      serviceAccounts: [
        aServiceAccount('app', 'web', { roleArn: ROLE }),
        aServiceAccount('kube-system', 'aws-node'),
      ],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forOidc(provider) })],
    }),
    expect: {
      edges: [
        { from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: true },
        { from: SYSTEM, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: false, permitted: true },
      ],
      findings: [{ title: 'Web identity trust without a sub condition', subjects: [ROLE], severity: 'high' }],
    },
  },
  {
    name: 'role in another account without an OIDC provider for the issuer there: broken',
    source: CROSS_ACCOUNT,
    scenario: irsa({
      providerLists: [ACCOUNT_A, ACCOUNT_B],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE_B })],
      roles: (_provider, cluster) => [
        aRole(ROLE_B, {
          trust: aTrustPolicy.forIrsa(arns.oidcProvider(ACCOUNT_B, issuerOf(cluster)), 'app', 'web'),
        }),
      ],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE_B,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: false,
          explanationIncludes: 'no IAM OIDC provider',
        },
      ],
      findings: [{ title: 'Configured AssumeRoleWithWebIdentity that cannot work', subjects: [WEB, ROLE_B] }],
    },
  },
  {
    name: 'role in another account whose account has its own OIDC provider for the issuer: permitted',
    source: CROSS_ACCOUNT,
    scenario: irsa({
      providerAccounts: [ACCOUNT_A, ACCOUNT_B],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE_B })],
      roles: (_provider, cluster) => [
        aRole(ROLE_B, {
          trust: aTrustPolicy.forIrsa(arns.oidcProvider(ACCOUNT_B, issuerOf(cluster)), 'app', 'web'),
        }),
      ],
    }),
    expect: {
      edges: [
        { from: WEB, to: ROLE_B, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: true },
      ],
    },
  },
  {
    name: 'same-account role but no IAM OIDC provider registered at all: broken',
    source: OIDC_PROVIDER,
    scenario: irsa({
      providerAccounts: [],
      providerLists: [ACCOUNT_A],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'web') })],
    }),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: false }],
    },
  },
  {
    name: 'no IAM OIDC provider in the scenario and no provider list for the account: assumed to exist, and said so',
    source: OIDC_PROVIDER,
    scenario: irsa({
      providerAccounts: [],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'web') })],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: true,
          assumptions: ['oidc-provider-assumed'],
        },
      ],
      noFindings: ['Configured AssumeRoleWithWebIdentity that cannot work'],
    },
  },
  {
    name: 'role in another account, only the cluster account listed: the other account’s provider is assumed',
    source: CROSS_ACCOUNT,
    scenario: irsa({
      providerLists: [ACCOUNT_A],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE_B })],
      roles: (_provider, cluster) => [
        aRole(ROLE_B, {
          trust: aTrustPolicy.forIrsa(arns.oidcProvider(ACCOUNT_B, issuerOf(cluster)), 'app', 'web'),
        }),
      ],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE_B,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: true,
          assumptions: ['oidc-provider-assumed'],
        },
      ],
    },
  },
  {
    name: 'provider in a listed account: permitted on what the input says, no assumption',
    source: IRSA,
    scenario: irsa({
      providerLists: [ACCOUNT_A],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: (provider) => [aRole(ROLE, { trust: aTrustPolicy.forIrsa(provider, 'app', 'web') })],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: true,
          assumptions: [],
        },
      ],
    },
  },
  {
    name: 'cluster without an OIDC issuer: the annotation cannot work',
    source: OIDC_PROVIDER,
    scenario: irsa({
      oidcIssuer: false,
      providerAccounts: [],
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: () => [aRole(ROLE, { trust: aTrustPolicy.forService('ec2') })],
    }),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: false,
          explanationIncludes: 'no OIDC issuer',
        },
      ],
    },
  },
  {
    name: 'trust of a role that does not trust the provider at all: the annotated edge is broken',
    source: IRSA,
    scenario: irsa({
      serviceAccounts: [aServiceAccount('app', 'web', { roleArn: ROLE })],
      roles: () => [aRole(ROLE, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
    }),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'AssumeRoleWithWebIdentity', configured: true, permitted: false }],
    },
  },
];
