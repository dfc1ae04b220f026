/**
 * Trusts that name one role session (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`): the role is
 * let in only for sessions of that name, so the edge comes from the role and carries the session
 * name as its condition. The session ARN drops the role's path. Across accounts the role's own
 * identity policies must still allow sts:AssumeRole.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const SESSION_PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-role-session';
const CROSS_ACCOUNT =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';

const OPS = `arn:aws:iam::${ACCOUNT_A}:role/teams/platform/Ops`;
const session = (account: string, name: string) =>
  `arn:aws:sts::${account}:assumed-role/${name}/alice@example.com`;
const TARGET = arns.role(ACCOUNT_A, 'BreakGlass');
const REMOTE = arns.role(ACCOUNT_B, 'Reports');

export const cases: GraphCase[] = [
  {
    name: 'a trust naming a session of a role with a path: an edge from the role, for that session name',
    source: SESSION_PRINCIPAL,
    scenario: aScenario({
      name: 'Session trust',
      roles: [aRole(OPS), aRole(TARGET, { trust: aTrustPolicy.forRole(session(ACCOUNT_A, 'Ops')) })],
    }),
    expect: {
      edges: [
        {
          from: OPS,
          to: TARGET,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          chained: true,
          badges: ['session name'],
          explanationIncludes: 'names session alice@example.com of role Ops',
        },
      ],
      paths: [{ from: OPS, to: TARGET, count: 1, conditional: true }],
    },
  },
  {
    name: 'across accounts, a named session still needs its role to allow sts:AssumeRole',
    source: CROSS_ACCOUNT,
    scenario: aScenario({
      name: 'Session trust across accounts',
      roles: [aRole(OPS), aRole(REMOTE, { trust: aTrustPolicy.forRole(session(ACCOUNT_A, 'Ops')) })],
    }),
    expect: { noEdges: [{ from: OPS, to: REMOTE }] },
  },
  {
    name: 'across accounts, with the identity allow: the conditional edge',
    source: CROSS_ACCOUNT,
    scenario: aScenario({
      name: 'Session trust across accounts, allowed',
      roles: [
        aRole(OPS, { inline: { AssumeReports: anIdentityPolicy.allow('sts:AssumeRole', REMOTE) } }),
        aRole(REMOTE, { trust: aTrustPolicy.forRole(session(ACCOUNT_A, 'Ops')) }),
      ],
    }),
    expect: {
      edges: [
        {
          from: OPS,
          to: REMOTE,
          kind: 'AssumeRole',
          permitted: true,
          conditional: true,
          badges: ['session name'],
        },
      ],
    },
  },
];
