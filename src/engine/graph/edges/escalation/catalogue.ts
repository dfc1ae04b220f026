/**
 * The privilege-escalation techniques the trust graph draws: each one's id (its actions joined by
 * `+`, service-prefixed), the AWS page of its API, its pathfinding.cloud id (Apache-2.0 catalogue,
 * https://pathfinding.cloud; docs/credits.md), and the AWS CLI calls that carry it out, in order,
 * with `{placeholders}` the inspector fills from the edge (see `fillCli`). The order is the order of
 * preference: of several techniques from one principal to another, the edge shows the first.
 */

/** Which file decides a technique (one per family under edges/escalation/). */
export type TechniqueFamily = 'iamRoles' | 'iamUsers' | 'passRole' | 'lambda' | 'ssm';

export interface EscalationTechnique {
  id: string;
  family: TechniqueFamily;
  /** Every action the caller must be allowed: principals allowed none of them are never tried. */
  actions: readonly string[];
  /** The AWS page that says what the calls need. */
  doc: string;
  pathfinding?: string;
  /** The calls, in order, as AWS CLI commands. */
  cli: readonly string[];
}

const IAM_API = 'https://docs.aws.amazon.com/IAM/latest/APIReference';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const ASSUME = 'aws sts assume-role --role-arn {role} --role-session-name {probe}';

/**
 * Services a role can be passed to, each with the calls that make it run code as the role. The
 * resources of new things are named `{probe}` (trustscope-probe): a policy that allows only other
 * names is read as refusing (docs/trust-graph.md, "Escalation edges").
 */
export interface PassRoleService {
  technique: string;
  /** The service principal the role's trust must let in, and `iam:PassedToService`. */
  service: string;
  /** After iam:PassRole: each call and the ARN of what it acts on. */
  calls: readonly { action: string; resource: string }[];
  /** The request key naming the passed role, when the service's API sends one. */
  roleKey?: string;
}

export const PASS_ROLE_SERVICES: readonly PassRoleService[] = [
  {
    technique: 'iam:PassRole+ec2:RunInstances',
    service: 'ec2.amazonaws.com',
    calls: [{ action: 'ec2:RunInstances', resource: 'arn:aws:ec2:{region}:{account}:instance/*' }],
  },
  ...(['lambda:InvokeFunction', 'lambda:AddPermission'] as const).map((then) => ({
    technique: `iam:PassRole+lambda:CreateFunction+${then}`,
    service: 'lambda.amazonaws.com',
    calls: [
      { action: 'lambda:CreateFunction', resource: 'arn:aws:lambda:{region}:{account}:function:{probe}' },
      { action: then, resource: 'arn:aws:lambda:{region}:{account}:function:{probe}' },
    ],
  })),
  {
    technique: 'iam:PassRole+cloudformation:CreateStack',
    service: 'cloudformation.amazonaws.com',
    calls: [
      {
        action: 'cloudformation:CreateStack',
        resource: 'arn:aws:cloudformation:{region}:{account}:stack/{probe}/*',
      },
    ],
    roleKey: 'cloudformation:RoleArn',
  },
  {
    technique: 'iam:PassRole+glue:CreateDevEndpoint',
    service: 'glue.amazonaws.com',
    calls: [
      { action: 'glue:CreateDevEndpoint', resource: 'arn:aws:glue:{region}:{account}:devEndpoint/{probe}' },
    ],
  },
  {
    technique: 'iam:PassRole+glue:CreateJob+glue:StartJobRun',
    service: 'glue.amazonaws.com',
    calls: [
      { action: 'glue:CreateJob', resource: 'arn:aws:glue:{region}:{account}:job/{probe}' },
      { action: 'glue:StartJobRun', resource: 'arn:aws:glue:{region}:{account}:job/{probe}' },
    ],
  },
  ...(
    [
      ['CreateNotebookInstance', 'notebook-instance'],
      ['CreateTrainingJob', 'training-job'],
      ['CreateProcessingJob', 'processing-job'],
    ] as const
  ).map(([api, type]) => ({
    technique: `iam:PassRole+sagemaker:${api}`,
    service: 'sagemaker.amazonaws.com',
    calls: [{ action: `sagemaker:${api}`, resource: `arn:aws:sagemaker:{region}:{account}:${type}/{probe}` }],
  })),
  ...(['codebuild:StartBuild', 'codebuild:StartBuildBatch'] as const).map((then) => ({
    technique: `iam:PassRole+codebuild:CreateProject+${then}`,
    service: 'codebuild.amazonaws.com',
    calls: [
      { action: 'codebuild:CreateProject', resource: 'arn:aws:codebuild:{region}:{account}:project/{probe}' },
      { action: then, resource: 'arn:aws:codebuild:{region}:{account}:project/{probe}' },
    ],
  })),
  {
    technique: 'iam:PassRole+ecs:RegisterTaskDefinition+ecs:RunTask',
    service: 'ecs-tasks.amazonaws.com',
    calls: [
      {
        action: 'ecs:RegisterTaskDefinition',
        resource: 'arn:aws:ecs:{region}:{account}:task-definition/{probe}:1',
      },
      { action: 'ecs:RunTask', resource: 'arn:aws:ecs:{region}:{account}:task-definition/{probe}:1' },
    ],
  },
];

