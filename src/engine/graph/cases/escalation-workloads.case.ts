/**
 * Escalation through services that run code as a role: passing a role to EC2, Lambda,
 * CloudFormation, Glue, SageMaker, CodeBuild or ECS, changing an existing function's code, and
 * running commands on an instance through Systems Manager. Each case names the AWS page and the
 * pathfinding.cloud id of its technique.
 */
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  anInstance,
  aLambdaFunction,
  arns,
} from '../../../model/builders';
import type { PolicyBuilder } from '../../../model/builders';
import type { GraphCase } from './graphCase';

const PASS_ROLE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html';
const EC2_PASS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/permission-to-pass-iam-roles.html';
const DEV = arns.user(ACCOUNT_A, 'dev');
const POWER = arns.role(ACCOUNT_A, 'Power');
const OTHER = arns.role(ACCOUNT_A, 'Other');
const PROFILE = arns.instanceProfile(ACCOUNT_A, 'Power');
const FN = arns.lambdaFunction(ACCOUNT_A, 'nightly');
const INSTANCE = 'arn:aws:ec2:us-east-1:111122223333:instance/i-0a1b2c3d4e5f67890';
const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';

const power = (service: string, instanceProfiles?: string[]) =>
  aRole(POWER, {
    trust: aTrustPolicy.forService(service),
    managed: [ADMIN_POLICY],
    ...(instanceProfiles ? { instanceProfiles } : {}),
  });
const dev = (policy: PolicyBuilder) => aUser(DEV, { inline: { DevAccess: policy } });
const escalation = (technique: string, extra: object = {}) => ({
  from: DEV,
  to: POWER,
  kind: 'Escalation' as const,
  technique,
  ...extra,
});
const passToEc2 = anIdentityPolicy
  .allow('iam:PassRole', POWER)
  .when('StringEquals', 'iam:PassedToService', 'ec2.amazonaws.com')
  .allow('ec2:RunInstances');

