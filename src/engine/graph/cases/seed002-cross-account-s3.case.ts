/**
 * Seed 002: Production (account A) lets Development (account B) read a bucket through a delegated
 * role that trusts account B's root. Cross-account, both sides must allow: the trust policy in A and an
 * identity policy in B that allows sts:AssumeRole on the role.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  anS3Bucket,
  arns,
} from '../../../model/builders';
import type { RoleSpec, UserSpec } from '../../../model/scenario';
import type { GraphCase } from './graphCase';

const ASSUME_ROLE = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const CROSS_ACCOUNT =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';
const TUTORIAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_cross-account-with-roles.html';
const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html';

const DELEGATE = arns.role(ACCOUNT_A, 'delegate_read_my_bucket');
const DEV = arns.user(ACCOUNT_B, 'dev');
const DEV_ROLE = arns.role(ACCOUNT_B, 'ci');
const BUCKET = 'arn:aws:s3:::my-bucket';

const readMyBucket = anIdentityPolicy.allow('s3:ListBucket', BUCKET).allow('s3:GetObject', `${BUCKET}/*`);

function delegation(
  callers: { users?: UserSpec[]; roles?: RoleSpec[] },
  trust = aTrustPolicy.forAccount(ACCOUNT_B),
) {
  return aScenario({
    name: 'Cross-account S3 through a delegated role',
    roles: [aRole(DELEGATE, { trust, inline: { read_my_bucket: readMyBucket } }), ...(callers.roles ?? [])],
    users: callers.users ?? [],
    resources: [anS3Bucket('my-bucket', ACCOUNT_A)],
  });
}

const mayAssume = { AssumeDelegate: anIdentityPolicy.allow('sts:AssumeRole', DELEGATE) };

export const cases: GraphCase[] = [
  {
    name: 'trust names account B and the developer may call sts:AssumeRole on the role: edge',
    source: TUTORIAL,
    scenario: delegation({ users: [aUser(DEV, { inline: mayAssume })] }),
    expect: {
      edges: [
        {
          from: DEV,
          to: DELEGATE,
          kind: 'AssumeRole',
          permitted: true,
          conditional: false,
          configured: false,
          chained: false,
        },
      ],
      paths: [{ from: DEV, to: DELEGATE, count: 1, first: [DEV, DELEGATE], maxDurationSeconds: 3600 }],
      can: [
        {
          principal: DELEGATE,
          action: 's3:GetObject',
          resource: `${BUCKET}/report.csv`,
          decision: 'Allowed',
        },
        { principal: DELEGATE, action: 's3:ListBucket', resource: BUCKET, decision: 'Allowed' },
        {
          principal: DELEGATE,
          action: 's3:PutObject',
          resource: `${BUCKET}/report.csv`,
          decision: 'ImplicitlyDenied',
        },
        { principal: DEV, action: 'sts:AssumeRole', resource: DELEGATE, decision: 'Allowed' },
      ],
    },
  },
  {
    name: 'trust names account B but the developer has no identity policy: no edge (cross-account needs both sides)',
    source: CROSS_ACCOUNT,
    scenario: delegation({ users: [aUser(DEV)] }),
    expect: {
      noEdges: [{ from: DEV, to: DELEGATE }],
      can: [{ principal: DEV, action: 'sts:AssumeRole', resource: DELEGATE, decision: 'ImplicitlyDenied' }],
      whyNot: [{ from: DEV, to: DELEGATE, includes: 'identity' }],
    },
  },
  {
    name: 'trust names the developer by ARN but he has no identity policy: still no edge across accounts',
    source: ASSUME_ROLE,
    scenario: delegation({ users: [aUser(DEV)] }, aTrustPolicy.forUser(DEV)),
    expect: { noEdges: [{ from: DEV, to: DELEGATE }] },
  },
  {
    name: 'trust names a role of account B by ARN but the role has no identity policy: no edge',
    source: CROSS_ACCOUNT,
    scenario: delegation({ roles: [aRole(DEV_ROLE)] }, aTrustPolicy.forRole(DEV_ROLE)),
    expect: { noEdges: [{ from: DEV_ROLE, to: DELEGATE }] },
  },
  {
    name: 'trust names a role of account B by ARN and the role may assume it: chained edge',
    source: CROSS_ACCOUNT,
    scenario: delegation({ roles: [aRole(DEV_ROLE, { inline: mayAssume })] }, aTrustPolicy.forRole(DEV_ROLE)),
    expect: {
      edges: [{ from: DEV_ROLE, to: DELEGATE, kind: 'AssumeRole', permitted: true, chained: true }],
    },
  },
  {
    name: 'identity policy allows sts:AssumeRole on the role but the trust does not name account B: no edge',
    source: ASSUME_ROLE,
    scenario: delegation(
      { users: [aUser(DEV, { inline: mayAssume })] },
      aTrustPolicy.forAccount('777788889999'),
    ),
    expect: { noEdges: [{ from: DEV, to: DELEGATE }] },
  },
  {
    name: 'identity policy allows sts:AssumeRole only on another role: no edge',
    source: CROSS_ACCOUNT,
    scenario: delegation({
      users: [
        aUser(DEV, {
          inline: { Other: anIdentityPolicy.allow('sts:AssumeRole', arns.role(ACCOUNT_A, 'other')) },
        }),
      ],
    }),
    expect: { noEdges: [{ from: DEV, to: DELEGATE }] },
  },
  {
    name: "an explicit deny in the caller's identity policy wins over the allow: the hop is cut",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    scenario: delegation({
      users: [
        aUser(DEV, {
          inline: {
            Allow: anIdentityPolicy.allow('sts:AssumeRole', '*'),
            Deny: anIdentityPolicy.deny('sts:AssumeRole', DELEGATE),
          },
        }),
      ],
    }),
    expect: {
      edges: [
        {
          from: DEV,
          to: DELEGATE,
          kind: 'AssumeRole',
          cutBy: 'cut-identity-deny',
          explanationIncludes: 'identity policy "dev · Deny"',
        },
      ],
      paths: [{ from: DEV, to: DELEGATE, count: 0 }],
    },
  },
  {
    name: 'trusting another account without conditions is reported (low), the account being inside the scenario',
    source: PRINCIPAL,
    scenario: delegation({ users: [aUser(DEV, { inline: mayAssume })] }),
    expect: {
      findings: [
        {
          title: 'Trust to a whole account without conditions',
          subjects: [DELEGATE, ACCOUNT_B],
          severity: 'low',
        },
      ],
      noFindings: ['Third-party trust without ExternalId'],
    },
  },
];