const passRole = (
  technique: string,
  doc: string,
  pathfinding: string,
  cli: string[],
): EscalationTechnique => ({
  id: technique,
  family: 'passRole',
  actions: technique.split('+'),
  doc,
  pathfinding,
  cli,
});

export const ESCALATION_TECHNIQUES: readonly EscalationTechnique[] = [
  {
    id: 'iam:UpdateAssumeRolePolicy',
    family: 'iamRoles',
    actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
    doc: `${IAM_API}/API_UpdateAssumeRolePolicy.html`,
    pathfinding: 'iam-012',
    cli: [
      `aws iam update-assume-role-policy --role-name {roleName} --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{caller}"},"Action":"sts:AssumeRole"}]}'`,
      ASSUME,
    ],
  },
  {
    id: 'iam:AttachRolePolicy+sts:AssumeRole',
    family: 'iamRoles',
    actions: ['iam:AttachRolePolicy', 'sts:AssumeRole'],
    doc: `${IAM_API}/API_AttachRolePolicy.html`,
    pathfinding: 'iam-014',
    cli: [`aws iam attach-role-policy --role-name {roleName} --policy-arn ${ADMIN}`, ASSUME],
  },
  {
    id: 'iam:PutRolePolicy+sts:AssumeRole',
    family: 'iamRoles',
    actions: ['iam:PutRolePolicy', 'sts:AssumeRole'],
    doc: `${IAM_API}/API_PutRolePolicy.html`,
    pathfinding: 'iam-017',
    cli: [
      `aws iam put-role-policy --role-name {roleName} --policy-name {probe} --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'`,
      ASSUME,
    ],
  },
  {
    id: 'iam:CreatePolicyVersion+sts:AssumeRole',
    family: 'iamRoles',
    actions: ['iam:CreatePolicyVersion', 'sts:AssumeRole'],
    doc: `${IAM_API}/API_CreatePolicyVersion.html`,
    pathfinding: 'iam-016',
    cli: [
      `aws iam create-policy-version --policy-arn {via} --set-as-default --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'`,
      ASSUME,
    ],
  },
  {
    id: 'iam:CreateAccessKey',
    family: 'iamUsers',
    actions: ['iam:CreateAccessKey'],
    doc: `${IAM_API}/API_CreateAccessKey.html`,
    pathfinding: 'iam-002',
    cli: ['aws iam create-access-key --user-name {userName}'],
  },
  {
    id: 'iam:CreateLoginProfile',
    family: 'iamUsers',
    actions: ['iam:CreateLoginProfile'],
    doc: `${IAM_API}/API_CreateLoginProfile.html`,
    pathfinding: 'iam-004',
    cli: ["aws iam create-login-profile --user-name {userName} --password '<a new password>'"],
  },
  {
    id: 'iam:UpdateLoginProfile',
    family: 'iamUsers',
    actions: ['iam:UpdateLoginProfile'],
    doc: `${IAM_API}/API_UpdateLoginProfile.html`,
    pathfinding: 'iam-006',
    cli: ["aws iam update-login-profile --user-name {userName} --password '<a new password>'"],
  },
  {
    id: 'iam:AddUserToGroup',
    family: 'iamUsers',
    actions: ['iam:AddUserToGroup'],
    doc: `${IAM_API}/API_AddUserToGroup.html`,
    pathfinding: 'iam-013',
    cli: ['aws iam add-user-to-group --group-name {groupName} --user-name {callerName}'],
  },
  passRole(
    'iam:PassRole+ec2:RunInstances',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/permission-to-pass-iam-roles.html',
    'ec2-001',
    [
      'aws ec2 run-instances --region {region} --image-id <an AMI> --instance-type t3.micro --iam-instance-profile Arn={profile} --user-data file://script.sh',
    ],
  ),
  passRole(
    'iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction',
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    'lambda-001',
    [
      'aws lambda create-function --region {region} --function-name {probe} --runtime python3.12 --handler index.handler --zip-file fileb://code.zip --role {role}',
      'aws lambda invoke --region {region} --function-name {probe} out.json',
    ],
  ),
  passRole(
    'iam:PassRole+lambda:CreateFunction+lambda:AddPermission',
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    'lambda-006',
    [
      'aws lambda create-function --region {region} --function-name {probe} --runtime python3.12 --handler index.handler --zip-file fileb://code.zip --role {role}',
      'aws lambda add-permission --region {region} --function-name {probe} --statement-id {probe} --action lambda:InvokeFunction --principal {account}',
    ],
  ),
  {
    id: 'lambda:UpdateFunctionCode+lambda:InvokeFunction',
    family: 'lambda',
    actions: ['lambda:UpdateFunctionCode', 'lambda:InvokeFunction'],
    doc: 'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html',
    pathfinding: 'lambda-004',
    cli: [
      'aws lambda update-function-code --function-name {via} --zip-file fileb://code.zip',
      'aws lambda invoke --function-name {via} out.json',
    ],
  },
  {
    id: 'lambda:UpdateFunctionCode',
    family: 'lambda',
    actions: ['lambda:UpdateFunctionCode'],
    doc: 'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html',
    pathfinding: 'lambda-003',
    cli: ['aws lambda update-function-code --function-name {via} --zip-file fileb://code.zip'],
  },
  passRole(
    'iam:PassRole+cloudformation:CreateStack',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html',
    'cloudformation-001',
    [
      'aws cloudformation create-stack --region {region} --stack-name {probe} --template-body file://template.yaml --role-arn {role} --capabilities CAPABILITY_IAM',
    ],
  ),
  passRole(
    'iam:PassRole+glue:CreateDevEndpoint',
    'https://docs.aws.amazon.com/glue/latest/webapi/API_CreateDevEndpoint.html',
    'glue-001',
    [
      'aws glue create-dev-endpoint --region {region} --endpoint-name {probe} --role-arn {role} --public-key file://key.pub',
    ],
  ),
  passRole(
    'iam:PassRole+glue:CreateJob+glue:StartJobRun',
    'https://docs.aws.amazon.com/glue/latest/webapi/API_CreateJob.html',
    'glue-003',
    [
      'aws glue create-job --region {region} --name {probe} --role {role} --command Name=pythonshell,ScriptLocation=s3://<a bucket>/script.py',
      'aws glue start-job-run --region {region} --job-name {probe}',
    ],
  ),
  passRole(
    'iam:PassRole+sagemaker:CreateNotebookInstance',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html',
    'sagemaker-001',
    [
      'aws sagemaker create-notebook-instance --region {region} --notebook-instance-name {probe} --instance-type ml.t3.medium --role-arn {role}',
    ],
  ),
  passRole(
    'iam:PassRole+sagemaker:CreateTrainingJob',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html',
    'sagemaker-002',
    [
      'aws sagemaker create-training-job --region {region} --training-job-name {probe} --role-arn {role} --algorithm-specification TrainingImage=<an image>,TrainingInputMode=File --output-data-config S3OutputPath=s3://<a bucket>/ --resource-config InstanceType=ml.m5.large,InstanceCount=1,VolumeSizeInGB=10 --stopping-condition MaxRuntimeInSeconds=3600',
    ],
  ),
  passRole(
    'iam:PassRole+sagemaker:CreateProcessingJob',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html',
    'sagemaker-003',
    [
      'aws sagemaker create-processing-job --region {region} --processing-job-name {probe} --role-arn {role} --app-specification ImageUri=<an image> --processing-resources ClusterConfig={InstanceCount=1,InstanceType=ml.t3.medium,VolumeSizeInGB=10}',
    ],
  ),
  passRole(
    'iam:PassRole+codebuild:CreateProject+codebuild:StartBuild',
    'https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-permissions.html',
    'codebuild-001',
    [
      'aws codebuild create-project --region {region} --name {probe} --service-role {role} --source type=NO_SOURCE,buildspec=buildspec.yml --artifacts type=NO_ARTIFACTS --environment type=LINUX_CONTAINER,image=aws/codebuild/standard:7.0,computeType=BUILD_GENERAL1_SMALL',
      'aws codebuild start-build --region {region} --project-name {probe}',
    ],
  ),
  passRole(
    'iam:PassRole+codebuild:CreateProject+codebuild:StartBuildBatch',
    'https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-permissions.html',
    'codebuild-004',
    [
      'aws codebuild create-project --region {region} --name {probe} --service-role {role} --source type=NO_SOURCE,buildspec=buildspec.yml --artifacts type=NO_ARTIFACTS --environment type=LINUX_CONTAINER,image=aws/codebuild/standard:7.0,computeType=BUILD_GENERAL1_SMALL --build-batch-config serviceRole={role}',
      'aws codebuild start-build-batch --region {region} --project-name {probe}',
    ],
  ),
  passRole(
    'iam:PassRole+ecs:RegisterTaskDefinition+ecs:RunTask',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    'ecs-004',
    [
      'aws ecs register-task-definition --region {region} --family {probe} --task-role-arn {role} --container-definitions file://containers.json',
      'aws ecs run-task --region {region} --task-definition {probe}:1 --launch-type FARGATE --network-configuration file://network.json',
    ],
  ),
  {
    id: 'ssm:SendCommand',
    family: 'ssm',
    actions: ['ssm:SendCommand'],
    doc: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html',
    pathfinding: 'ssm-002',
    cli: [
      `aws ssm send-command --region {region} --instance-ids {via} --document-name AWS-RunShellScript --parameters 'commands=["curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/{roleName}"]'`,
    ],
  },
  {
    id: 'ssm:StartSession',
    family: 'ssm',
    actions: ['ssm:StartSession'],
    doc: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
    pathfinding: 'ssm-001',
    cli: ['aws ssm start-session --region {region} --target {via}'],
  },
];

const byId = new Map(ESCALATION_TECHNIQUES.map((t) => [t.id, t]));

/** A technique of the catalogue by its id. */
export function techniqueOf(id: string): EscalationTechnique | undefined {
  return byId.get(id);
}

/** The name new resources are given ({probe}). */
export const PROBE = 'trustscope-probe';

/** The policy an escalation attaches: AWS's own administrator policy. */
export const ADMINISTRATOR_POLICY = ADMIN;

/** A command template with `{name}` filled from `values` (left as written when missing). */
export function fillCli(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
