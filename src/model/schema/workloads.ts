/** What runs as a role (EKS, EC2, Lambda, ECS) and resources with resource policies. */
import {
  accountId,
  flag,
  list,
  nonEmptyText,
  object,
  oneOf,
  optional,
  patterned,
  policyDocument,
  roleArn,
  tags,
  text,
} from './fields';

const kubernetesName = (title: string, description: string) =>
  patterned('kubernetesName', [title, description]);

export const ServiceAccount = object(
  'a service account',
  {
    namespace: kubernetesName('Namespace', 'The Kubernetes namespace.'),
    name: kubernetesName('Name', 'The service account name.'),
    roleArn: optional(
      roleArn(
        'IRSA role',
        'The eks.amazonaws.com/role-arn annotation: the role assumed with AssumeRoleWithWebIdentity.',
      ),
    ),
    audience: optional(
      nonEmptyText(['Audience', 'The eks.amazonaws.com/audience annotation; defaults to sts.amazonaws.com.']),
    ),
  },
  ['Service account', 'A Kubernetes service account.'],
);

export const Pod = object(
  'a pod',
  {
    namespace: kubernetesName('Namespace', 'The Kubernetes namespace.'),
    name: kubernetesName('Name', 'The pod name.'),
    serviceAccount: kubernetesName(
      'Service account',
      'The name of the service account (same namespace); one not in serviceAccounts is created implicitly.',
    ),
    owner: optional(text(['Owner', 'Where the pod came from, e.g. Deployment/web.'])),
  },
  ['Pod', 'A Kubernetes pod.'],
);

export const PodIdentityAssociation = object(
  'a Pod Identity association',
  {
    associationId: optional(nonEmptyText(['Association id', 'The a-… id AWS gives the association.'])),
    namespace: kubernetesName('Namespace', 'The namespace of the service account.'),
    serviceAccount: kubernetesName('Service account', 'The service account name.'),
    roleArn: roleArn(
      'Role',
      "The role EKS assumes for the pods (in the cluster's account), trusting pods.eks.amazonaws.com.",
    ),
    targetRoleArn: optional(
      roleArn(
        'Target role',
        'Cross-account Pod Identity: after roleArn, EKS assumes this role with the external id.',
      ),
    ),
    externalId: optional(
      patterned('externalId', ['External id', 'The sts:ExternalId EKS passes when assuming targetRoleArn.']),
    ),
    disableSessionTags: optional(
      flag([
        'Disable session tags',
        'When true, EKS sets no kubernetes-* session tags, so trust conditions on them fail.',
      ]),
    ),
  },
  ['Pod Identity association', 'An EKS Pod Identity association (one per service account).'],
);

export const EksCluster = object(
  'an EKS cluster',
  {
    arn: patterned('eksClusterArn', ['ARN', 'arn:aws:eks:REGION:ACCOUNT:cluster/NAME.']),
    oidcIssuer: optional(
      patterned('oidcIssuer', [
        'OIDC issuer',
        'https://oidc.eks.REGION.amazonaws.com/id/ID: needed for IRSA.',
      ]),
    ),
    nodeRoleArns: optional(
      list(roleArn('Role ARN', 'A role ARN.'), [
        'Node roles',
        'Roles of the worker nodes (reachable from any pod that can reach the instance metadata).',
      ]),
    ),
    serviceAccounts: optional(
      list(ServiceAccount, ['Service accounts', 'Kubernetes service accounts, with their IRSA annotations.']),
    ),
    pods: optional(list(Pod, ['Pods', 'Pods and the service accounts they run as.'])),
    podIdentityAssociations: optional(
      list(PodIdentityAssociation, [
        'Pod Identity associations',
        'EKS Pod Identity associations: service account to role.',
      ]),
    ),
  },
  ['EKS cluster', 'An EKS cluster and the Kubernetes identities in it.'],
);

export const Instance = object(
  'an EC2 instance',
  {
    id: patterned('instanceId', ['Instance id', 'i- followed by 8 or 17 hex digits.']),
    account: accountId(
      'Account',
      'The account the instance runs in; the profile must be of the same account.',
    ),
    region: patterned('region', ['Region', 'The region, e.g. us-east-1.']),
    instanceProfileArn: patterned('instanceProfileArn', [
      'Instance profile',
      "arn:aws:iam::ACCOUNT:instance-profile/NAME, of the instance's account.",
    ]),
    roleArn: optional(
      roleArn(
        'Role',
        'The role inside the instance profile; optional when a role lists the profile in instanceProfiles.',
      ),
    ),
    name: optional(text(['Name', 'The Name tag, for display.'])),
  },
  ['EC2 instance', 'An EC2 instance with an instance profile.'],
);

export const LambdaFunction = object(
  'a Lambda function',
  {
    arn: patterned('lambdaFunctionArn', ['ARN', 'arn:aws:lambda:REGION:ACCOUNT:function:NAME.']),
    roleArn: roleArn('Execution role', 'The role the function runs as; it must trust lambda.amazonaws.com.'),
  },
  ['Lambda function', 'A Lambda function.'],
);

export const EcsTaskDefinition = object(
  'an ECS task definition',
  {
    arn: patterned('ecsTaskDefinitionArn', [
      'ARN',
      'arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION.',
    ]),
    taskRoleArn: optional(
      roleArn('Task role', 'The role the containers run as; it must trust ecs-tasks.amazonaws.com.'),
    ),
    executionRoleArn: optional(
      roleArn('Execution role', 'The role ECS uses to pull images and read secrets.'),
    ),
  },
  ['ECS task definition', 'An ECS task definition.'],
);

export const Resource = object(
  'a resource',
  {
    arn: patterned('anyArn', ['ARN', 'The resource ARN.']),
    type: oneOf(
      ['s3', 'kms', 'sqs', 'sns', 'secretsmanager', 'lambda', 'other'],
      ['Type', 'The kind of resource, which decides how its policy is evaluated.'],
    ),
    accountId: optional(
      accountId('Owning account', 'The owner, needed where the ARN has no account (S3 buckets).'),
    ),
    policy: optional(
      policyDocument(['Resource policy', 'The bucket, key, queue, topic, secret or function policy.']),
    ),
    tags: optional(tags(['Tags', "The resource's tags, seen as aws:ResourceTag/KEY."])),
  },
  ['Resource', 'A resource, usually with a resource policy (document id ARN#policy).'],
);
