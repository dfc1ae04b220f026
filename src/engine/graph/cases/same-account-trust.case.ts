/**
 * Same-account trust: naming the caller (user or role ARN) in the trust policy is enough on its own;
 * naming the account (`:root`) delegates to the account, so the caller's identity policy must allow
 * sts:AssumeRole. With no trust-policy allow the identity policy alone never suffices.
 */
import {
  ACCOUNT_A,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import type { RoleSpec, UserSpec } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const ASSUME_ROLE = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const PRINCIPAL_ACCOUNTS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts';
const DENY_ALLOW =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html';
const VARIABLES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html';

const TARGET = arns.role(ACCOUNT_A, 'Target');
const ALICE = arns.user(ACCOUNT_A, 'alice');
const APP = arns.role(ACCOUNT_A, 'App');
const mayAssume = { AssumeTarget: anIdentityPolicy.allow('sts:AssumeRole', TARGET) };

const scenario = (
  trust: ReturnType<typeof aTrustPolicy.forAccount>,
  users: UserSpec[],
  roles: RoleSpec[] = [],
) => aScenario({ name: 'Same-account trust', roles: [aRole(TARGET, { trust }), ...roles], users });

export const cases: GraphCase[] = [
  {
    name: 'trust names the account and the user has no identity policy: no edge',
    source: PRINCIPAL_ACCOUNTS,
    scenario: scenario(aTrustPolicy.forAccount(ACCOUNT_A), [aUser(ALICE)]),
    expect: { noEdges: [{ from: ALICE, to: TARGET }] },
  },
  {
    name: 'trust names the account and the user may call sts:AssumeRole on the role: edge',
    source: ASSUME_ROLE,
    scenario: scenario(aTrustPolicy.forAccount(ACCOUNT_A), [aUser(ALICE, { inline: mayAssume })]),
    expect: {
      edges: [
        { from: ALICE, to: TARGET, kind: 'AssumeRole', permitted: true, conditional: false, chained: false },
      ],
      noFindings: ['Trust to a whole account without conditions'],
    },
  },
  {
    name: 'trust names the user by ARN: edge without any identity policy',
    source: ASSUME_ROLE,
    scenario: scenario(aTrustPolicy.forUser(ALICE), [aUser(ALICE)]),
    expect: { edges: [{ from: ALICE, to: TARGET, kind: 'AssumeRole', permitted: true }] },
  },
  {
    name: 'trust names a role by ARN: chained edge from that role without any identity policy',
    source: DENY_ALLOW,
    scenario: scenario(aTrustPolicy.forRole(APP), [], [aRole(APP)]),
    expect: { edges: [{ from: APP, to: TARGET, kind: 'AssumeRole', permitted: true, chained: true }] },
  },
  {
    name: 'trust names one user: other users of the account get no edge even with an identity policy',
    source: ASSUME_ROLE,
    scenario: scenario(aTrustPolicy.forUser(ALICE), [
      aUser(ALICE),
      aUser(arns.user(ACCOUNT_A, 'bob'), { inline: mayAssume }),
    ]),
    expect: {
      edges: [{ from: ALICE, to: TARGET, kind: 'AssumeRole', permitted: true }],
      noEdges: [{ from: arns.user(ACCOUNT_A, 'bob'), to: TARGET }],
    },
  },
  {
    name: 'trust allows nobody (only a service): an identity policy allowing sts:AssumeRole is not enough',
    source: DENY_ALLOW,
    scenario: scenario(aTrustPolicy.forService('ec2'), [
      aUser(ALICE, { inline: { All: anIdentityPolicy.allow('sts:*', '*') } }),
    ]),
    expect: { noEdges: [{ from: ALICE, to: TARGET }] },
  },
  {
    name: 'trust names the account and a role of the account may assume it: chained edge',
    source: ASSUME_ROLE,
    scenario: scenario(
      aTrustPolicy.forAccount(ACCOUNT_A),
      [],
      [aRole(APP, { inline: mayAssume }), aRole(arns.role(ACCOUNT_A, 'Idle'))],
    ),
    expect: {
      edges: [{ from: APP, to: TARGET, kind: 'AssumeRole', permitted: true, chained: true }],
      noEdges: [{ from: arns.role(ACCOUNT_A, 'Idle'), to: TARGET }],
    },
  },
  {
    // Under Version 2012-10-17, `${*}` is the literal character `*`; without a Version, `${…}` is plain
    // text and the `*` in it a wildcard. The two trusts read alike but let in different callers.
    name: 'the same condition under Version 2012-10-17 and under no Version: each trust lets in its own callers',
    source: VARIABLES,
    scenario: aScenario({
      name: 'Escapes and the policy Version',
      users: [
        aUser(ALICE, { tags: { team: 'x${a}' } }),
        aUser(arns.user(ACCOUNT_A, 'bob'), { tags: { team: 'zzz' } }),
      ],
      roles: [
        aRole(arns.role(ACCOUNT_A, 'Escaped'), { trust: teamTrust('2012-10-17') }),
        aRole(arns.role(ACCOUNT_A, 'Literal'), { trust: teamTrust(undefined) }),
      ],
    }),
    expect: {
      edges: [{ from: ALICE, to: arns.role(ACCOUNT_A, 'Literal'), kind: 'AssumeRole', permitted: true }],
      noEdges: [
        { from: arns.user(ACCOUNT_A, 'bob'), to: arns.role(ACCOUNT_A, 'Literal') },
        { from: ALICE, to: arns.role(ACCOUNT_A, 'Escaped') },
        { from: arns.user(ACCOUNT_A, 'bob'), to: arns.role(ACCOUNT_A, 'Escaped') },
      ],
    },
  },
];

function teamTrust(version: string | undefined) {
  return {
    ...(version ? { Version: version } : {}),
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'sts:AssumeRole',
        Condition: { StringLike: { 'aws:PrincipalTag/team': 'x${*}' } },
      },
    ],
  };
}
