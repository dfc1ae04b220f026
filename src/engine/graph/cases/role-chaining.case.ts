/**
 * Role chaining: a role session assuming another role. Each hop is decided on its own (the caller of
 * hop n is the session from hop n-1), a chained session lasts at most one hour whatever the role's
 * maximum, and MFA presented at the start does not carry into a chained session.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const CHAINING =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining';
const EVALUATION_LOGIC =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const ASSUME_ROLE = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const MFA = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html';
const MFA_KEY =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent';

const ALICE = arns.user(ACCOUNT_A, 'alice');
const R1 = arns.role(ACCOUNT_A, 'Hop1');
const R2 = arns.role(ACCOUNT_B, 'Hop2');
const R3 = arns.role(ACCOUNT_A, 'Hop3');
const ADMIN = arns.role(ACCOUNT_A, 'Admin');
const assume = (arn: string) => ({
  [`Assume${arn.slice(arn.lastIndexOf('/') + 1)}`]: anIdentityPolicy.allow('sts:AssumeRole', arn),
});

const chain = (max = 43200) =>
  aScenario({
    name: 'Chain',
    users: [aUser(ALICE)],
    roles: [
      aRole(R1, { trust: aTrustPolicy.forUser(ALICE), inline: assume(R2), maxSessionDuration: max }),
      aRole(R2, { trust: aTrustPolicy.forRole(R1), inline: assume(R3), maxSessionDuration: max }),
      aRole(R3, { trust: aTrustPolicy.forRole(R2), maxSessionDuration: max }),
    ],
  });

const mfaScenario = (mfa: boolean) =>
  aScenario({
    name: 'MFA-protected role',
    users: [aUser(ALICE, { inline: assume(ADMIN), mfa })],
    roles: [
      aRole(ADMIN, { trust: aTrustPolicy.forAccount(ACCOUNT_A).withMfa() }),
      aRole(R1, { trust: aTrustPolicy.forUser(ALICE), inline: assume(ADMIN) }),
    ],
  });

/** AWS's pattern: allow the account, and deny any request without MFA (BoolIfExists covers a missing key). */
const denyWithoutMfa = (mfa: boolean) =>
  aScenario({
    name: 'Deny without MFA',
    users: [aUser(ALICE, { inline: assume(ADMIN), mfa })],
    roles: [
      aRole(ADMIN, {
        trust: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${ACCOUNT_A}:root` },
              Action: 'sts:AssumeRole',
            },
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 'sts:AssumeRole',
              Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
            },
          ],
        },
      }),
      aRole(R1, { trust: aTrustPolicy.forUser(ALICE), inline: assume(ADMIN) }),
    ],
  });

export const cases: GraphCase[] = [
  {
    name: 'user → role → role in another account → role: three hops, the last two chained',
    source: CHAINING,
    scenario: chain(),
    expect: {
      edges: [
        { from: ALICE, to: R1, kind: 'AssumeRole', permitted: true, chained: false },
        { from: R1, to: R2, kind: 'AssumeRole', permitted: true, chained: true },
        { from: R2, to: R3, kind: 'AssumeRole', permitted: true, chained: true },
      ],
      noEdges: [
        { from: ALICE, to: R3 },
        { from: R1, to: R3 },
      ],
      paths: [
        { from: ALICE, to: R3, count: 1, first: [ALICE, R1, R2, R3], maxDurationSeconds: 3600 },
        { from: ALICE, to: R1, first: [ALICE, R1], maxDurationSeconds: 43200 },
      ],
    },
  },
  {
    name: 'a role that allows 12-hour sessions still gives one hour when reached by chaining',
    source: ASSUME_ROLE,
    scenario: chain(43200),
    expect: { paths: [{ from: R1, to: R2, first: [R1, R2], maxDurationSeconds: 3600 }] },
  },
  {
    name: 'a broken middle hop breaks the chain: no path',
    source: CHAINING,
    scenario: (() => {
      const s = chain();
      const r2 = s.roles?.find((r) => r.arn === R2);
      if (r2) delete r2.inlinePolicies;
      return s;
    })(),
    expect: { noEdges: [{ from: R2, to: R3 }], paths: [{ from: ALICE, to: R3, count: 0 }] },
  },
  {
    name: 'two roles that trust each other: paths stay finite (cycle-safe)',
    source: CHAINING,
    scenario: aScenario({
      users: [aUser(ALICE)],
      roles: [
        aRole(R1, { trust: aTrustPolicy.forUser(ALICE).and(aTrustPolicy.forRole(R3)) }),
        aRole(R3, { trust: aTrustPolicy.forRole(R1) }),
      ],
    }),
    expect: {
      edges: [
        { from: R1, to: R3, kind: 'AssumeRole', permitted: true },
        { from: R3, to: R1, kind: 'AssumeRole', permitted: true },
      ],
      paths: [{ from: ALICE, to: R3, count: 1, first: [ALICE, R1, R3] }],
    },
  },
  {
    name: 'MFA-conditioned trust: conditional edge from a user with an MFA device, badge MFA',
    source: MFA,
    scenario: mfaScenario(true),
    expect: {
      edges: [
        { from: ALICE, to: ADMIN, kind: 'AssumeRole', permitted: true, conditional: true, badges: ['MFA'] },
      ],
      paths: [{ from: ALICE, to: ADMIN, first: [ALICE, ADMIN], conditional: true }],
    },
  },
  {
    name: 'MFA-conditioned trust: no edge from a role session (MFA does not survive chaining)',
    source: MFA_KEY,
    scenario: mfaScenario(true),
    expect: {
      noEdges: [{ from: R1, to: ADMIN }],
      paths: [{ from: ALICE, to: ADMIN, count: 1 }],
    },
  },
  {
    name: 'MFA-conditioned trust: no edge from a user without an MFA device',
    source: MFA,
    scenario: mfaScenario(false),
    expect: { noEdges: [{ from: ALICE, to: ADMIN }] },
  },
  {
    name: 'a trust that denies requests without MFA: conditional edge from a user with an MFA device, badge MFA',
    source: MFA_KEY,
    scenario: denyWithoutMfa(true),
    expect: {
      edges: [
        { from: ALICE, to: ADMIN, kind: 'AssumeRole', permitted: true, conditional: true, badges: ['MFA'] },
      ],
      paths: [{ from: ALICE, to: ADMIN, first: [ALICE, ADMIN], conditional: true }],
    },
  },
  {
    name: "a trust that denies requests without MFA: the trust's Deny cuts the hop from a role session and from a user without a device",
    source: EVALUATION_LOGIC,
    scenario: denyWithoutMfa(false),
    expect: {
      edges: [
        { from: R1, to: ADMIN, kind: 'AssumeRole', cutBy: 'cut-trust-deny' },
        { from: ALICE, to: ADMIN, kind: 'AssumeRole', cutBy: 'cut-trust-deny' },
      ],
      paths: [
        { from: ALICE, to: ADMIN, count: 0 },
        { from: R1, to: ADMIN, count: 0 },
      ],
    },
  },
];
