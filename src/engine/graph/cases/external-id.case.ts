/**
 * Third-party access and the confused deputy: a role that trusts an account outside the scenario
 * (a vendor) should require sts:ExternalId. The edge comes from the outside account, is conditional on
 * the external id, and the outside account's own policies are assumed to let it call sts:AssumeRole.
 */
import {
  ACCOUNT_A,
  aRole,
  aScenario,
  aTrustPolicy,
  anExternalPrincipal,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const CONFUSED_DEPUTY = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html';
const THIRD_PARTY =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html';
const STS_KEYS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_externalid';

const VENDOR = '999988887777';
const VENDOR_ROLE = arns.role(VENDOR, 'saas-collector');
const AUDIT = arns.role(ACCOUNT_A, 'VendorAudit');

export const cases: GraphCase[] = [
  {
    name: 'third-party account trusted with sts:ExternalId: conditional edge from the outside account, badge ExternalId',
    source: THIRD_PARTY,
    scenario: aScenario({
      roles: [aRole(AUDIT, { trust: aTrustPolicy.forAccount(VENDOR).withExternalId('cust-42-xyz') })],
    }),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: AUDIT,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          configured: false,
          badges: ['ExternalId'],
          explanationIncludes: 'not in the scenario',
        },
      ],
      paths: [{ from: VENDOR, to: AUDIT, count: 1, first: [VENDOR, AUDIT], conditional: true }],
      noFindings: ['Third-party trust without ExternalId'],
    },
  },
  {
    name: 'third-party account trusted without sts:ExternalId: unconditional edge and a high finding',
    source: CONFUSED_DEPUTY,
    scenario: aScenario({ roles: [aRole(AUDIT, { trust: aTrustPolicy.forAccount(VENDOR) })] }),
    expect: {
      edges: [{ from: VENDOR, to: AUDIT, kind: 'AssumeRole', permitted: true, conditional: false }],
      findings: [
        { title: 'Third-party trust without ExternalId', subjects: [AUDIT, VENDOR], severity: 'high' },
      ],
    },
  },
  {
    name: 'vendor role named by ARN with sts:ExternalId: conditional edge from that outside principal',
    source: STS_KEYS,
    scenario: aScenario({
      roles: [aRole(AUDIT, { trust: aTrustPolicy.forRole(VENDOR_ROLE).withExternalId('cust-42-xyz') })],
    }),
    expect: {
      edges: [
        {
          from: VENDOR_ROLE,
          to: AUDIT,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          badges: ['ExternalId'],
        },
      ],
      noEdges: [{ from: VENDOR, to: AUDIT }],
    },
  },
  {
    name: 'the outside account declared as an external principal keeps its node and gets the edge',
    source: THIRD_PARTY,
    scenario: aScenario({
      roles: [aRole(AUDIT, { trust: aTrustPolicy.forAccount(VENDOR).withExternalId('cust-42-xyz') })],
      externalPrincipals: [anExternalPrincipal(VENDOR, 'Monitoring vendor')],
    }),
    expect: {
      edges: [
        {
          from: VENDOR,
          to: AUDIT,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          badges: ['ExternalId'],
        },
      ],
    },
  },
  {
    name: 'an account that is part of the scenario is not a third party: no ExternalId finding',
    source: CONFUSED_DEPUTY,
    scenario: aScenario({
      accounts: [
        { id: ACCOUNT_A, name: 'A' },
        { id: VENDOR, name: 'Our tooling account' },
      ],
      roles: [aRole(AUDIT, { trust: aTrustPolicy.forAccount(VENDOR) })],
    }),
    expect: {
      noFindings: ['Third-party trust without ExternalId'],
      findings: [{ title: 'Trust to a whole account without conditions', subjects: [AUDIT, VENDOR] }],
      noEdges: [{ from: VENDOR, to: AUDIT }],
    },
  },
];
