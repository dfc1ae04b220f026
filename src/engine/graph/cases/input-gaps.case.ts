/**
 * What the input leaves out: a group a user is a member of, or a managed policy a principal has
 * attached, that the scenario does not hold. Its policies (Denies included) are unknown, so every
 * hop leaving that principal is decided as if it granted and denied nothing, and says so.
 */
import { serviceAccountId } from '../../../model/scenario';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aGroup,
  aServiceAccount,
  anEksCluster,
  anOrgUnit,
  anOrganization,
  anScp,
  FULL_AWS_ACCESS_SCP,
  aManagedPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const GROUPS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html';
const MANAGED = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html';
const UNREADABLE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html';

const ALICE = arns.user(ACCOUNT_A, 'alice');
const APP = arns.role(ACCOUNT_A, 'App');
const TARGET = arns.role(ACCOUNT_A, 'Target');
const MISSING_GROUP = arns.group(ACCOUNT_A, 'Contractors');
const DEVELOPERS = arns.group(ACCOUNT_A, 'Developers');
const MISSING_POLICY = `arn:aws:iam::${ACCOUNT_A}:policy/LegacyDeny`;
const HELD_POLICY = `arn:aws:iam::${ACCOUNT_A}:policy/Assume`;
const canAssume = anIdentityPolicy.allow('sts:AssumeRole', TARGET);

