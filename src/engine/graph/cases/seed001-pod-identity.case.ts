/**
 * Seed 001: EKS Pod Identity. An association (cluster, namespace, service account) → role; the EKS Auth
 * service assumes the role as `pods.eks.amazonaws.com` with sts:AssumeRole and sts:TagSession, passing
 * the session tags kubernetes-namespace, kubernetes-service-account, eks-cluster-arn, … which the trust
 * policy can check as aws:RequestTag/*. The role must be in the cluster's account; other accounts are
 * reached with targetRoleArn (role chaining, guarded by an external id).
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aPod,
  aPodIdentityAssociation,
  aRole,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  anEksCluster,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import type { PodIdentityAssociationSpec, PodSpec, RoleSpec } from '../../../model/scenario';
import { podId, serviceAccountId } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const POD_ID_ROLE = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html';
const POD_ID_ABAC = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-abac.html';
const POD_ID_ASSOC = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-association.html';
const POD_ID_TARGET = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-assign-target-role.html';
const POD_ID_HOW = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html';

const CLUSTER = arns.eksCluster(ACCOUNT_A, 'main');
const ROLE = arns.role(ACCOUNT_A, 'web-pod-identity');
const ROLE_B = arns.role(ACCOUNT_B, 'web-target');
const WEB = serviceAccountId(CLUSTER, 'app', 'web');
const WEB_POD = podId(CLUSTER, 'app', 'web-1');

function podIdentity(
  associations: PodIdentityAssociationSpec[],
  roles: RoleSpec[],
  pods: PodSpec[] = [aPod('app', 'web-1', 'web')],
) {
  return aScenario({
    name: 'Pod Identity',
    eksClusters: [
      anEksCluster(CLUSTER, {
        serviceAccounts: [aServiceAccount('app', 'web')],
        pods,
        podIdentityAssociations: associations,
      }),
    ],
    roles,
  });
}

const scoped = aTrustPolicy.forPodIdentity({ namespace: 'app', serviceAccount: 'web' });

export const cases: GraphCase[] = [
  {
    name: 'trust allows AssumeRole and TagSession with namespace and service-account request tags: permitted',
    source: POD_ID_ROLE,
    scenario: podIdentity([aPodIdentityAssociation('app', 'web', ROLE)], [aRole(ROLE, { trust: scoped })]),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'PodIdentity',
          configured: true,
          permitted: true,
          conditional: false,
          badges: ['tags'],
        },
        { from: WEB_POD, to: WEB, kind: 'RunsAs', configured: true, permitted: true },
      ],
      paths: [{ from: WEB_POD, to: ROLE, count: 1, first: [WEB_POD, WEB, ROLE], maxDurationSeconds: 3600 }],
      noFindings: [
        'Pod Identity trust without namespace or service account conditions',
        'Configured PodIdentity that cannot work',
      ],
    },
  },
  {
    name: 'trust allows only sts:AssumeRole (no sts:TagSession): broken',
    source: POD_ID_ROLE,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE)],
      [aRole(ROLE, { trust: aTrustPolicy.forService('pods.eks.amazonaws.com') })],
    ),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE,
          kind: 'PodIdentity',
          configured: true,
          permitted: false,
          explanationIncludes: 'sts:TagSession',
        },
      ],
      findings: [
        { title: 'Configured PodIdentity that cannot work', subjects: [WEB, ROLE], severity: 'high' },
      ],
    },
  },
  {
    name: 'trust conditions name another namespace: broken',
    source: POD_ID_ABAC,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE)],
      [aRole(ROLE, { trust: aTrustPolicy.forPodIdentity({ namespace: 'payments', serviceAccount: 'web' }) })],
    ),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'PodIdentity', configured: true, permitted: false }],
      findings: [{ title: 'Configured PodIdentity that cannot work', subjects: [WEB, ROLE] }],
      // From the pod, "why not" follows the association the chain is set up to take.
      whyNot: [
        { from: WEB_POD, to: ROLE, includes: 'becomes web in 1 hop(s); from there: Broken: sts:AssumeRole' },
      ],
    },
  },
  {
    name: 'trust without namespace or service-account conditions: permitted, but any association may use it',
    source: POD_ID_ROLE,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE)],
      [aRole(ROLE, { trust: aTrustPolicy.forPodIdentity() })],
    ),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'PodIdentity', configured: true, permitted: true }],
      findings: [
        {
          title: 'Pod Identity trust without namespace or service account conditions',
          subjects: [ROLE],
          severity: 'medium',
        },
      ],
    },
  },
  {
    name: 'association whose role is in another account than the cluster: broken',
    source: POD_ID_ASSOC,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE_B)],
      [aRole(ROLE_B, { trust: scoped })],
    ),
    expect: {
      edges: [
        {
          from: WEB,
          to: ROLE_B,
          kind: 'PodIdentity',
          configured: true,
          permitted: false,
          explanationIncludes: "cluster's account",
        },
      ],
      findings: [{ title: 'Configured PodIdentity that cannot work', subjects: [WEB, ROLE_B] }],
    },
  },
  {
    name: 'association with disabled session tags against a trust that checks request tags: broken',
    source: POD_ID_ABAC,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE, { disableSessionTags: true })],
      [aRole(ROLE, { trust: scoped })],
    ),
    expect: {
      edges: [{ from: WEB, to: ROLE, kind: 'PodIdentity', configured: true, permitted: false }],
    },
  },
  {
    name: 'targetRoleArn with externalId: EKS chains the association role into the target role in another account',
    source: POD_ID_TARGET,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE, { targetRoleArn: ROLE_B, externalId: 'assoc-ext-123' })],
      [
        aRole(ROLE, {
          trust: scoped,
          inline: { AssumeTarget: anIdentityPolicy.allow('sts:AssumeRole', ROLE_B) },
        }),
        aRole(ROLE_B, { trust: aTrustPolicy.forRole(ROLE).withExternalId('assoc-ext-123') }),
      ],
    ),
    expect: {
      edges: [
        { from: WEB, to: ROLE, kind: 'PodIdentity', configured: true, permitted: true },
        {
          from: ROLE,
          to: ROLE_B,
          kind: 'AssumeRole',
          configured: true,
          permitted: true,
          chained: true,
          badges: ['ExternalId'],
        },
      ],
      paths: [{ from: WEB_POD, to: ROLE_B, first: [WEB_POD, WEB, ROLE, ROLE_B], maxDurationSeconds: 3600 }],
    },
  },
  {
    name: 'targetRoleArn whose trust expects another external id: the configured chain hop is broken',
    source: POD_ID_TARGET,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE, { targetRoleArn: ROLE_B, externalId: 'assoc-ext-123' })],
      [
        aRole(ROLE, {
          trust: scoped,
          inline: { AssumeTarget: anIdentityPolicy.allow('sts:AssumeRole', ROLE_B) },
        }),
        aRole(ROLE_B, { trust: aTrustPolicy.forRole(ROLE).withExternalId('some-other-id') }),
      ],
    ),
    expect: {
      edges: [{ from: ROLE, to: ROLE_B, kind: 'AssumeRole', configured: true, permitted: false }],
      findings: [{ title: 'Configured AssumeRole that cannot work', subjects: [ROLE, ROLE_B] }],
    },
  },
  {
    name: 'targetRoleArn in another account but the association role has no identity policy for it: broken',
    source: POD_ID_TARGET,
    scenario: podIdentity(
      [aPodIdentityAssociation('app', 'web', ROLE, { targetRoleArn: ROLE_B, externalId: 'assoc-ext-123' })],
      [
        aRole(ROLE, { trust: scoped }),
        aRole(ROLE_B, { trust: aTrustPolicy.forRole(ROLE).withExternalId('assoc-ext-123') }),
      ],
    ),
    expect: {
      edges: [{ from: ROLE, to: ROLE_B, kind: 'AssumeRole', configured: true, permitted: false }],
    },
  },
  {
    name: 'a pod runs as its service account: RunsAs edge, even for a service account without a role',
    source: POD_ID_HOW,
    scenario: podIdentity([], [], [aPod('app', 'web-1', 'web'), aPod('batch', 'job-1', 'runner')]),
    expect: {
      edges: [
        { from: WEB_POD, to: WEB, kind: 'RunsAs', configured: true, permitted: true, conditional: false },
        {
          from: podId(CLUSTER, 'batch', 'job-1'),
          to: serviceAccountId(CLUSTER, 'batch', 'runner'),
          kind: 'RunsAs',
          permitted: true,
        },
      ],
      noEdges: [{ from: WEB_POD, to: serviceAccountId(CLUSTER, 'batch', 'runner') }],
    },
  },
];
