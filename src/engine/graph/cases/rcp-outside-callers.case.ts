/**
 * RCPs on the hops of callers the scenario does not hold: an account a trust names from outside, an
 * AWS service principal, an identity provider. An RCP limits requests to resources of member accounts
 * whoever makes them, callers from outside the organization and AWS services included (AWS's perimeter
 * RCPs exempt services with aws:PrincipalIsAWSService), but not an AWS service assuming its
 * service-linked role. A hop the trust allows and an RCP refuses is drawn cut, like a scenario
 * caller's. SCPs limit only their own organization's callers: an outside account's are unknown.
 */
import {
  ACCOUNT_A,
  FULL_AWS_ACCESS_SCP,
  PolicyBuilder,
  RCP_FULL_AWS_ACCESS,
  aRole,
  aScenario,
  aTrustPolicy,
  anIdentityPolicy,
  anIdentityProvider,
  anInstance,
  anOrgUnit,
  anOrganization,
  anRcp,
  anScp,
  arns,
} from '../../../model/builders';
import { instanceArn, type OrgPolicySpec, type RoleSpec, type Scenario } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const RCPS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html';
const RCP_EXAMPLES =
  'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html';
const SCPS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html';

const ORG_ID = 'o-a1b2c3d4e5';
const MGMT = '999900001111';
const VENDOR = '999900000001';
const AUDITOR = '999900000002';
const GH_ISSUER = 'https://token.actions.githubusercontent.com';
const GH_IDP = arns.oidcProvider(ACCOUNT_A, GH_ISSUER);
const VENDOR_ROLE = arns.role(ACCOUNT_A, 'VendorMonitoring');
const INSTANCE_ROLE = arns.role(ACCOUNT_A, 'web-instance');
const ELB_SLR = arns.role(
  ACCOUNT_A,
  'aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing',
);
const DEPLOY = arns.role(ACCOUNT_A, 'github-deploy');

/**
 * AWS's identity perimeter: only the organization's principals (and one audited third party) may
 * assume its roles, AWS services exempted; web identities only from the company's GitHub
 * organization.
 */
const identityPerimeter = anRcp('p-IdentityPerimeter', 'IdentityPerimeter', {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRole',
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID, 'aws:PrincipalAccount': [AUDITOR] },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
    {
      Sid: 'EnforceTrustedOIDCTenants',
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Resource: '*',
      Condition: { StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/*' } },
    },
  ],
});

/** The same perimeter written without the exemption for AWS services. */
const orgOnly = anRcp(
  'p-OrgOnly',
  'AssumeRoleOnlyFromOrg',
  new PolicyBuilder([
    { Sid: 'OrgOnly', Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' },
  ]).when('StringNotEqualsIfExists', 'aws:PrincipalOrgID', ORG_ID),
);

/**
 * AWS's confused-deputy RCP: a service acting for a resource must act for one of the organization's
 * (with `paths`, of those OUs); AWS sets aws:SourceOrgID and aws:SourceOrgPaths for a source account
 * in an organization
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceorgid).
 */
const confusedDeputy = (paths?: string) =>
  anRcp('p-ConfusedDeputy', 'ConfusedDeputyProtection', {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnforceConfusedDeputyProtection',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: {
          ...(paths
            ? { 'ForAllValues:StringNotLikeIfExists': { 'aws:SourceOrgPaths': paths } }
            : { StringNotEqualsIfExists: { 'aws:SourceOrgID': ORG_ID } }),
          Null: { 'aws:SourceAccount': 'false' },
          Bool: { 'aws:PrincipalIsAWSService': 'true' },
        },
      },
    ],
  });

const denyAssumeScp = anScp('p-NoAssume', 'NoAssumeRole', anIdentityPolicy.deny('sts:AssumeRole', '*'));

/**
 * Root holding the management account, OU "Prod" holding A with `rcp` beside RCPFullAWSAccess, and
 * `rootScps` beside FullAWSAccess at the root.
 */
function scenario(roles: RoleSpec[], rcp?: OrgPolicySpec, rootScps: string[] = []) {
  return aScenario({
    name: 'RCPs and callers from outside',
    roles,
    identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, GH_ISSUER)],
    organization: anOrganization({
      id: ORG_ID,
      managementAccountId: MGMT,
      root: anOrgUnit('r-ab12', 'Root', {
        scps: ['p-FullAWSAccess', ...rootScps],
        rcps: ['p-RCPFullAWSAccess'],
        accounts: [MGMT],
        children: [
          anOrgUnit('ou-ab12-prod', 'Prod', {
            accounts: [ACCOUNT_A],
            scps: ['p-FullAWSAccess'],
            rcps: ['p-RCPFullAWSAccess', ...(rcp ? [rcp.id] : [])],
          }),
        ],
      }),
      policies: [
        FULL_AWS_ACCESS_SCP,
        RCP_FULL_AWS_ACCESS,
        ...(rcp ? [rcp] : []),
        ...(rootScps.length > 0 ? [denyAssumeScp] : []),
      ],
    }),
  });
}

