/**
 * What a user can do once it has added itself to a group (iam:AddUserToGroup), drawn as edges from
 * the group that name the user (`joiner`). The user acts as itself with the group's policies beside
 * its own, under its own permissions boundary and its account's SCPs; the role's trust must let the
 * user in, as a group is never a principal. Only hops the user could not make without joining are
 * drawn, and a path takes a group's edge only right after its joiner's join.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  FULL_AWS_ACCESS_SCP,
  aGroup,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anAccount,
  anIdentityPolicy,
  anOrgUnit,
  anOrganization,
  anScp,
  arns,
  aManagedPolicy,
} from '../../../model/builders';
import type { Scenario } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const GROUPS_PAGE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html';
const EVALUATION =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const ALICE = arns.user(ACCOUNT_A, 'alice');
const ERIN = arns.user(ACCOUNT_A, 'erin');
const DAVE = arns.user(ACCOUNT_A, 'dave');
const BOB = arns.user(ACCOUNT_A, 'bob');
const OPS = arns.group(ACCOUNT_A, 'Ops');
const DEPLOYER = arns.role(ACCOUNT_A, 'deployer');
const AUDIT = arns.role(ACCOUNT_B, 'audit-reader');
const BATCH = arns.role(ACCOUNT_A, 'batch-admin');
const IAM_ONLY = arns.policy(ACCOUNT_A, 'IamOnlyBoundary');
const VENDOR = arns.role(ACCOUNT_A, 'vendor-support');
const VENDOR_ACCOUNT = '999988887777';
const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';
const JOIN_ONLY = arns.policy(ACCOUNT_A, 'JoinOnlyBoundary');
const SELF_ESCALATION = 'Principal can give itself any permission';
const JOINED_SELF_ESCALATION = 'User can give itself any permission once it joins a group';
const OUTSIDE_ADMIN =
  'Path from an account not known to be in your organization to an administrator-level role';

/** A vendor's account assumes vendor-support, which may create access keys for `user`. */
const vendorSupport = (user: string) =>
  aRole(VENDOR, {
    trust: aTrustPolicy.forAccount(VENDOR_ACCOUNT).when('StringEquals', 'sts:ExternalId', 'vendor-7731'),
    inline: { Support: anIdentityPolicy.allow('iam:CreateAccessKey', user) },
  });

/** The help desk's grant: add users to Ops. */
const joinOps = anIdentityPolicy.allow(['iam:AddUserToGroup', 'iam:GetGroup'], OPS);
const opsPolicy = (policy: ReturnType<typeof anIdentityPolicy.allow>) =>
  aGroup(OPS, { inline: { OpsAccess: policy } });
const deployer = () => aRole(DEPLOYER, { trust: aTrustPolicy.forAccount(ACCOUNT_A) });
const alice = (extra: Parameters<typeof aUser>[1] = {}) =>
  aUser(ALICE, { inline: { HelpDesk: joinOps }, mfa: false, ...extra });
const viaOps = (to: string, kind: 'AssumeRole' | 'Escalation', joiner = ALICE) => ({
  from: OPS,
  to,
  kind,
  joiner,
});

/** The account's OU has an SCP that denies `action` (sts:AssumeRole unless told). */
function underScp(scenario: Scenario, action = 'sts:AssumeRole'): Scenario {
  return {
    ...scenario,
    accounts: [anAccount(ACCOUNT_A, 'A'), anAccount('999900001111', 'Management')],
    organization: anOrganization({
      managementAccountId: '999900001111',
      root: anOrgUnit('r-ab12', 'Root', {
        scps: ['p-FullAWSAccess'],
        accounts: ['999900001111'],
        children: [
          anOrgUnit('ou-ab12-work', 'Work', {
            accounts: [ACCOUNT_A],
            scps: ['p-FullAWSAccess', 'p-NoAssume'],
          }),
        ],
      }),
      policies: [
        FULL_AWS_ACCESS_SCP,
        anScp('p-NoAssume', 'DenyAction', anIdentityPolicy.allow('*').deny(action)),
      ],
      accountPolicies: {
        [ACCOUNT_A]: { scps: ['p-FullAWSAccess'] },
        '999900001111': { scps: ['p-FullAWSAccess'] },
      },
    }),
  };
}

