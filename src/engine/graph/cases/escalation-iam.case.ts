/**
 * Escalation through IAM itself: rewriting a role's trust, giving a role one can assume any
 * permission, new credentials for another user, joining a group; and the self-escalation finding.
 * Each case names the API page and the pathfinding.cloud id of its technique.
 */
import {
  ACCOUNT_A,
  FULL_AWS_ACCESS_SCP,
  aGroup,
  aManagedPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  anIdentityProvider,
  anOrgUnit,
  anOrganization,
  anScp,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const API = 'https://docs.aws.amazon.com/IAM/latest/APIReference';
const DEV = arns.user(ACCOUNT_A, 'dev');
const ALICE = arns.user(ACCOUNT_A, 'alice');
const ADMIN = arns.role(ACCOUNT_A, 'Admin');
const ADMINS = arns.group(ACCOUNT_A, 'Admins');
const APP_POLICY = arns.policy(ACCOUNT_A, 'AppPolicy');
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';

/** Admin trusts the account (any principal its policies allow), and holds AdministratorAccess. */
const admin = (managed: string[] = [ADMIN_POLICY]) =>
  aRole(ADMIN, { trust: aTrustPolicy.forAccount(ACCOUNT_A), managed });
const dev = (policy: ReturnType<typeof anIdentityPolicy.allow>, boundary?: string) =>
  aUser(DEV, { inline: { DevAccess: policy }, ...(boundary ? { boundary } : {}) });
const escalation = (technique: string, to = ADMIN) => ({
  from: DEV,
  to,
  kind: 'Escalation' as const,
  technique,
});

export const cases: GraphCase[] = [
  {
    name: 'iam:UpdateAssumeRolePolicy: rewriting a trust that lets nobody in yet is enough in the same account',
    source: `${API}/API_UpdateAssumeRolePolicy.html`,
    pathfinding: 'iam-012',
    scenario: aScenario({
      roles: [aRole(ADMIN, { trust: aTrustPolicy.forService('ec2'), managed: [ADMIN_POLICY] })],
      users: [dev(anIdentityPolicy.allow('iam:UpdateAssumeRolePolicy', ADMIN))],
    }),
    expect: {
      edges: [{ ...escalation('iam:UpdateAssumeRolePolicy'), permitted: true, conditional: false }],
      noEdges: [{ from: DEV, to: ADMIN, kind: 'AssumeRole' }],
      paths: [{ from: DEV, to: ADMIN, count: 1 }],
    },
  },
  {
    name: 'iam:UpdateAssumeRolePolicy on another role only: no edge into Admin',
    source: `${API}/API_UpdateAssumeRolePolicy.html`,
    pathfinding: 'iam-012',
    scenario: aScenario({
      roles: [aRole(ADMIN, { trust: aTrustPolicy.forService('ec2'), managed: [ADMIN_POLICY] })],
      users: [dev(anIdentityPolicy.allow('iam:UpdateAssumeRolePolicy', arns.role(ACCOUNT_A, 'Other')))],
    }),
    expect: { noEdges: [{ from: DEV, to: ADMIN }] },
  },
  {
    name: 'iam:AttachRolePolicy + sts:AssumeRole: a role one can assume given AdministratorAccess',
    source: `${API}/API_AttachRolePolicy.html`,
    pathfinding: 'iam-014',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [dev(anIdentityPolicy.allow(['iam:AttachRolePolicy', 'sts:AssumeRole'], ADMIN))],
    }),
    expect: {
      edges: [
        { from: DEV, to: ADMIN, kind: 'AssumeRole', permitted: true },
        { ...escalation('iam:AttachRolePolicy+sts:AssumeRole'), permitted: true },
      ],
    },
  },
  {
    name: 'iam:AttachRolePolicy limited by iam:PolicyARN to a read-only policy: no escalation',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html',
    pathfinding: 'iam-014',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:AttachRolePolicy', ADMIN)
            .when('ArnEquals', 'iam:PolicyARN', READ_ONLY)
            .allow('sts:AssumeRole', ADMIN),
        ),
      ],
    }),
    expect: {
      edges: [{ from: DEV, to: ADMIN, kind: 'AssumeRole', permitted: true }],
      noEdges: [{ from: DEV, to: ADMIN, kind: 'Escalation' }],
    },
  },
  {
    name: 'iam:AttachRolePolicy without sts:AssumeRole (the second action missing): no escalation',
    source: `${API}/API_AttachRolePolicy.html`,
    pathfinding: 'iam-014',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [dev(anIdentityPolicy.allow('iam:AttachRolePolicy', ADMIN))],
    }),
    expect: { noEdges: [{ from: DEV, to: ADMIN }] },
  },
  {
    name: 'iam:PutRolePolicy + sts:AssumeRole, cut by a permissions boundary that does not allow iam:PutRolePolicy',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    pathfinding: 'iam-017',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [
        dev(
          anIdentityPolicy.allow(['iam:PutRolePolicy', 'sts:AssumeRole'], ADMIN),
          arns.policy(ACCOUNT_A, 'Bound'),
        ),
      ],
      managedPolicies: [
        aManagedPolicy(arns.policy(ACCOUNT_A, 'Bound'), anIdentityPolicy.allow('sts:AssumeRole', '*')),
      ],
    }),
    expect: {
      edges: [{ from: DEV, to: ADMIN, kind: 'AssumeRole', permitted: true }],
      noEdges: [{ from: DEV, to: ADMIN, kind: 'Escalation' }],
    },
  },
  {
    name: 'iam:PutRolePolicy + sts:AssumeRole, allowed',
    source: `${API}/API_PutRolePolicy.html`,
    pathfinding: 'iam-017',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [dev(anIdentityPolicy.allow(['iam:PutRolePolicy', 'sts:AssumeRole'], ADMIN))],
    }),
    expect: { edges: [{ ...escalation('iam:PutRolePolicy+sts:AssumeRole'), permitted: true }] },
  },
  {
    name: 'iam:CreatePolicyVersion + sts:AssumeRole on the customer managed policy the role has',
    source: `${API}/API_CreatePolicyVersion.html`,
    pathfinding: 'iam-016',
    scenario: aScenario({
      roles: [admin([APP_POLICY])],
      users: [
        dev(anIdentityPolicy.allow('iam:CreatePolicyVersion', APP_POLICY).allow('sts:AssumeRole', ADMIN)),
      ],
      managedPolicies: [aManagedPolicy(APP_POLICY, anIdentityPolicy.allow('s3:GetObject', '*'))],
    }),
    expect: {
      edges: [{ ...escalation('iam:CreatePolicyVersion+sts:AssumeRole'), via: APP_POLICY, permitted: true }],
    },
  },
  {
    name: 'iam:CreatePolicyVersion on an AWS managed policy: only AWS publishes its versions, no edge',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    pathfinding: 'iam-016',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [dev(anIdentityPolicy.allow(['iam:CreatePolicyVersion', 'sts:AssumeRole'], '*'))],
    }),
    expect: { noEdges: [{ from: DEV, to: ADMIN, kind: 'Escalation' }] },
  },
  {
    name: 'a service-linked role cannot be changed: iam:* on it draws no escalation',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
    scenario: aScenario({
      roles: [
        aRole(
          arns.role(
            ACCOUNT_A,
            'aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing',
          ),
          {
            trust: aTrustPolicy.forService('elasticloadbalancing'),
          },
        ),
      ],
      users: [
        dev(
          anIdentityPolicy.allow(['iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy', 'sts:AssumeRole'], '*'),
        ),
      ],
    }),
    expect: {
      noEdges: [
        {
          from: DEV,
          to: arns.role(
            ACCOUNT_A,
            'aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing',
          ),
        },
      ],
    },
  },
  {
    name: 'iam:CreateAccessKey for another user: an edge to the user, resting on a free access-key slot',
    source: `${API}/API_CreateAccessKey.html`,
    pathfinding: 'iam-002',
    scenario: aScenario({
      users: [
        dev(anIdentityPolicy.allow('iam:CreateAccessKey', ALICE)),
        aUser(ALICE, { managed: [ADMIN_POLICY] }),
      ],
    }),
    expect: {
      edges: [{ ...escalation('iam:CreateAccessKey', ALICE), assumptions: ['access-key-slot-assumed'] }],
    },
  },
  {
    name: 'iam:CreateAccessKey limited to the caller itself (${aws:username}): no edge to another user',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html',
    pathfinding: 'iam-002',
    scenario: aScenario({
      users: [
        dev(anIdentityPolicy.allow('iam:CreateAccessKey', 'arn:aws:iam::*:user/${aws:username}')),
        aUser(ALICE, { managed: [ADMIN_POLICY] }),
      ],
    }),
    expect: { noEdges: [{ from: DEV, to: ALICE }] },
  },
  {
    name: 'iam:CreateLoginProfile for a user with no MFA device: an edge resting on there being no password yet',
    source: `${API}/API_CreateLoginProfile.html`,
    pathfinding: 'iam-004',
    scenario: aScenario({
      users: [dev(anIdentityPolicy.allow('iam:CreateLoginProfile', ALICE)), aUser(ALICE, { mfa: false })],
    }),
    expect: {
      edges: [
        { ...escalation('iam:CreateLoginProfile', ALICE), assumptions: ['login-profile-absent-assumed'] },
      ],
    },
  },
  {
    name: 'iam:UpdateLoginProfile for a user known to have an MFA device: a password alone does not sign in',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html',
    pathfinding: 'iam-006',
    scenario: aScenario({
      users: [dev(anIdentityPolicy.allow('iam:UpdateLoginProfile', ALICE)), aUser(ALICE, { mfa: true })],
    }),
    expect: { noEdges: [{ from: DEV, to: ALICE }] },
  },
  {
    name: 'iam:AddUserToGroup: an edge into the group, a node of its own; members keep MemberOf edges',
    source: `${API}/API_AddUserToGroup.html`,
    pathfinding: 'iam-013',
    scenario: aScenario({
      users: [dev(anIdentityPolicy.allow('iam:AddUserToGroup', ADMINS)), aUser(ALICE, { groups: [ADMINS] })],
      groups: [aGroup(ADMINS, { managed: [ADMIN_POLICY] })],
    }),
    expect: {
      edges: [
        { ...escalation('iam:AddUserToGroup', ADMINS), permitted: true },
        { from: ALICE, to: ADMINS, kind: 'MemberOf', configured: true, permitted: true },
      ],
    },
  },
  {
    name: 'an SCP denying iam:AddUserToGroup in the caller’s account cuts the edge',
    source: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    pathfinding: 'iam-013',
    scenario: aScenario({
      accounts: [
        { id: ACCOUNT_A, name: 'A' },
        { id: '999900001111', name: 'Management' },
      ],
      users: [dev(anIdentityPolicy.allow('iam:AddUserToGroup', ADMINS))],
      groups: [aGroup(ADMINS, { managed: [ADMIN_POLICY] })],
      organization: anOrganization({
        managementAccountId: '999900001111',
        root: anOrgUnit('r-ab12', 'Root', {
          scps: ['p-FullAWSAccess'],
          accounts: ['999900001111'],
          children: [
            anOrgUnit('ou-ab12-work', 'Work', {
              accounts: [ACCOUNT_A],
              scps: ['p-FullAWSAccess', 'p-NoGroups'],
            }),
          ],
        }),
        policies: [
          FULL_AWS_ACCESS_SCP,
          anScp('p-NoGroups', 'NoGroups', anIdentityPolicy.allow('*').deny('iam:AddUserToGroup')),
        ],
        accountPolicies: {
          [ACCOUNT_A]: { scps: ['p-FullAWSAccess'] },
          '999900001111': { scps: ['p-FullAWSAccess'] },
        },
      }),
    }),
    expect: { noEdges: [{ from: DEV, to: ADMINS }] },
  },
  {
    name: 'self-escalation: a user allowed iam:PutUserPolicy on itself',
    source: `${API}/API_PutUserPolicy.html`,
    pathfinding: 'iam-007',
    scenario: aScenario({ users: [dev(anIdentityPolicy.allow('iam:PutUserPolicy', DEV))] }),
    expect: {
      findings: [{ title: 'Principal can give itself any permission', subjects: [DEV], severity: 'high' }],
    },
  },
  {
    name: 'self-escalation: a role allowed iam:AttachRolePolicy on itself, but only for a read-only policy: no finding',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html',
    pathfinding: 'iam-009',
    scenario: aScenario({
      roles: [
        aRole(arns.role(ACCOUNT_A, 'ci'), {
          trust: aTrustPolicy.forService('ec2'),
          inline: {
            Self: anIdentityPolicy
              .allow('iam:AttachRolePolicy', arns.role(ACCOUNT_A, 'ci'))
              .when('ArnEquals', 'iam:PolicyARN', READ_ONLY),
          },
        }),
      ],
    }),
    expect: { noFindings: ['Principal can give itself any permission'] },
  },
  {
    name: 'self-escalation: a user allowed iam:AttachGroupPolicy on its own group',
    source: `${API}/API_AttachGroupPolicy.html`,
    pathfinding: 'iam-010',
    scenario: aScenario({
      users: [aUser(DEV, { groups: [arns.group(ACCOUNT_A, 'Developers')] })],
      groups: [
        aGroup(arns.group(ACCOUNT_A, 'Developers'), {
          inline: {
            Manage: anIdentityPolicy.allow('iam:AttachGroupPolicy', arns.group(ACCOUNT_A, 'Developers')),
          },
        }),
      ],
    }),
    expect: { findings: [{ title: 'Principal can give itself any permission', subjects: [DEV] }] },
  },
  {
    name: 'self-escalation: a user allowed iam:CreatePolicyVersion on the customer managed policy it has',
    source: `${API}/API_CreatePolicyVersion.html`,
    pathfinding: 'iam-001',
    scenario: aScenario({
      users: [aUser(DEV, { managed: [APP_POLICY] })],
      managedPolicies: [
        aManagedPolicy(APP_POLICY, anIdentityPolicy.allow('iam:CreatePolicyVersion', APP_POLICY)),
      ],
    }),
    expect: { findings: [{ title: 'Principal can give itself any permission', subjects: [DEV] }] },
  },
  {
    name: 'outside → a GitHub Actions role that may rewrite the administrator’s trust: the outside-admin finding follows the escalation',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    pathfinding: 'iam-012',
    scenario: aScenario({
      organization: anOrganization(),
      identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, 'token.actions.githubusercontent.com')],
      roles: [
        aRole(arns.role(ACCOUNT_A, 'ci'), {
          trust: aTrustPolicy.forOidc(
            arns.oidcProvider(ACCOUNT_A, 'token.actions.githubusercontent.com'),
            undefined,
            {
              sub: 'repo:example/app:ref:refs/heads/main',
            },
          ),
          inline: { Bootstrap: anIdentityPolicy.allow('iam:UpdateAssumeRolePolicy', ADMIN) },
        }),
        aRole(ADMIN, { trust: aTrustPolicy.forService('ec2'), managed: [ADMIN_POLICY] }),
      ],
    }),
    expect: {
      edges: [{ from: arns.role(ACCOUNT_A, 'ci'), to: ADMIN, kind: 'Escalation', chained: true }],
      findings: [
        {
          title: 'Path from outside the organization to an administrator-level role',
          subjects: [
            arns.oidcProvider(ACCOUNT_A, 'token.actions.githubusercontent.com'),
            arns.role(ACCOUNT_A, 'ci'),
            ADMIN,
          ],
          severity: 'critical',
        },
      ],
    },
  },
  {
    name: 'an administrator draws no escalation edges and no self-escalation finding: it needs none',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    scenario: aScenario({
      roles: [admin([READ_ONLY])],
      users: [aUser(DEV, { managed: [ADMIN_POLICY] })],
    }),
    expect: {
      noEdges: [{ from: DEV, to: ADMIN, kind: 'Escalation' }],
      noFindings: ['Principal can give itself any permission'],
    },
  },
];
