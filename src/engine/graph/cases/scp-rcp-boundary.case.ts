/**
 * Guardrails on the hop: SCPs limit the caller's account (never the management account), RCPs limit
 * the target role's account (including callers from outside the organization), and a permissions
 * boundary limits the caller. Each can cut an AssumeRole edge that the trust and identity policies allow.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  FULL_AWS_ACCESS_SCP,
  PolicyBuilder,
  RCP_FULL_AWS_ACCESS,
  aManagedPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  anOrgUnit,
  anOrganization,
  anRcp,
  anScp,
  arns,
} from '../../../model/builders';
import type { OrganizationSpec, RoleSpec, UserSpec } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

/** How AWS decides: an explicit Deny anywhere, or an SCP, RCP or boundary without an Allow, refuses. */
const EVALUATION_LOGIC =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const SCPS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html';
const RCPS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html';
const BOUNDARIES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html';
const CROSS_ACCOUNT =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';

const MGMT = '999900001111';
const TARGET = arns.role(ACCOUNT_A, 'Target');
const CALLER = arns.role(ACCOUNT_B, 'Caller');
const DEV = arns.user(ACCOUNT_B, 'dev');
const VENDOR = '999988887777';
const ONLY_S3 = arns.policy(ACCOUNT_B, 'OnlyS3');
const S3_AND_STS = arns.policy(ACCOUNT_B, 'S3AndSts');
const NOT_TARGET = arns.policy(ACCOUNT_B, 'AnyRoleButTarget');
const mayAssume = { AssumeTarget: anIdentityPolicy.allow('sts:AssumeRole', TARGET) };

const DENY_IP =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-ip.html';
/** AWS's example guardrail: deny every call made from outside the company's address range. */
const denyOutsideNetworkScp = anScp('p-CorpNet', 'OnlyFromCorporateNetwork', {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } },
    },
  ],
});
/** A guardrail on who the caller is: no request context lifts it. */
const denyUntaggedScp = anScp('p-TeamOnly', 'OnlyPlatformTeam', {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Action: 'sts:AssumeRole',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'platform' } },
    },
  ],
});

const denyAssumeScp = anScp('p-NoAssume', 'NoAssumeRole', anIdentityPolicy.deny('sts:AssumeRole', '*'));

/**
 * Root holding MGMT, OU "Prod" holding A, OU "Workloads" holding B (or B in the root when it is the
 * management account). As AWS does, FullAWSAccess (and RCPFullAWSAccess) sits on every root, OU and
 * account: the scenario format asks for it wherever AWS attaches it. `scpsOnB` replaces B's OU list.
 */
function org(
  options: {
    scpsOnB?: string[];
    rcpsOnA?: string[];
    management?: string;
    extraPolicies?: OrganizationSpec['policies'];
  } = {},
) {
  const management = options.management ?? MGMT;
  const bIsManagement = management === ACCOUNT_B;
  const full = ['p-FullAWSAccess'];
  const rcpFull = options.rcpsOnA ? { rcps: ['p-RCPFullAWSAccess'] } : {};
  const scpsOnB = options.scpsOnB ?? full;
  return anOrganization({
    managementAccountId: management,
    root: anOrgUnit('r-ab12', 'Root', {
      scps: full,
      ...rcpFull,
      accounts: [management],
      children: [
        anOrgUnit('ou-ab12-prod', 'Prod', {
          accounts: [ACCOUNT_A],
          scps: full,
          ...(options.rcpsOnA ? { rcps: ['p-RCPFullAWSAccess', ...options.rcpsOnA] } : {}),
        }),
        ...(bIsManagement
          ? []
          : [anOrgUnit('ou-ab12-work', 'Workloads', { accounts: [ACCOUNT_B], scps: scpsOnB, ...rcpFull })]),
      ],
    }),
    policies: [FULL_AWS_ACCESS_SCP, RCP_FULL_AWS_ACCESS, ...(options.extraPolicies ?? [])],
    accountPolicies: {
      [ACCOUNT_A]: { scps: full, ...rcpFull },
      [ACCOUNT_B]: { scps: bIsManagement ? [...full, ...(options.scpsOnB ?? [])] : full, ...rcpFull },
      ...(bIsManagement ? {} : { [MGMT]: { scps: full, ...rcpFull } }),
    },
  });
}

