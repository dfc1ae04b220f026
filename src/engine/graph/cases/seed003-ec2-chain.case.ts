/**
 * Seed 003: an EC2 instance in account B cannot carry a role of account A; its instance profile holds
 * AssumeRoleInA (account B, trusting ec2.amazonaws.com), whose identity policy lets it call
 * sts:AssumeRole on RoleForB in account A, which trusts account B. Path: instance → AssumeRoleInA →
 * RoleForB, and the last hop is role chaining, capped at one hour whatever RoleForB's maximum.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  anIdentityPolicy,
  anInstance,
  anOrganization,
  anOrgUnit,
  anScp,
  arns,
  FULL_AWS_ACCESS_SCP,
} from '../../../model/builders';
import { ec2CrossAccountScenario } from '../../../model/examples/ec2CrossAccount';
import { instanceArn, type Scenario } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const INSTANCE_PROFILES =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html';
const EC2_ROLES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html';
const CHAINING =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining';
const PASS_ROLE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html';
const SCPS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html';

const ROLE_FOR_B = arns.role(ACCOUNT_A, 'RoleForB');
const IN_B = arns.role(ACCOUNT_B, 'AssumeRoleInA');
const PROFILE_B = arns.instanceProfile(ACCOUNT_B, 'ec2-profile');
const INSTANCE = instanceArn(anInstance({ instanceProfileArn: PROFILE_B, roleArn: IN_B }));

const clone = (s: Scenario): Scenario => JSON.parse(JSON.stringify(s)) as Scenario;

/** The seed, with a few knobs. */
function seed(
  options: { roleForBMax?: number; inBMax?: number; inBPolicy?: boolean; ec2Trust?: boolean } = {},
) {
  return aScenario({
    name: 'EC2 in account B chains into account A',
    roles: [
      aRole(ROLE_FOR_B, {
        trust: aTrustPolicy.forAccount(ACCOUNT_B),
        inline: { ReadOnlyS3: anIdentityPolicy.allow(['s3:GetObject', 's3:ListBucket'], '*') },
        ...(options.roleForBMax ? { maxSessionDuration: options.roleForBMax } : {}),
      }),
      aRole(IN_B, {
        trust:
          options.ec2Trust === false ? aTrustPolicy.forAccount(ACCOUNT_B) : aTrustPolicy.forService('ec2'),
        ...(options.inBPolicy === false
          ? {}
          : { inline: { AssumeRoleForB: anIdentityPolicy.allow('sts:AssumeRole', ROLE_FOR_B) } }),
        instanceProfiles: [PROFILE_B],
        ...(options.inBMax ? { maxSessionDuration: options.inBMax } : {}),
      }),
    ],
    instances: [anInstance({ instanceProfileArn: PROFILE_B, roleArn: IN_B })],
  });
}

