/**
 * Findings: trust policies that let in more than intended and paths from outside the organization to
 * administrator-level roles (a role whose policies may rewrite IAM, e.g. AdministratorAccess).
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  anOrganization,
  arns,
  PolicyBuilder,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const PRINCIPAL_STAR =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous';
const CONFUSED_DEPUTY = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html';
const ADMIN_POLICY_PAGE =
  'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html';
const ORGANIZATION_ACCOUNT_ACCESS =
  'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_access-cross-account-role.html';
const ORG_ID_KEY =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid';

const VENDOR = '999988887777';
const OPEN = arns.role(ACCOUNT_A, 'Open');
const ADMIN = arns.role(ACCOUNT_A, 'Admin');
const JUMP = arns.role(ACCOUNT_A, 'VendorJump');
const ALICE = arns.user(ACCOUNT_A, 'alice');
const ADMIN_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';
const starTrust = new PolicyBuilder([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]);

export const cases: GraphCase[] = [
  {
    name: 'a managed policy the scenario has no document for is named as granting nothing',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    scenario: aScenario({
      roles: [aRole(ADMIN, { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess', ADMIN_ACCESS] })],
    }),
    expect: {
      findings: [{ title: 'Managed policy not in the scenario', subjects: [ADMIN], severity: 'info' }],
    },
  },
  {
    name: '"*" trust without conditions: critical finding',
    source: PRINCIPAL_STAR,
    scenario: aScenario({ roles: [aRole(OPEN, { trust: starTrust })] }),
    expect: { findings: [{ title: 'Anyone can assume this role', subjects: [OPEN], severity: 'critical' }] },
  },
  {
    name: '"*" trust without conditions: every principal of the account gets an edge, no identity policy needed',
    source: PRINCIPAL_STAR,
    scenario: aScenario({ roles: [aRole(OPEN, { trust: starTrust })], users: [aUser(ALICE)] }),
    expect: { edges: [{ from: ALICE, to: OPEN, kind: 'AssumeRole', permitted: true, conditional: false }] },
  },
  {
    name: '"*" trust: a principal of another account still needs its own identity policy',
    source: PRINCIPAL_STAR,
    scenario: aScenario({
      roles: [
        aRole(OPEN, { trust: starTrust }),
        aRole(arns.role(ACCOUNT_B, 'Idle')),
        aRole(arns.role(ACCOUNT_B, 'Caller'), {
          inline: { Any: anIdentityPolicy.allow('sts:AssumeRole', '*') },
        }),
      ],
    }),
    expect: {
      noEdges: [{ from: arns.role(ACCOUNT_B, 'Idle'), to: OPEN }],
      edges: [
        {
          from: arns.role(ACCOUNT_B, 'Caller'),
          to: OPEN,
          kind: 'AssumeRole',
          permitted: true,
          chained: true,
        },
      ],
    },
  },
  {
    name: '"*" trust narrowed by aws:PrincipalOrgID: no "anyone" finding',
    source: ORG_ID_KEY,
    scenario: aScenario({
      roles: [aRole(OPEN, { trust: starTrust.when('StringEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5') })],
    }),
    expect: { noFindings: ['Anyone can assume this role'] },
  },
  {
    name: 'outside account → administrator role (AdministratorAccess): critical path finding',
    source: ADMIN_POLICY_PAGE,
    scenario: aScenario({
      organization: anOrganization(),
      roles: [
        aRole(ADMIN, {
          trust: aTrustPolicy.forAccount(VENDOR).withExternalId('e-1'),
          managed: [ADMIN_ACCESS],
        }),
      ],
    }),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: ADMIN,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          assumptions: ['outside-caller-assumed'],
        },
      ],
      findings: [
        {
          title: 'Path from outside the organization to an administrator-level role',
          subjects: [VENDOR, ADMIN],
          severity: 'critical',
          assumptions: ['outside-caller-assumed'],
        },
      ],
    },
  },
  {
    name: 'outside account → jump role → administrator role: the finding names the whole path',
    source: ADMIN_POLICY_PAGE,
    scenario: aScenario({
      organization: anOrganization(),
      roles: [
        aRole(JUMP, {
          trust: aTrustPolicy.forAccount(VENDOR).withExternalId('e-1'),
          inline: { Up: anIdentityPolicy.allow('sts:AssumeRole', ADMIN) },
        }),
        aRole(ADMIN, { trust: aTrustPolicy.forAccount(ACCOUNT_A), managed: [ADMIN_ACCESS] }),
      ],
    }),
    expect: {
      findings: [
        {
          title: 'Path from outside the organization to an administrator-level role',
          subjects: [VENDOR, JUMP, ADMIN],
        },
      ],
      paths: [{ from: VENDOR, to: ADMIN, count: 1, first: [VENDOR, JUMP, ADMIN], maxDurationSeconds: 3600 }],
    },
  },
  {
    name: 'no Organizations data: an account outside the scenario is not called outside the organization',
    source: ORGANIZATION_ACCOUNT_ACCESS,
    scenario: aScenario({
      roles: [aRole(ADMIN, { trust: aTrustPolicy.forAccount(VENDOR), managed: [ADMIN_ACCESS] })],
    }),
    expect: {
      findings: [
        {
          title: 'Path from an account not known to be in your organization to an administrator-level role',
          subjects: [VENDOR, ADMIN],
          severity: 'medium',
          assumptions: ['organization-unknown', 'outside-caller-assumed'],
        },
      ],
      noFindings: ['Path from outside the organization to an administrator-level role'],
    },
  },
  {
    name: 'Organizations data holds the trusted account (its management account): no outside-path finding',
    source: ORGANIZATION_ACCOUNT_ACCESS,
    scenario: aScenario({
      accounts: [{ id: ACCOUNT_A, name: 'Member' }],
      organization: anOrganization({ managementAccountId: VENDOR, accounts: [VENDOR, ACCOUNT_A] }),
      roles: [aRole(ADMIN, { trust: aTrustPolicy.forAccount(VENDOR), managed: [ADMIN_ACCESS] })],
    }),
    expect: {
      edges: [{ from: VENDOR, to: ADMIN, kind: 'AssumeRole', permitted: true }],
      noFindings: [
        'Path from outside the organization to an administrator-level role',
        'Path from an account not known to be in your organization to an administrator-level role',
      ],
    },
  },
  {
    name: 'administrator role reachable only from inside: no outside-path finding',
    source: ADMIN_POLICY_PAGE,
    scenario: aScenario({
      users: [aUser(ALICE)],
      roles: [aRole(ADMIN, { trust: aTrustPolicy.forUser(ALICE), managed: [ADMIN_ACCESS] })],
    }),
    expect: {
      edges: [{ from: ALICE, to: ADMIN, kind: 'AssumeRole', permitted: true }],
      noFindings: ['Path from outside the organization to an administrator-level role'],
    },
  },
  {
    name: 'outside account into a read-only role: no administrator finding',
    source: CONFUSED_DEPUTY,
    scenario: aScenario({
      roles: [
        aRole(OPEN, {
          trust: aTrustPolicy.forAccount(VENDOR).withExternalId('e-1'),
          inline: { Read: anIdentityPolicy.allow('s3:GetObject', '*') },
        }),
      ],
    }),
    expect: { noFindings: ['Path from outside the organization to an administrator-level role'] },
  },
  {
    name: 'a trust naming the unique id of a deleted role: a low finding, and nobody comes in',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles',
    scenario: aScenario({
      roles: [
        aRole(arns.role(ACCOUNT_A, 'Orphaned'), { trust: aTrustPolicy.forRole('AROA3XFRBF535PLBIFPI4') }),
        aRole(arns.role(ACCOUNT_A, 'Other'), {
          inline: { Assume: anIdentityPolicy.allow('sts:AssumeRole', '*') },
        }),
      ],
    }),
    expect: {
      findings: [
        {
          title: 'Trust names a principal that no longer exists',
          subjects: [arns.role(ACCOUNT_A, 'Orphaned')],
          severity: 'low',
        },
      ],
      noEdges: [{ from: arns.role(ACCOUNT_A, 'Other'), to: arns.role(ACCOUNT_A, 'Orphaned') }],
    },
  },
  {
    name: 'a trust naming a role of a held account that the scenario lacks: the export may be partial',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles',
    scenario: aScenario({
      roles: [
        aRole(arns.role(ACCOUNT_A, 'Target'), {
          trust: aTrustPolicy.forRole(arns.role(ACCOUNT_A, 'NotExported')),
        }),
        aRole(arns.role(ACCOUNT_A, 'Vendored'), {
          trust: aTrustPolicy.forRole('arn:aws:iam::999988887777:role/Vendor'),
        }),
      ],
    }),
    expect: {
      findings: [
        {
          title: 'Trust names a principal missing from the scenario',
          subjects: [arns.role(ACCOUNT_A, 'Target')],
          severity: 'info',
        },
      ],
      noFindings: [
        {
          title: 'Trust names a principal missing from the scenario',
          subject: arns.role(ACCOUNT_A, 'Vendored'),
        },
      ],
    },
  },
];