function scenario(parts: {
  users?: UserSpec[];
  roles?: RoleSpec[];
  organization?: OrganizationSpec;
  trust?: PolicyBuilder;
}) {
  const accounts = [
    { id: ACCOUNT_A, name: 'A' },
    { id: ACCOUNT_B, name: 'B' },
    ...(parts.organization ? [{ id: MGMT, name: 'Management' }] : []),
  ];
  return aScenario({
    name: 'Guardrails',
    accounts,
    roles: [
      aRole(TARGET, { trust: parts.trust ?? aTrustPolicy.forAccount(ACCOUNT_B) }),
      ...(parts.roles ?? []),
    ],
    users: parts.users ?? [],
    managedPolicies: [
      aManagedPolicy(ONLY_S3, anIdentityPolicy.allow('s3:*', '*')),
      aManagedPolicy(S3_AND_STS, anIdentityPolicy.allow(['s3:*', 'sts:AssumeRole'], '*')),
      aManagedPolicy(
        NOT_TARGET,
        new PolicyBuilder([
          { Sid: 'AssumeAny', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' },
          { Sid: 'NotTarget', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: TARGET },
        ]),
      ),
    ],
    ...(parts.organization ? { organization: parts.organization } : {}),
  });
}

export const cases: GraphCase[] = [
  {
    name: 'baseline: the organization with only FullAWSAccess leaves the cross-account hop in place',
    source: SCPS,
    scenario: scenario({ roles: [aRole(CALLER, { inline: mayAssume })], organization: org() }),
    expect: { edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', permitted: true, chained: true }] },
  },
  {
    name: "an SCP denying sts:AssumeRole in the caller's account cuts the hop",
    source: SCPS,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      users: [aUser(DEV, { inline: mayAssume })],
      organization: org({ scpsOnB: ['p-FullAWSAccess', 'p-NoAssume'], extraPolicies: [denyAssumeScp] }),
    }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: TARGET,
          kind: 'AssumeRole',
          cutBy: 'cut-scp-deny',
          explanationIncludes: 'of "NoAssumeRole',
        },
        { from: DEV, to: TARGET, kind: 'AssumeRole', cutBy: 'cut-scp-deny' },
      ],
      paths: [
        { from: CALLER, to: TARGET, count: 0 },
        { from: DEV, to: TARGET, count: 0 },
      ],
    },
  },
  {
    name: 'an SCP denying every call from outside the corporate network: the hop holds from inside it, conditional on the source IP',
    source: DENY_IP,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      organization: org({
        scpsOnB: ['p-FullAWSAccess', 'p-CorpNet'],
        extraPolicies: [denyOutsideNetworkScp],
      }),
    }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: TARGET,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          badges: ['source IP'],
        },
      ],
    },
  },
  {
    name: 'an SCP denying callers without a principal tag: nothing the caller sends lifts it, the hop is cut',
    source: SCPS,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      organization: org({ scpsOnB: ['p-FullAWSAccess', 'p-TeamOnly'], extraPolicies: [denyUntaggedScp] }),
    }),
    expect: {
      edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', cutBy: 'cut-scp-deny' }],
      paths: [{ from: CALLER, to: TARGET, count: 0 }],
    },
  },
  {
    name: 'an OU whose only SCP denies something else (FullAWSAccess replaced): nothing is allowed there, the hop is cut',
    source: SCPS,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      organization: org({
        scpsOnB: ['p-NoS3'],
        extraPolicies: [anScp('p-NoS3', 'NoS3', anIdentityPolicy.deny('s3:*', '*'))],
      }),
    }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: TARGET,
          kind: 'AssumeRole',
          cutBy: 'cut-scp-no-allow',
          explanationIncludes: 'no SCP at ou-ab12-work allows',
        },
      ],
      paths: [{ from: CALLER, to: TARGET, count: 0 }],
    },
  },
  {
    name: 'a level the scenario lists no SCP for carries the FullAWSAccess AWS keeps there: the hop stands',
    source: SCPS,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      organization: (() => {
        const o = org({});
        const strip = (u: OrganizationSpec['root']): OrganizationSpec['root'] => ({
          ...u,
          scps: u.id.startsWith('r-') ? (u.scps ?? []) : [],
          children: (u.children ?? []).map(strip),
        });
        return { ...o, root: strip(o.root), accountPolicies: {} };
      })(),
    }),
    expect: { edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', permitted: true }] },
  },
  {
    name: "an SCP on the target's account does not limit callers from another account",
    source: SCPS,
    scenario: (() => {
      const o = org({ extraPolicies: [denyAssumeScp] });
      o.accountPolicies = { ...o.accountPolicies, [ACCOUNT_A]: { scps: ['p-FullAWSAccess', 'p-NoAssume'] } };
      return scenario({ roles: [aRole(CALLER, { inline: mayAssume })], organization: o });
    })(),
    expect: { edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', permitted: true }] },
  },
  {
    name: 'SCPs do not affect the management account: the deny SCP attached there changes nothing',
    source: SCPS,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      organization: org({ management: ACCOUNT_B, scpsOnB: ['p-NoAssume'], extraPolicies: [denyAssumeScp] }),
    }),
    expect: { edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', permitted: true }] },
  },
  {
    name: "an RCP on the role's account denying sts:AssumeRole from outside the organization cuts the outside account's edge",
    source: RCPS,
    scenario: scenario({
      trust: aTrustPolicy.forAccount(VENDOR).withExternalId('ext-1'),
      organization: org({
        rcpsOnA: ['p-OrgOnly'],
        extraPolicies: [
          anRcp(
            'p-OrgOnly',
            'AssumeRoleOnlyFromOrg',
            new PolicyBuilder([
              { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' },
            ]).when('StringNotEqualsIfExists', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'),
          ),
        ],
      }),
    }),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: TARGET,
          kind: 'AssumeRole',
          cutBy: 'cut-rcp-deny',
          explanationIncludes: 'of "AssumeRoleOnlyFromOrg · RCP" at ou-ab12-prod',
          assumptions: ['outside-caller-assumed'],
        },
      ],
      paths: [{ from: VENDOR, to: TARGET, count: 0 }],
    },
  },
  {
    name: "an RCP on the role's account denying sts:AssumeRole to account B's callers cuts their hop",
    source: EVALUATION_LOGIC,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume })],
      organization: org({
        rcpsOnA: ['p-NotFromB'],
        extraPolicies: [
          anRcp(
            'p-NotFromB',
            'NoAssumeFromWorkloads',
            new PolicyBuilder([
              { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' },
            ]).when('StringEquals', 'aws:PrincipalAccount', ACCOUNT_B),
          ),
        ],
      }),
    }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: TARGET,
          kind: 'AssumeRole',
          cutBy: 'cut-rcp-deny',
          explanationIncludes: 'at ou-ab12-prod',
        },
      ],
      paths: [{ from: CALLER, to: TARGET, count: 0 }],
    },
  },
  {
    name: 'the same trust without the RCP: the outside account has a conditional edge',
    source: RCPS,
    scenario: scenario({
      trust: aTrustPolicy.forAccount(VENDOR).withExternalId('ext-1'),
      organization: org(),
    }),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: TARGET,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          badges: ['ExternalId'],
        },
      ],
    },
  },
  {
    name: 'a permissions boundary on the caller that does not allow sts:AssumeRole blocks the cross-account chain',
    source: BOUNDARIES,
    scenario: scenario({ roles: [aRole(CALLER, { inline: mayAssume, boundary: ONLY_S3 })] }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: TARGET,
          kind: 'AssumeRole',
          cutBy: 'cut-boundary-no-allow',
          explanationIncludes: 'OnlyS3',
        },
      ],
      paths: [{ from: CALLER, to: TARGET, count: 0 }],
    },
  },
  {
    name: "a permissions boundary's explicit Deny of the role cuts the hop its Allow would let through",
    source: EVALUATION_LOGIC,
    scenario: scenario({ roles: [aRole(CALLER, { inline: mayAssume, boundary: NOT_TARGET })] }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: TARGET,
          kind: 'AssumeRole',
          cutBy: 'cut-boundary-deny',
          explanationIncludes: 'statement NotTarget of boundary "AnyRoleButTarget"',
        },
      ],
      paths: [{ from: CALLER, to: TARGET, count: 0 }],
    },
  },
  {
    name: 'a permissions boundary that allows sts:AssumeRole keeps the chain',
    source: BOUNDARIES,
    scenario: scenario({ roles: [aRole(CALLER, { inline: mayAssume, boundary: S3_AND_STS })] }),
    expect: { edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', permitted: true }] },
  },
  {
    name: 'same account, trust names the role ARN: a boundary without sts:AssumeRole still blocks (role principals are limited by the boundary)',
    source: BOUNDARIES,
    scenario: aScenario({
      roles: [
        aRole(arns.role(ACCOUNT_B, 'Target'), { trust: aTrustPolicy.forRole(CALLER) }),
        aRole(CALLER, { boundary: ONLY_S3 }),
      ],
      managedPolicies: [aManagedPolicy(ONLY_S3, anIdentityPolicy.allow('s3:*', '*'))],
    }),
    expect: {
      edges: [
        {
          from: CALLER,
          to: arns.role(ACCOUNT_B, 'Target'),
          kind: 'AssumeRole',
          cutBy: 'cut-boundary-no-allow',
        },
      ],
    },
  },
  {
    name: 'same account, trust names the user ARN: the boundary does not limit what the trust grants him directly',
    source: BOUNDARIES,
    scenario: aScenario({
      roles: [aRole(arns.role(ACCOUNT_B, 'Target'), { trust: aTrustPolicy.forUser(DEV) })],
      users: [aUser(DEV, { boundary: ONLY_S3 })],
      managedPolicies: [aManagedPolicy(ONLY_S3, anIdentityPolicy.allow('s3:*', '*'))],
    }),
    expect: {
      edges: [{ from: DEV, to: arns.role(ACCOUNT_B, 'Target'), kind: 'AssumeRole', permitted: true }],
    },
  },
  {
    name: 'a boundary naming a managed policy the scenario does not hold is read as allowing nothing',
    source: CROSS_ACCOUNT,
    scenario: scenario({
      roles: [aRole(CALLER, { inline: mayAssume, boundary: arns.policy(ACCOUNT_B, 'Missing') })],
    }),
    expect: { edges: [{ from: CALLER, to: TARGET, kind: 'AssumeRole', cutBy: 'cut-boundary-no-allow' }] },
  },
];