export const cases: GraphCase[] = [
  {
    name: 'the example scenario: instance → AssumeRoleInA (instance profile) → RoleForB (chained), one hour',
    source: CHAINING,
    scenario: clone(ec2CrossAccountScenario),
    expect: {
      edges: [
        {
          from: INSTANCE,
          to: IN_B,
          kind: 'InstanceProfile',
          configured: true,
          permitted: true,
          conditional: false,
        },
        { from: IN_B, to: ROLE_FOR_B, kind: 'AssumeRole', configured: false, permitted: true, chained: true },
      ],
      paths: [
        {
          from: INSTANCE,
          to: ROLE_FOR_B,
          count: 1,
          first: [INSTANCE, IN_B, ROLE_FOR_B],
          maxDurationSeconds: 3600,
        },
      ],
      noEdges: [
        { from: INSTANCE, to: ROLE_FOR_B },
        { from: 'ec2.amazonaws.com', to: IN_B },
      ],
      can: [
        {
          principal: ROLE_FOR_B,
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::account-a-reports/q1.csv',
          decision: 'Allowed',
        },
        {
          principal: IN_B,
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::account-a-reports/q1.csv',
          decision: 'ImplicitlyDenied',
        },
      ],
    },
  },
  {
    name: 'RoleForB allows 12-hour sessions: the chained session is still capped at 3600 s',
    source: CHAINING,
    scenario: seed({ roleForBMax: 43200 }),
    expect: {
      paths: [
        { from: INSTANCE, to: ROLE_FOR_B, first: [INSTANCE, IN_B, ROLE_FOR_B], maxDurationSeconds: 3600 },
      ],
    },
  },
  {
    name: 'instance credentials are not role chaining: the instance role keeps its own maximum',
    source: EC2_ROLES,
    scenario: seed({ inBMax: 43200 }),
    expect: {
      paths: [{ from: INSTANCE, to: IN_B, first: [INSTANCE, IN_B], maxDurationSeconds: 43200 }],
    },
  },
  {
    name: 'AssumeRoleInA without its identity policy: the instance reaches only its own role',
    source: CHAINING,
    scenario: seed({ inBPolicy: false }),
    expect: {
      edges: [{ from: INSTANCE, to: IN_B, kind: 'InstanceProfile', permitted: true }],
      noEdges: [{ from: IN_B, to: ROLE_FOR_B }],
      paths: [{ from: INSTANCE, to: ROLE_FOR_B, count: 0 }],
      // Why not names the failing check along the instance's best chain, not the instance itself.
      whyNot: [
        { from: INSTANCE, to: ROLE_FOR_B, includes: 'becomes AssumeRoleInA in 1 hop(s); from there:' },
      ],
    },
  },
  {
    name: 'RoleForB no longer trusts account B: why not points at its trust policy, along the instance role',
    source: CHAINING,
    scenario: (() => {
      const s = seed();
      const roleForB = s.roles?.find((r) => r.arn === ROLE_FOR_B);
      if (roleForB) roleForB.trustPolicy = aTrustPolicy.forAccount('999988887777').build();
      return s;
    })(),
    expect: {
      paths: [{ from: INSTANCE, to: ROLE_FOR_B, count: 0 }],
      whyNot: [
        {
          from: INSTANCE,
          to: ROLE_FOR_B,
          includes:
            'from there: Denied: across accounts both sides must allow, and the trust policy of role RoleForB',
        },
      ],
    },
  },
  {
    name: 'instance profile role that does not trust ec2.amazonaws.com: broken configured edge and a finding',
    source: INSTANCE_PROFILES,
    scenario: seed({ ec2Trust: false }),
    expect: {
      edges: [{ from: INSTANCE, to: IN_B, kind: 'InstanceProfile', configured: true, permitted: false }],
      findings: [
        {
          title: 'Configured InstanceProfile that cannot work',
          subjects: [INSTANCE, IN_B],
          severity: 'high',
        },
      ],
      paths: [{ from: INSTANCE, to: ROLE_FOR_B, count: 0 }],
    },
  },
  {
    name: 'instance whose profile role is found through the role’s instanceProfiles list',
    source: INSTANCE_PROFILES,
    scenario: (() => {
      const s = seed();
      s.instances = [anInstance({ instanceProfileArn: PROFILE_B })];
      return s;
    })(),
    expect: {
      edges: [{ from: INSTANCE, to: IN_B, kind: 'InstanceProfile', configured: true, permitted: true }],
    },
  },
  {
    name: 'instance profile whose role is unknown: broken edge into the profile',
    source: INSTANCE_PROFILES,
    scenario: aScenario({
      accounts: [{ id: ACCOUNT_B, name: 'B' }],
      instances: [anInstance({ instanceProfileArn: arns.instanceProfile(ACCOUNT_B, 'orphan') })],
    }),
    expect: {
      edges: [
        {
          from: instanceArn(anInstance({ instanceProfileArn: arns.instanceProfile(ACCOUNT_B, 'orphan') })),
          to: arns.instanceProfile(ACCOUNT_B, 'orphan'),
          kind: 'InstanceProfile',
          configured: true,
          permitted: false,
        },
      ],
    },
  },
  {
    name: 'an SCP on account B that denies sts:AssumeRole cuts the chained hop (not the instance-profile hop)',
    source: SCPS,
    scenario: {
      ...seed(),
      organization: anOrganization({
        managementAccountId: '999900001111',
        root: anOrgUnit('r-ab12', 'Root', {
          scps: ['p-FullAWSAccess'],
          accounts: ['999900001111', ACCOUNT_A],
          children: [
            anOrgUnit('ou-ab12-workloads', 'Workloads', {
              scps: ['p-FullAWSAccess', 'p-NoAssume'],
              accounts: [ACCOUNT_B],
            }),
          ],
        }),
        policies: [
          FULL_AWS_ACCESS_SCP,
          anScp('p-NoAssume', 'NoAssumeRole', anIdentityPolicy.deny('sts:AssumeRole', '*')),
        ],
        // AWS attaches FullAWSAccess to every account as well; only the OU adds the deny.
        accountPolicies: {
          [ACCOUNT_A]: { scps: ['p-FullAWSAccess'] },
          [ACCOUNT_B]: { scps: ['p-FullAWSAccess'] },
        },
      }),
    },
    expect: {
      edges: [
        { from: INSTANCE, to: IN_B, kind: 'InstanceProfile', permitted: true },
        { from: IN_B, to: ROLE_FOR_B, kind: 'AssumeRole', cutBy: 'cut-scp-deny' },
      ],
      paths: [{ from: INSTANCE, to: ROLE_FOR_B, count: 0 }],
    },
  },
  {
    name: 'an instance in account B configured with a role of account A: cannot work (use chaining instead)',
    source: PASS_ROLE,
    scenario: aScenario({
      name: 'Cross-account instance profile',
      roles: [aRole(ROLE_FOR_B, { trust: aTrustPolicy.forService('ec2') })],
      instances: [anInstance({ account: ACCOUNT_B, instanceProfileArn: PROFILE_B, roleArn: ROLE_FOR_B })],
    }),
    invalidScenario: 'is in another account than the instance',
    expect: {},
  },
];