const vendorRole = aRole(VENDOR_ROLE, { trust: aTrustPolicy.forAccount(VENDOR) });
const instanceRole = aRole(INSTANCE_ROLE, { trust: aTrustPolicy.forService('ec2') });
const webInstance = anInstance({
  instanceProfileArn: arns.instanceProfile(ACCOUNT_A, 'web-instance'),
  roleArn: INSTANCE_ROLE,
});
const WEB_INSTANCE = instanceArn(webInstance);
/** The scenario with an instance running with the instance role's profile: a concrete source. */
const withInstance = (s: Scenario): Scenario => ({ ...s, instances: [webInstance] });
const deployRole = (subLike: string) =>
  aRole(DEPLOY, { trust: aTrustPolicy.forOidc(GH_IDP, GH_ISSUER, { subLike }) });

export const cases: GraphCase[] = [
  {
    name: "the identity perimeter RCP cuts the hop of an outside account the role's trust names",
    source: RCPS,
    scenario: scenario([vendorRole], identityPerimeter),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: VENDOR_ROLE,
          kind: 'AssumeRole',
          cutBy: 'cut-rcp-deny',
          explanationIncludes:
            'statement EnforceOrgIdentities of "IdentityPerimeter · RCP" at ou-ab12-prod denies sts:AssumeRole on this role. The trust policy would allow it, and the caller\'s own policies are assumed to.',
          assumptions: ['outside-caller-assumed'],
        },
      ],
      paths: [{ from: VENDOR, to: VENDOR_ROLE, count: 0 }],
    },
  },
  {
    name: 'an outside account the perimeter RCP lists among its exceptions keeps its edge',
    source: RCP_EXAMPLES,
    scenario: scenario([aRole(VENDOR_ROLE, { trust: aTrustPolicy.forAccount(AUDITOR) })], identityPerimeter),
    expect: {
      edges: [{ from: AUDITOR, to: VENDOR_ROLE, kind: 'AssumeRole', permitted: true }],
      paths: [{ from: AUDITOR, to: VENDOR_ROLE, count: 1 }],
    },
  },
  {
    name: "an SCP of the role's organization does not limit an outside account's callers: the edge stands",
    source: SCPS,
    scenario: scenario([vendorRole], undefined, ['p-NoAssume']),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: VENDOR_ROLE,
          kind: 'AssumeRole',
          permitted: true,
          assumptions: ['outside-caller-assumed'],
        },
      ],
    },
  },
  {
    name: 'the perimeter RCP exempting AWS services leaves the service principal its edge',
    source: RCP_EXAMPLES,
    scenario: scenario([instanceRole], identityPerimeter),
    expect: {
      edges: [{ from: 'ec2.amazonaws.com', to: INSTANCE_ROLE, kind: 'AssumeRole', permitted: true }],
    },
  },
  {
    name: 'an RCP without the exemption for AWS services cuts the service principal too',
    source: RCP_EXAMPLES,
    scenario: scenario([instanceRole], orgOnly),
    expect: {
      edges: [
        {
          from: 'ec2.amazonaws.com',
          to: INSTANCE_ROLE,
          kind: 'AssumeRole',
          cutBy: 'cut-rcp-deny',
          explanationIncludes:
            'statement OrgOnly of "AssumeRoleOnlyFromOrg · RCP" at ou-ab12-prod denies sts:AssumeRole on this role. The trust policy would allow it.',
        },
      ],
    },
  },
  {
    name: "AWS's confused-deputy RCP lets an instance of the organization's own account take its role",
    source: RCP_EXAMPLES,
    scenario: withInstance(scenario([instanceRole], confusedDeputy())),
    expect: {
      edges: [
        {
          from: WEB_INSTANCE,
          to: INSTANCE_ROLE,
          kind: 'InstanceProfile',
          permitted: true,
          conditional: false,
        },
      ],
    },
  },
  {
    name: "a confused-deputy RCP naming other OUs in aws:SourceOrgPaths breaks this OU's instance profile",
    source: RCP_EXAMPLES,
    scenario: withInstance(scenario([instanceRole], confusedDeputy(`${ORG_ID}/r-ab12/ou-ab12-sandbox/*`))),
    expect: {
      edges: [
        {
          from: WEB_INSTANCE,
          to: INSTANCE_ROLE,
          kind: 'InstanceProfile',
          configured: true,
          permitted: false,
          explanationIncludes:
            'statement "EnforceConfusedDeputyProtection" of RCP "ConfusedDeputyProtection · RCP" at ou-ab12-prod denies the service ec2.amazonaws.com sts:AssumeRole',
        },
      ],
    },
  },
  {
    name: 'the same RCP naming this OU in aws:SourceOrgPaths leaves the instance its role',
    source: RCP_EXAMPLES,
    scenario: withInstance(scenario([instanceRole], confusedDeputy(`${ORG_ID}/r-ab12/ou-ab12-prod/*`))),
    expect: {
      edges: [
        {
          from: WEB_INSTANCE,
          to: INSTANCE_ROLE,
          kind: 'InstanceProfile',
          permitted: true,
          conditional: false,
        },
      ],
    },
  },
  {
    name: 'no RCP limits an AWS service assuming its service-linked role',
    source: RCPS,
    scenario: scenario([aRole(ELB_SLR, { trust: aTrustPolicy.forService('elasticloadbalancing') })], orgOnly),
    expect: {
      edges: [
        { from: 'elasticloadbalancing.amazonaws.com', to: ELB_SLR, kind: 'AssumeRole', permitted: true },
      ],
    },
  },
  {
    name: "a web identity from the company's GitHub organization passes the perimeter RCP, conditional on its claims",
    source: RCP_EXAMPLES,
    scenario: scenario([deployRole('repo:example-org/deploy:*')], identityPerimeter),
    expect: {
      edges: [
        { from: GH_IDP, to: DEPLOY, kind: 'AssumeRoleWithWebIdentity', permitted: true, conditional: true },
      ],
    },
  },
  {
    name: "the perimeter RCP cuts a web identity whose trust names another GitHub organization's repositories",
    source: RCP_EXAMPLES,
    scenario: scenario([deployRole('repo:contractor-org/*')], identityPerimeter),
    expect: {
      edges: [
        {
          from: GH_IDP,
          to: DEPLOY,
          kind: 'AssumeRoleWithWebIdentity',
          cutBy: 'cut-rcp-deny',
          explanationIncludes:
            'statement EnforceTrustedOIDCTenants of "IdentityPerimeter · RCP" at ou-ab12-prod denies sts:AssumeRoleWithWebIdentity on this role. The trust policy would allow it.',
        },
      ],
      paths: [{ from: GH_IDP, to: DEPLOY, count: 0 }],
    },
  },
];