export const cases: GraphCase[] = [
  {
    name: 'iam:PassRole + ec2:RunInstances with the role’s own instance profile',
    source: EC2_PASS,
    pathfinding: 'ec2-001',
    scenario: aScenario({ roles: [power('ec2', [PROFILE])], users: [dev(passToEc2)] }),
    expect: {
      edges: [escalation('iam:PassRole+ec2:RunInstances', { permitted: true, conditional: false })],
      paths: [{ from: DEV, to: POWER, count: 1 }],
    },
  },
  {
    name: 'iam:PassRole + ec2:RunInstances for a role without a profile: the caller must create one',
    source: EC2_PASS,
    pathfinding: 'ec2-001',
    scenario: aScenario({ roles: [power('ec2')], users: [dev(passToEc2)] }),
    expect: { noEdges: [{ from: DEV, to: POWER }] },
  },
  {
    name: 'iam:PassRole + ec2:RunInstances for a role without a profile, with iam:CreateInstanceProfile and iam:AddRoleToInstanceProfile',
    source: EC2_PASS,
    pathfinding: 'ec2-001',
    scenario: aScenario({
      roles: [power('ec2')],
      users: [dev(passToEc2.allow(['iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile']))],
    }),
    expect: { edges: [escalation('iam:PassRole+ec2:RunInstances', { permitted: true })] },
  },
  {
    name: 'iam:PassRole limited to another role: no edge',
    source: PASS_ROLE,
    pathfinding: 'ec2-001',
    scenario: aScenario({
      roles: [
        power('ec2', [PROFILE]),
        aRole(OTHER, {
          trust: aTrustPolicy.forService('ec2'),
          instanceProfiles: [arns.instanceProfile(ACCOUNT_A, 'Other')],
        }),
      ],
      users: [dev(anIdentityPolicy.allow('iam:PassRole', OTHER).allow('ec2:RunInstances'))],
    }),
    expect: {
      noEdges: [{ from: DEV, to: POWER }],
      edges: [{ from: DEV, to: OTHER, kind: 'Escalation', technique: 'iam:PassRole+ec2:RunInstances' }],
    },
  },
  {
    name: 'iam:PassRole limited by iam:PassedToService to another service: no EC2 edge',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html',
    pathfinding: 'ec2-001',
    scenario: aScenario({
      roles: [power('ec2', [PROFILE])],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:PassRole', POWER)
            .when('StringEquals', 'iam:PassedToService', 'lambda.amazonaws.com')
            .allow('ec2:RunInstances'),
        ),
      ],
    }),
    expect: { noEdges: [{ from: DEV, to: POWER }] },
  },
  {
    name: 'iam:PassRole without ec2:RunInstances (the second action missing): no edge',
    source: EC2_PASS,
    pathfinding: 'ec2-001',
    scenario: aScenario({
      roles: [power('ec2', [PROFILE])],
      users: [dev(anIdentityPolicy.allow('iam:PassRole', POWER))],
    }),
    expect: { noEdges: [{ from: DEV, to: POWER }] },
  },
  {
    name: 'a trust that does not let EC2 in: passing the role to an instance gives nothing',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
    pathfinding: 'ec2-001',
    scenario: aScenario({ roles: [power('lambda', [PROFILE])], users: [dev(passToEc2)] }),
    expect: { noEdges: [{ from: DEV, to: POWER }] },
  },
  {
    name: 'ec2:RunInstances allowed only with request tags: a conditional edge showing the tags to bring',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/supported-iam-actions-tagging.html',
    pathfinding: 'ec2-001',
    scenario: aScenario({
      roles: [power('ec2', [PROFILE])],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:PassRole', POWER)
            .allow('ec2:RunInstances')
            .when('StringEquals', 'aws:RequestTag/team', 'platform'),
        ),
      ],
    }),
    expect: { edges: [escalation('iam:PassRole+ec2:RunInstances', { conditional: true, badges: ['tags'] })] },
  },
  {
    name: 'iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    pathfinding: 'lambda-001',
    scenario: aScenario({
      roles: [power('lambda')],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:PassRole', POWER)
            .allow(['lambda:CreateFunction', 'lambda:InvokeFunction']),
        ),
      ],
    }),
    expect: {
      edges: [escalation('iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction', { permitted: true })],
    },
  },
  {
    name: 'iam:PassRole + lambda:CreateFunction + lambda:AddPermission, without lambda:InvokeFunction',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html',
    pathfinding: 'lambda-006',
    scenario: aScenario({
      roles: [power('lambda')],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:PassRole', POWER)
            .allow(['lambda:CreateFunction', 'lambda:AddPermission']),
        ),
      ],
    }),
    expect: { edges: [escalation('iam:PassRole+lambda:CreateFunction+lambda:AddPermission')] },
  },
  {
    name: 'lambda:UpdateFunctionCode + lambda:InvokeFunction on an existing function: an edge to its role, through the function',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html',
    pathfinding: 'lambda-004',
    scenario: aScenario({
      roles: [power('lambda')],
      lambdaFunctions: [aLambdaFunction(FN, POWER)],
      users: [dev(anIdentityPolicy.allow(['lambda:UpdateFunctionCode', 'lambda:InvokeFunction'], FN))],
    }),
    expect: {
      edges: [escalation('lambda:UpdateFunctionCode+lambda:InvokeFunction', { via: FN, assumptions: [] })],
    },
  },
  {
    name: 'lambda:UpdateFunctionCode alone: the edge rests on something invoking the function',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html',
    pathfinding: 'lambda-003',
    scenario: aScenario({
      roles: [power('lambda')],
      lambdaFunctions: [aLambdaFunction(FN, POWER)],
      users: [dev(anIdentityPolicy.allow('lambda:UpdateFunctionCode', FN))],
    }),
    expect: {
      edges: [
        escalation('lambda:UpdateFunctionCode', { via: FN, assumptions: ['function-invocation-assumed'] }),
      ],
    },
  },
  {
    name: 'lambda:UpdateFunctionCode on a function whose role is in another account: AWS never passed it, no edge',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    pathfinding: 'lambda-003',
    scenario: aScenario({
      roles: [
        aRole(arns.role(ACCOUNT_B, 'Power'), {
          trust: aTrustPolicy.forService('lambda'),
          managed: [ADMIN_POLICY],
        }),
      ],
      lambdaFunctions: [aLambdaFunction(FN, arns.role(ACCOUNT_B, 'Power'))],
      users: [dev(anIdentityPolicy.allow('lambda:UpdateFunctionCode', FN))],
    }),
    expect: { noEdges: [{ from: DEV, to: arns.role(ACCOUNT_B, 'Power') }] },
  },
  {
    name: 'iam:PassRole + cloudformation:CreateStack, the role named in cloudformation:RoleArn',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html',
    pathfinding: 'cloudformation-001',
    scenario: aScenario({
      roles: [power('cloudformation')],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:PassRole', POWER)
            .allow('cloudformation:CreateStack')
            .when('StringEquals', 'cloudformation:RoleArn', POWER),
        ),
      ],
    }),
    expect: { edges: [escalation('iam:PassRole+cloudformation:CreateStack', { conditional: false })] },
  },
  {
    name: 'iam:PassRole + glue:CreateJob + glue:StartJobRun',
    source: 'https://docs.aws.amazon.com/glue/latest/webapi/API_CreateJob.html',
    pathfinding: 'glue-003',
    scenario: aScenario({
      roles: [power('glue')],
      users: [
        dev(anIdentityPolicy.allow('iam:PassRole', POWER).allow(['glue:CreateJob', 'glue:StartJobRun'])),
      ],
    }),
    expect: { edges: [escalation('iam:PassRole+glue:CreateJob+glue:StartJobRun')] },
  },
  {
    name: 'iam:PassRole + sagemaker:CreateNotebookInstance',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html',
    pathfinding: 'sagemaker-001',
    scenario: aScenario({
      roles: [power('sagemaker')],
      users: [dev(anIdentityPolicy.allow('iam:PassRole', POWER).allow('sagemaker:CreateNotebookInstance'))],
    }),
    expect: { edges: [escalation('iam:PassRole+sagemaker:CreateNotebookInstance')] },
  },
  {
    name: 'iam:PassRole + codebuild:CreateProject + codebuild:StartBuild',
    source: 'https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-permissions.html',
    pathfinding: 'codebuild-001',
    scenario: aScenario({
      roles: [power('codebuild')],
      users: [
        dev(
          anIdentityPolicy
            .allow('iam:PassRole', POWER)
            .allow(['codebuild:CreateProject', 'codebuild:StartBuild']),
        ),
      ],
    }),
    expect: { edges: [escalation('iam:PassRole+codebuild:CreateProject+codebuild:StartBuild')] },
  },
  {
    name: 'iam:PassRole + ecs:RegisterTaskDefinition + ecs:RunTask',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    pathfinding: 'ecs-004',
    scenario: aScenario({
      roles: [power('ecs-tasks')],
      users: [
        dev(
          anIdentityPolicy.allow('iam:PassRole', POWER).allow(['ecs:RegisterTaskDefinition', 'ecs:RunTask']),
        ),
      ],
    }),
    expect: { edges: [escalation('iam:PassRole+ecs:RegisterTaskDefinition+ecs:RunTask')] },
  },
  {
    name: 'ssm:SendCommand to an instance whose profile holds the role: an edge naming the instance',
    source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html',
    pathfinding: 'ssm-002',
    scenario: aScenario({
      roles: [power('ec2', [PROFILE])],
      instances: [anInstance({ instanceProfileArn: PROFILE })],
      users: [dev(anIdentityPolicy.allow('ssm:SendCommand'))],
    }),
    expect: {
      edges: [escalation('ssm:SendCommand', { via: INSTANCE, assumptions: ['managed-node-assumed'] })],
    },
  },
  {
    name: 'ssm:StartSession limited to another instance: no edge',
    source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
    pathfinding: 'ssm-001',
    scenario: aScenario({
      roles: [power('ec2', [PROFILE])],
      instances: [anInstance({ instanceProfileArn: PROFILE })],
      users: [
        dev(
          anIdentityPolicy.allow(
            'ssm:StartSession',
            'arn:aws:ec2:us-east-1:111122223333:instance/i-0ffffffffffffffff',
          ),
        ),
      ],
    }),
    expect: { noEdges: [{ from: DEV, to: POWER }] },
  },
];