export const cases: GraphCase[] = [
  {
    name: 'a user that joins a group assumes the role the group’s policies allow: an edge from the group, as that user',
    source: GROUPS_PAGE,
    pathfinding: 'iam-013',
    scenario: aScenario({
      users: [alice(), aUser(BOB, { groups: [OPS], mfa: false })],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      roles: [deployer()],
    }),
    expect: {
      edges: [
        { from: ALICE, to: OPS, kind: 'Escalation', technique: 'iam:AddUserToGroup', permitted: true },
        {
          ...viaOps(DEPLOYER, 'AssumeRole'),
          permitted: true,
          conditional: false,
          chained: false,
          explanationIncludes: 'Once alice has added itself to group Ops, it can assume deployer',
        },
        // A member has the group's policies already: its own edge, no second one through the group.
        { from: BOB, to: DEPLOYER, kind: 'AssumeRole', permitted: true },
      ],
      noEdges: [
        { from: ALICE, to: DEPLOYER },
        { from: OPS, to: DEPLOYER, joiner: BOB },
      ],
      paths: [
        { from: ALICE, to: DEPLOYER, count: 1, first: [ALICE, OPS, DEPLOYER], maxDurationSeconds: 3600 },
        { from: BOB, to: DEPLOYER, count: 1, first: [BOB, DEPLOYER] },
      ],
    },
  },
  {
    name: 'another member’s path does not go on through the group as if it were the user that joined',
    source: GROUPS_PAGE,
    scenario: aScenario({
      users: [alice(), aUser(DAVE, { groups: [OPS], boundary: IAM_ONLY, mfa: false })],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      managedPolicies: [aManagedPolicy(IAM_ONLY, anIdentityPolicy.allow('iam:*'))],
      roles: [deployer()],
    }),
    expect: {
      edges: [
        { from: DAVE, to: OPS, kind: 'MemberOf', permitted: true },
        { ...viaOps(DEPLOYER, 'AssumeRole'), permitted: true },
        { from: DAVE, to: DEPLOYER, kind: 'AssumeRole', cutBy: 'cut-boundary-no-allow' },
      ],
      paths: [
        { from: DAVE, to: DEPLOYER, count: 0 },
        { from: ALICE, to: DEPLOYER, count: 1 },
      ],
    },
  },
  {
    name: 'two users that can each join the group: one edge from the group for each, and each path takes its own',
    source: GROUPS_PAGE,
    scenario: aScenario({
      users: [alice(), aUser(ERIN, { inline: { HelpDesk: joinOps }, mfa: false })],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      roles: [deployer()],
    }),
    expect: {
      edges: [
        { ...viaOps(DEPLOYER, 'AssumeRole'), permitted: true },
        { ...viaOps(DEPLOYER, 'AssumeRole', ERIN), permitted: true },
      ],
      paths: [
        { from: ALICE, to: DEPLOYER, count: 1, first: [ALICE, OPS, DEPLOYER] },
        { from: ERIN, to: DEPLOYER, count: 1, first: [ERIN, OPS, DEPLOYER] },
      ],
    },
  },
  {
    name: 'no edge from the group when the user could already assume the role without joining',
    source: GROUPS_PAGE,
    scenario: aScenario({
      users: [alice({ inline: { HelpDesk: joinOps.allow('sts:AssumeRole', DEPLOYER) } })],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      roles: [deployer()],
    }),
    expect: {
      edges: [{ from: ALICE, to: DEPLOYER, kind: 'AssumeRole', permitted: true }],
      noEdges: [{ from: OPS, to: DEPLOYER }],
      paths: [{ from: ALICE, to: DEPLOYER, count: 1, first: [ALICE, DEPLOYER] }],
    },
  },
  {
    name: 'the trust names the user in another account: the group’s policies make the cross-account hop',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
    scenario: aScenario({
      accounts: [anAccount(ACCOUNT_A, 'A'), anAccount(ACCOUNT_B, 'B')],
      users: [alice()],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', AUDIT))],
      roles: [aRole(AUDIT, { trust: aTrustPolicy.forUser(ALICE) })],
    }),
    expect: {
      edges: [{ ...viaOps(AUDIT, 'AssumeRole'), permitted: true }],
      noEdges: [{ from: ALICE, to: AUDIT }],
      paths: [{ from: ALICE, to: AUDIT, first: [ALICE, OPS, AUDIT] }],
    },
  },
  {
    name: 'a trust that names another user lets the joined session in no more than before: no edge',
    source: GROUPS_PAGE,
    scenario: aScenario({
      accounts: [anAccount(ACCOUNT_A, 'A'), anAccount(ACCOUNT_B, 'B')],
      users: [alice()],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', AUDIT))],
      roles: [aRole(AUDIT, { trust: aTrustPolicy.forUser(BOB) })],
    }),
    expect: { noEdges: [{ from: OPS, to: AUDIT }] },
  },
  {
    name: 'the user’s permissions boundary does not allow sts:AssumeRole: the group’s edge is cut',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    scenario: aScenario({
      users: [alice({ boundary: IAM_ONLY })],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      managedPolicies: [aManagedPolicy(IAM_ONLY, anIdentityPolicy.allow('iam:*'))],
      roles: [deployer()],
    }),
    expect: {
      edges: [
        { from: ALICE, to: OPS, kind: 'Escalation', permitted: true },
        { ...viaOps(DEPLOYER, 'AssumeRole'), cutBy: 'cut-boundary-no-allow' },
      ],
      paths: [{ from: ALICE, to: DEPLOYER, count: 0 }],
    },
  },
  {
    name: 'an SCP denying sts:AssumeRole in the user’s account cuts the group’s edge',
    source: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    scenario: underScp(
      aScenario({
        users: [alice()],
        groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
        roles: [deployer()],
      }),
    ),
    expect: {
      edges: [{ ...viaOps(DEPLOYER, 'AssumeRole'), cutBy: 'cut-scp-deny' }],
      paths: [{ from: ALICE, to: DEPLOYER, count: 0 }],
    },
  },
  {
    name: 'the group’s policies allow passing a role to EC2: an escalation edge from the group, as the user',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/permission-to-pass-iam-roles.html',
    pathfinding: 'ec2-001',
    scenario: aScenario({
      users: [alice()],
      groups: [opsPolicy(anIdentityPolicy.allow(['iam:PassRole', 'ec2:RunInstances']))],
      roles: [
        aRole(BATCH, {
          trust: aTrustPolicy.forService('ec2'),
          managed: ['arn:aws:iam::aws:policy/AdministratorAccess'],
          instanceProfiles: [arns.instanceProfile(ACCOUNT_A, 'batch-admin')],
        }),
      ],
    }),
    expect: {
      edges: [
        { ...viaOps(BATCH, 'Escalation'), technique: 'iam:PassRole+ec2:RunInstances', permitted: true },
      ],
      noEdges: [{ from: ALICE, to: BATCH }],
      paths: [{ from: ALICE, to: BATCH, count: 1, first: [ALICE, OPS, BATCH] }],
    },
  },
  {
    name: 'the group’s policies allow a new access key for another user: an escalation edge from the group',
    source: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html',
    pathfinding: 'iam-002',
    scenario: aScenario({
      users: [alice(), aUser(BOB, { mfa: false })],
      groups: [opsPolicy(anIdentityPolicy.allow('iam:CreateAccessKey', BOB))],
    }),
    expect: {
      edges: [
        {
          ...viaOps(BOB, 'Escalation'),
          technique: 'iam:CreateAccessKey',
          assumptions: ['access-key-slot-assumed'],
        },
      ],
      paths: [{ from: ALICE, to: BOB, first: [ALICE, OPS, BOB] }],
    },
  },
  {
    name: 'the user’s boundary refuses the escalation’s calls: no escalation edge from the group',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    scenario: aScenario({
      users: [alice({ boundary: IAM_ONLY })],
      groups: [opsPolicy(anIdentityPolicy.allow(['iam:PassRole', 'ec2:RunInstances']))],
      managedPolicies: [aManagedPolicy(IAM_ONLY, anIdentityPolicy.allow('iam:*'))],
      roles: [aRole(BATCH, { trust: aTrustPolicy.forService('ec2') })],
    }),
    expect: { noEdges: [{ from: OPS, to: BATCH }] },
  },
  {
    name: 'an SCP denying iam:AddUserToGroup: no join, and no edge from the group either',
    source: EVALUATION,
    pathfinding: 'iam-013',
    scenario: underScp(
      aScenario({
        users: [alice()],
        groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
        roles: [deployer()],
      }),
      'iam:AddUserToGroup',
    ),
    expect: {
      noEdges: [
        { from: ALICE, to: OPS },
        { from: OPS, to: DEPLOYER },
      ],
    },
  },
  {
    name: 'a path from outside through a new access key, a join and the group’s edge to an administrator is a finding',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html',
    scenario: aScenario({
      users: [alice()],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      roles: [vendorSupport(ALICE), aRole(DEPLOYER, { managed: [ADMIN_POLICY] })],
    }),
    expect: {
      findings: [{ title: OUTSIDE_ADMIN, subjects: [VENDOR_ACCOUNT, VENDOR, ALICE, OPS, DEPLOYER] }],
    },
  },
  {
    name: 'a path from outside to a member of the group does not go on through another user’s edge from it',
    source: GROUPS_PAGE,
    scenario: aScenario({
      users: [alice(), aUser(DAVE, { groups: [OPS], boundary: IAM_ONLY, mfa: false })],
      groups: [opsPolicy(anIdentityPolicy.allow('sts:AssumeRole', DEPLOYER))],
      managedPolicies: [aManagedPolicy(IAM_ONLY, anIdentityPolicy.allow('iam:*'))],
      roles: [vendorSupport(DAVE), aRole(DEPLOYER, { managed: [ADMIN_POLICY] })],
    }),
    expect: {
      edges: [{ ...viaOps(DEPLOYER, 'AssumeRole'), permitted: true }],
      noFindings: [OUTSIDE_ADMIN],
    },
  },
  {
    name: 'what the input does not show of the group’s policies is named on its edges: a policy not imported, a statement not read',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
    scenario: aScenario({
      users: [alice()],
      groups: [
        aGroup(OPS, {
          inline: {
            OpsAccess: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: DEPLOYER },
                // No Effect: AWS would not have stored it, and what it meant is unknown.
                { Action: 'iam:CreateAccessKey', Resource: '*' },
              ],
            },
          },
          managed: [arns.policy(ACCOUNT_A, 'OpsOnCall')],
        }),
      ],
      roles: [deployer()],
    }),
    expect: {
      edges: [
        // Joining rests on alice's own policies only.
        {
          from: ALICE,
          to: OPS,
          kind: 'Escalation',
          technique: 'iam:AddUserToGroup',
          permitted: true,
          assumptions: [],
        },
        {
          ...viaOps(DEPLOYER, 'AssumeRole'),
          permitted: true,
          assumptions: ['policy-not-imported', 'unreadable-document'],
        },
      ],
    },
  },
  {
    name: 'a user that may join a group whose policies let a member rewrite the group can give itself any permission: a finding',
    source: GROUPS_PAGE,
    pathfinding: 'iam-013',
    scenario: aScenario({
      users: [alice()],
      groups: [opsPolicy(anIdentityPolicy.allow('iam:PutGroupPolicy', OPS))],
    }),
    expect: {
      edges: [{ from: ALICE, to: OPS, kind: 'Escalation', technique: 'iam:AddUserToGroup', permitted: true }],
      findings: [
        {
          title: JOINED_SELF_ESCALATION,
          subjects: [ALICE, OPS],
          severity: 'high',
          assumptions: [],
        },
      ],
      noFindings: [SELF_ESCALATION],
    },
  },
  {
    name: 'a user that can give itself any permission already gets no second finding for the group it may join',
    source: GROUPS_PAGE,
    scenario: aScenario({
      users: [
        alice({ inline: { HelpDesk: joinOps, Self: anIdentityPolicy.allow('iam:PutUserPolicy', ALICE) } }),
      ],
      groups: [opsPolicy(anIdentityPolicy.allow('iam:PutGroupPolicy', OPS))],
    }),
    expect: {
      findings: [{ title: SELF_ESCALATION, subjects: [ALICE], severity: 'high' }],
      noFindings: [JOINED_SELF_ESCALATION],
    },
  },
  {
    name: 'a permissions boundary that does not allow iam:PutGroupPolicy leaves the joined group no way to any permission',
    source: EVALUATION,
    scenario: aScenario({
      users: [alice({ boundary: JOIN_ONLY })],
      groups: [opsPolicy(anIdentityPolicy.allow('iam:PutGroupPolicy', OPS))],
      managedPolicies: [
        aManagedPolicy(JOIN_ONLY, anIdentityPolicy.allow(['iam:AddUserToGroup', 'iam:GetGroup'])),
      ],
    }),
    expect: {
      edges: [{ from: ALICE, to: OPS, kind: 'Escalation', technique: 'iam:AddUserToGroup', permitted: true }],
      noFindings: [JOINED_SELF_ESCALATION, SELF_ESCALATION],
    },
  },
  {
    name: 'a group whose policies let a member put a policy on itself: the joiner’s call is decided with the group’s policies, not as before joining',
    source: GROUPS_PAGE,
    scenario: aScenario({
      // alice may put a policy on bob only: on herself, her own call is denied until she joins.
      users: [
        alice({ inline: { HelpDesk: joinOps, Bob: anIdentityPolicy.allow('iam:PutUserPolicy', BOB) } }),
        aUser(BOB, { mfa: false }),
      ],
      groups: [opsPolicy(anIdentityPolicy.allow('iam:PutUserPolicy', 'arn:aws:iam::*:user/*'))],
    }),
    expect: {
      findings: [{ title: JOINED_SELF_ESCALATION, subjects: [ALICE, OPS], severity: 'high' }],
    },
  },
  {
    name: 'a user that may join a group with AdministratorAccess can give itself any permission: the same finding',
    source: GROUPS_PAGE,
    scenario: aScenario({
      users: [alice()],
      groups: [aGroup(OPS, { managed: [ADMIN_POLICY] })],
    }),
    expect: {
      findings: [
        { title: JOINED_SELF_ESCALATION, subjects: [ALICE, OPS], severity: 'high', assumptions: [] },
      ],
      noFindings: [SELF_ESCALATION],
    },
  },
];
