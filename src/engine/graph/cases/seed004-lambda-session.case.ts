/**
 * Seed 004: what "assume a role" means. A Lambda function runs as its execution role (Lambda calls
 * STS with lambda.amazonaws.com and puts the session in the environment); code holding that session can
 * call sts:AssumeRole on another role, which is role chaining. "Users in the same account as the role
 * don't need explicit permission" holds only when the trust policy names them.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aLambdaFunction,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import type { GraphCase } from './graphCase';

const LAMBDA_ROLE = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html';
const ASSUME_ROLE = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const CHAINING =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining';
const PASS_ROLE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html';

const FN = arns.lambdaFunction(ACCOUNT_A, 'report');
const EXEC = arns.role(ACCOUNT_A, 'report-exec');
const TARGET_B = arns.role(ACCOUNT_B, 'AssumedRole');
const ALICE = arns.user(ACCOUNT_A, 'alice');

export const cases: GraphCase[] = [
  {
    name: 'execution role trusting lambda.amazonaws.com: configured, permitted ExecutionRole edge from the function',
    source: LAMBDA_ROLE,
    scenario: aScenario({
      lambdaFunctions: [aLambdaFunction(FN, EXEC)],
      roles: [aRole(EXEC, { trust: aTrustPolicy.forService('lambda') })],
    }),
    expect: {
      edges: [
        { from: FN, to: EXEC, kind: 'ExecutionRole', configured: true, permitted: true, conditional: false },
      ],
      noEdges: [{ from: 'lambda.amazonaws.com', to: EXEC }],
      paths: [{ from: FN, to: EXEC, count: 1, first: [FN, EXEC], maxDurationSeconds: 3600 }],
    },
  },
  {
    name: 'execution role trusting only ec2.amazonaws.com: broken ExecutionRole edge and a finding',
    source: LAMBDA_ROLE,
    scenario: aScenario({
      lambdaFunctions: [aLambdaFunction(FN, EXEC)],
      roles: [aRole(EXEC, { trust: aTrustPolicy.forService('ec2') })],
    }),
    expect: {
      edges: [{ from: FN, to: EXEC, kind: 'ExecutionRole', configured: true, permitted: false }],
      findings: [
        { title: 'Configured ExecutionRole that cannot work', subjects: [FN, EXEC], severity: 'high' },
      ],
    },
  },
  {
    name: 'execution-role trust guarded by aws:SourceAccount of the function account: permitted',
    source: LAMBDA_ROLE,
    scenario: aScenario({
      lambdaFunctions: [aLambdaFunction(FN, EXEC)],
      roles: [aRole(EXEC, { trust: aTrustPolicy.forService('lambda').withSourceAccount(ACCOUNT_A) })],
    }),
    expect: {
      edges: [
        { from: FN, to: EXEC, kind: 'ExecutionRole', configured: true, permitted: true, conditional: false },
      ],
    },
  },
  {
    name: 'execution-role trust guarded by aws:SourceAccount of another account: broken (the caller cannot choose it)',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    scenario: aScenario({
      lambdaFunctions: [aLambdaFunction(FN, EXEC)],
      roles: [aRole(EXEC, { trust: aTrustPolicy.forService('lambda').withSourceAccount('777788889999') })],
    }),
    expect: { edges: [{ from: FN, to: EXEC, kind: 'ExecutionRole', configured: true, permitted: false }] },
  },
  {
    name: 'function in account A assumes a role in account B from its execution role: chained, one hour',
    source: CHAINING,
    scenario: aScenario({
      lambdaFunctions: [aLambdaFunction(FN, EXEC)],
      roles: [
        aRole(EXEC, {
          trust: aTrustPolicy.forService('lambda'),
          inline: { AssumeB: anIdentityPolicy.allow('sts:AssumeRole', TARGET_B) },
        }),
        aRole(TARGET_B, { trust: aTrustPolicy.forRole(EXEC), maxSessionDuration: 14400 }),
      ],
    }),
    expect: {
      edges: [{ from: EXEC, to: TARGET_B, kind: 'AssumeRole', permitted: true, chained: true }],
      paths: [{ from: FN, to: TARGET_B, count: 1, first: [FN, EXEC, TARGET_B], maxDurationSeconds: 3600 }],
    },
  },
  {
    name: 'function in account A configured with an execution role of account B: cannot work',
    source: PASS_ROLE,
    scenario: aScenario({
      lambdaFunctions: [aLambdaFunction(FN, TARGET_B)],
      roles: [aRole(TARGET_B, { trust: aTrustPolicy.forService('lambda') })],
    }),
    expect: {
      edges: [{ from: FN, to: TARGET_B, kind: 'ExecutionRole', configured: true, permitted: false }],
    },
  },
  {
    name: 'a user of the same account named in the trust needs no permission of his own',
    source: ASSUME_ROLE,
    scenario: aScenario({
      users: [aUser(ALICE)],
      roles: [aRole(EXEC, { trust: aTrustPolicy.forUser(ALICE) })],
    }),
    expect: {
      edges: [{ from: ALICE, to: EXEC, kind: 'AssumeRole', permitted: true, chained: false }],
      paths: [{ from: ALICE, to: EXEC, first: [ALICE, EXEC], maxDurationSeconds: 3600 }],
    },
  },
  {
    name: 'a user of the same account when the trust names only the account needs an identity policy',
    source: ASSUME_ROLE,
    scenario: aScenario({
      users: [aUser(ALICE)],
      roles: [aRole(EXEC, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
    }),
    expect: {
      noEdges: [{ from: ALICE, to: EXEC }],
      can: [{ principal: ALICE, action: 'sts:AssumeRole', resource: EXEC, decision: 'ImplicitlyDenied' }],
    },
  },
];