export const cases: GraphCase[] = [
  {
    name: 'a user’s group missing from the scenario: a finding, and every edge from the user says so',
    source: GROUPS,
    scenario: aScenario({
      users: [aUser(ALICE, { groups: [MISSING_GROUP], inline: { Assume: canAssume } })],
      roles: [aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
    }),
    expect: {
      edges: [
        { from: ALICE, to: TARGET, kind: 'AssumeRole', permitted: true, assumptions: ['group-not-imported'] },
      ],
      findings: [
        {
          title: 'Group not in the scenario',
          subjects: [ALICE],
          severity: 'info',
          assumptions: ['group-not-imported'],
        },
      ],
    },
  },
  {
    name: 'a user’s group that is in the scenario: no assumption',
    source: GROUPS,
    scenario: aScenario({
      users: [aUser(ALICE, { groups: [DEVELOPERS] })],
      groups: [aGroup(DEVELOPERS, { inline: { Assume: canAssume } })],
      roles: [aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
    }),
    expect: {
      edges: [{ from: ALICE, to: TARGET, kind: 'AssumeRole', permitted: true, assumptions: [] }],
      noFindings: ['Group not in the scenario'],
    },
  },
  {
    name: 'a customer managed policy missing from the scenario: edges from the role rest on it granting and denying nothing',
    source: MANAGED,
    scenario: aScenario({
      roles: [
        aRole(APP, {
          trust: aTrustPolicy.forService('ec2'),
          managed: [MISSING_POLICY],
          inline: { Assume: canAssume },
        }),
        aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_A) }),
      ],
    }),
    expect: {
      edges: [
        { from: APP, to: TARGET, kind: 'AssumeRole', permitted: true, assumptions: ['policy-not-imported'] },
      ],
      findings: [
        {
          title: 'Managed policy not in the scenario',
          subjects: [APP],
          assumptions: ['policy-not-imported'],
        },
      ],
    },
  },
  {
    name: 'a customer managed policy the scenario holds: no assumption',
    source: MANAGED,
    scenario: aScenario({
      managedPolicies: [aManagedPolicy(HELD_POLICY, canAssume)],
      roles: [
        aRole(APP, { trust: aTrustPolicy.forService('ec2'), managed: [HELD_POLICY] }),
        aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_A) }),
      ],
    }),
    expect: {
      edges: [{ from: APP, to: TARGET, kind: 'AssumeRole', permitted: true, assumptions: [] }],
      noFindings: ['Managed policy not in the scenario'],
    },
  },
  {
    name: 'a statement that cannot be read, beside one that allows: the edge stands and names the document',
    source: UNREADABLE,
    scenario: aScenario({
      users: [
        aUser(ALICE, {
          inline: {
            Mixed: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: TARGET },
                // No Effect: AWS would not have stored it, and what it meant is unknown.
                { Action: 'sts:AssumeRole', Resource: TARGET },
              ],
            },
          },
        }),
      ],
      roles: [aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
    }),
    expect: {
      edges: [
        {
          from: ALICE,
          to: TARGET,
          kind: 'AssumeRole',
          permitted: true,
          assumptions: ['unreadable-document'],
        },
      ],
    },
  },
  {
    name: 'a trust policy read only in part: every edge into the role says so',
    source: UNREADABLE,
    scenario: aScenario({
      roles: [
        aRole(APP, { inline: { Assume: canAssume } }),
        aRole(TARGET, {
          trust: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { AWS: arns.root(ACCOUNT_A) }, Action: 'sts:AssumeRole' },
              { Effect: 'Deny', Principal: { AWS: '*' } },
            ],
          },
        }),
      ],
    }),
    expect: {
      edges: [
        { from: APP, to: TARGET, kind: 'AssumeRole', permitted: true, assumptions: ['unreadable-document'] },
      ],
    },
  },
  {
    name: 'a service account annotated with a role of an account the scenario lacks: undecided, not broken',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cross-account-access.html',
    scenario: aScenario({
      accounts: [{ id: ACCOUNT_A, name: 'Cluster account' }],
      eksClusters: [
        anEksCluster(arns.eksCluster(ACCOUNT_A, 'main'), {
          serviceAccounts: [
            aServiceAccount('payments', 'api', { roleArn: arns.role(ACCOUNT_B, 'Payments') }),
            aServiceAccount('payments', 'worker', { roleArn: arns.role(ACCOUNT_A, 'Gone') }),
          ],
        }),
      ],
    }),
    expect: {
      edges: [
        {
          from: serviceAccountId(arns.eksCluster(ACCOUNT_A, 'main'), 'payments', 'api'),
          to: arns.role(ACCOUNT_B, 'Payments'),
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: false,
          assumptions: ['role-not-imported'],
        },
        {
          from: serviceAccountId(arns.eksCluster(ACCOUNT_A, 'main'), 'payments', 'worker'),
          to: arns.role(ACCOUNT_A, 'Gone'),
          kind: 'AssumeRoleWithWebIdentity',
          configured: true,
          permitted: false,
        },
      ],
      findings: [
        {
          title: 'Configured AssumeRoleWithWebIdentity that cannot work',
          subjects: [arns.role(ACCOUNT_A, 'Gone')],
        },
      ],
      noFindings: [
        {
          title: 'Configured AssumeRoleWithWebIdentity that cannot work',
          subject: arns.role(ACCOUNT_B, 'Payments'),
        },
      ],
    },
  },
  {
    name: 'an SCP read only in part over the caller: its edges say so',
    source:
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html',
    scenario: aScenario({
      organization: anOrganization({
        managementAccountId: ACCOUNT_B,
        root: anOrgUnit('r-ab12', 'Root', {
          scps: ['p-FullAWSAccess'],
          accounts: [ACCOUNT_B],
          children: [
            anOrgUnit('ou-ab12-work', 'Workloads', {
              accounts: [ACCOUNT_A],
              scps: ['p-FullAWSAccess', 'p-Guard'],
            }),
          ],
        }),
        policies: [
          FULL_AWS_ACCESS_SCP,
          anScp('p-Guard', 'Guard', {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
              // Effect misspelt: the statement cannot be read.
              { Effect: 'deny', Action: 'iam:*', Resource: '*' },
            ],
          }),
        ],
      }),
      roles: [
        aRole(APP, { inline: { Assume: canAssume } }),
        aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_A) }),
      ],
    }),
    expect: {
      edges: [
        { from: APP, to: TARGET, kind: 'AssumeRole', permitted: true, assumptions: ['unreadable-document'] },
      ],
    },
  },
];
