/**
 * The scenario format, version 1, defined once: the TypeScript types (scenario.ts), the validator
 * (validateScenario.ts) and the published schema/scenario.schema.json (scripts/write-schema.mjs)
 * all follow from these schemas. Titles and descriptions are what the editor shows on hover.
 * Identifier formats are in validation/patterns.ts; checks between parts of a scenario (a role
 * that points nowhere) are in validation/crossReferences.ts, because a schema cannot state them.
 */
import * as v from 'valibot';
import {
  flag,
  list,
  nonEmptyText,
  object,
  oneOf,
  optional,
  patterned,
  policyDocument,
  tags,
  text,
  wholeNumber,
} from './validation/fields';
import { PATTERNS } from './validation/patterns';

const accountId = (title: string, description: string) => patterned('accountId', [title, description]);
const roleArn = (title: string, description: string) => patterned('roleArn', [title, description]);
const managedPolicyArns = (holder: string) =>
  optional(
    list(
      patterned('managedPolicyArn', [
        'Managed policy ARN',
        'arn:aws:iam::ACCOUNT:policy/NAME or arn:aws:iam::aws:policy/NAME.',
      ]),
      [
        'Managed policies',
        `ARNs of the customer or AWS managed policies attached to the ${holder}. Customer managed ones should be declared in "managedPolicies"; AWS managed ones (arn:aws:iam::aws:policy/…) are known to Trustscope.`,
      ],
    ),
  );
const orgPolicyIds = (title: string, description: string) =>
  optional(list(patterned('orgPolicyId', ['Policy id', 'p-… id or policy ARN.']), [title, description]));

export const Account = object(
  'an account',
  {
    id: accountId('Account id', 'The 12-digit account id.'),
    name: text(['Name', 'A display name, e.g. "Production".']),
  },
  ['Account', 'An AWS account.'],
);

export const NamedPolicy = object(
  'an inline policy',
  {
    name: patterned('policyName', [
      'Name',
      'The policy name, unique within its holder: 1–128 letters, digits and +=,.@_-.',
    ]),
    document: policyDocument(['Document', 'The policy document.']),
  },
  ['Inline policy', 'A policy embedded in one user, group or role.'],
);
const inlinePolicies = (holder: string) =>
  optional(
    list(NamedPolicy, [
      'Inline policies',
      `Policies embedded in the ${holder}, each with a name unique within the ${holder}. Each is a document with the id ARN#inline/NAME.`,
    ]),
  );

const unitFields = {
  name: text(['Name', 'The display name, e.g. "Workloads".']),
  scps: orgPolicyIds('SCPs', 'Ids of the SCPs attached here (entries of organization.policies).'),
  rcps: orgPolicyIds('RCPs', 'Ids of the RCPs attached here (entries of organization.policies).'),
  accounts: optional(
    list(accountId('Account id', 'A 12-digit AWS account id.'), [
      'Accounts',
      'Ids of the accounts directly in this unit. An account belongs to exactly one unit.',
    ]),
  ),
};

/** A root or organizational unit, with the accounts and units directly under it. */
export type OrgUnitSpec = v.InferOutput<v.StrictObjectSchema<typeof unitFields, undefined>> & {
  /** `r-…` for the root, `ou-…` for a unit. */
  id: string;
  children?: OrgUnitSpec[];
};

// Units nest, so their type is stated once above (a recursive schema cannot infer its own type).
const children = (): v.GenericSchema<OrgUnitSpec[]> =>
  list(
    v.lazy(() => OrgUnit),
    ['Child units', 'The organizational units directly under this one.'],
  );

export const OrgUnit: v.GenericSchema<OrgUnitSpec> = object(
  'an organizational unit',
  {
    id: patterned('orgChildUnitId', ['Unit id', 'ou-…-… for a unit. Ids appear in aws:PrincipalOrgPaths.']),
    ...unitFields,
    children: optional(children()),
  },
  ['Organizational unit', 'An organizational unit, with what lies directly under it.'],
);

const OrgRoot: v.GenericSchema<OrgUnitSpec> = object(
  'an organization root',
  {
    id: patterned('orgRootId', ['Root id', 'r-… for the root. Ids appear in aws:PrincipalOrgPaths.']),
    ...unitFields,
    children: optional(children()),
  },
  ['Organization root', 'The root of the organization, with the units and accounts under it.'],
);

export const OrgPolicy = object(
  'an organization policy',
  {
    id: patterned('orgPolicyId', [
      'Policy id',
      'The p-… id or the policy ARN; p-FullAWSAccess and p-RCPFullAWSAccess are the AWS defaults.',
    ]),
    name: text(['Name', 'The policy name.']),
    type: oneOf(
      ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'],
      [
        'Type',
        'SERVICE_CONTROL_POLICY limits principals of the accounts; RESOURCE_CONTROL_POLICY limits their resources.',
      ],
    ),
    document: policyDocument(['Document', 'The policy document.']),
  },
  ['Organization policy', 'A service control policy or resource control policy. Its document id is org#ID.'],
);

export const AccountPolicyAttachments = object(
  'the policies of an account',
  {
    scps: orgPolicyIds('SCPs', 'Ids of entries of organization.policies of type SERVICE_CONTROL_POLICY.'),
    rcps: orgPolicyIds('RCPs', 'Ids of entries of organization.policies of type RESOURCE_CONTROL_POLICY.'),
  },
  ['Account attachments', 'The SCPs and RCPs attached directly to one account.'],
);

export const Organization = object(
  'an organization',
  {
    id: patterned('organizationId', [
      'Organization id',
      'The o-… id; it is the value of aws:PrincipalOrgID.',
    ]),
    managementAccountId: accountId(
      'Management account',
      'The management account: SCPs and RCPs never apply to it.',
    ),
    root: v.pipe(
      OrgRoot,
      v.title('Root'),
      v.description('The root (r-…) with the units and accounts under it.'),
    ),
    policies: list(OrgPolicy, [
      'Policies',
      'The SCPs and RCPs of the organization. Include p-FullAWSAccess (and p-RCPFullAWSAccess) where AWS attaches them, or the levels without them allow nothing.',
    ]),
    accountPolicies: optional(
      v.pipe(
        v.record(
          v.pipe(
            v.string(),
            v.regex(
              PATTERNS.accountId,
              (issue) => `${JSON.stringify(issue.input)} is not a 12-digit account id`,
            ),
          ),
          AccountPolicyAttachments,
          'expected an object of account ids to { "scps": [...], "rcps": [...] }',
        ),
        v.title('Policies attached to accounts'),
        v.description('SCPs and RCPs attached directly to an account, by 12-digit account id.'),
      ),
    ),
  },
  ['Organization', 'An AWS Organization.'],
);

export const ManagedPolicy = object(
  'a managed policy',
  {
    arn: patterned('managedPolicyArn', [
      'ARN',
      'arn:aws:iam::ACCOUNT:policy/PATH/NAME (or arn:aws:iam::aws:policy/NAME to pin an AWS managed policy).',
    ]),
    name: optional(text(['Name', 'The display name; defaults to the last part of the ARN.'])),
    document: policyDocument(['Document', 'The default version of the policy.']),
    description: optional(text(['Description', 'What the policy is for.'])),
  },
  ['Managed policy', 'A managed policy and its document; its document id is its ARN.'],
);

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html */
const permissionsBoundary = (holder: string) =>
  optional(
    patterned('managedPolicyArn', [
      'Permissions boundary',
      `ARN of the managed policy that caps what the ${holder} may do. An unknown boundary is read as allowing nothing.`,
    ]),
  );

export const User = object(
  'a user',
  {
    arn: patterned('userArn', ['ARN', 'arn:aws:iam::ACCOUNT:user/PATH/NAME.']),
    groups: optional(
      list(patterned('groupArn', ['Group ARN', 'arn:aws:iam::ACCOUNT:group/NAME.']), [
        'Groups',
        'ARNs of the groups the user is in (same account).',
      ]),
    ),
    inlinePolicies: inlinePolicies('user'),
    managedPolicies: managedPolicyArns('user'),
    permissionsBoundary: permissionsBoundary('user'),
    tags: optional(tags(['Tags', "The user's tags, seen as aws:PrincipalTag/KEY."])),
    mfa: optional(
      flag([
        'Has MFA',
        'Whether the user has an MFA device, so sessions with aws:MultiFactorAuthPresent are possible. Defaults to true.',
      ]),
    ),
    userId: optional(nonEmptyText(['User id', 'The unique id (AIDA…), seen as aws:userid.'])),
  },
  ['IAM user', 'An IAM user.'],
);

export const Group = object(
  'a group',
  {
    arn: patterned('groupArn', ['ARN', 'arn:aws:iam::ACCOUNT:group/PATH/NAME.']),
    inlinePolicies: inlinePolicies('group'),
    managedPolicies: managedPolicyArns('group'),
  },
  ['IAM group', 'An IAM group; its policies apply to its members.'],
);

export const Role = object(
  'a role',
  {
    arn: roleArn('ARN', 'arn:aws:iam::ACCOUNT:role/PATH/NAME.'),
    trustPolicy: policyDocument([
      'Trust policy',
      'Who may assume the role (the assume-role policy document). Its document id is ARN#trust.',
    ]),
    inlinePolicies: inlinePolicies('role'),
    managedPolicies: managedPolicyArns('role'),
    permissionsBoundary: permissionsBoundary('role'),
    tags: optional(tags(['Tags', "The role's tags, seen as aws:PrincipalTag/KEY in its sessions."])),
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (MaxSessionDuration)
    maxSessionDuration: optional(
      wholeNumber(3600, 43200, ['Maximum session duration', "Seconds, 3600–43200; AWS's default is 3600."]),
    ),
    instanceProfiles: optional(
      list(
        patterned('instanceProfileArn', [
          'Instance profile ARN',
          'arn:aws:iam::ACCOUNT:instance-profile/NAME.',
        ]),
        [
          'Instance profiles',
          'ARNs of the instance profiles holding this role (same account; a profile holds one role).',
        ],
      ),
    ),
    description: optional(text(['Description', 'What the role is for.'])),
    roleId: optional(
      nonEmptyText([
        'Role id',
        'The unique id (AROA…), seen as the first part of aws:userid in its sessions.',
      ]),
    ),
  },
  ['IAM role', 'An IAM role.'],
);

export const IdentityProvider = object(
  'an identity provider',
  {
    arn: patterned('identityProviderArn', [
      'ARN',
      'arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH or arn:aws:iam::ACCOUNT:saml-provider/NAME.',
    ]),
    clientIds: optional(
      list(text(['Client id', 'An audience (aud) the provider accepts.']), [
        'Client ids',
        'OIDC only: the audiences registered with the provider (sts.amazonaws.com for EKS).',
      ]),
    ),
  },
  ['Identity provider', 'An IAM OIDC or SAML provider.'],
);

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

export const ExternalPrincipal = object(
  'an external principal',
  {
    id: nonEmptyText(['Id', 'An account id, a principal ARN outside the scenario, or an OIDC issuer host.']),
    name: text(['Name', 'The display name, e.g. "Datadog".']),
    kind: oneOf(
      ['account', 'vendor', 'oidc'],
      ['Kind', 'account: another AWS account; vendor: a third party; oidc: an identity provider issuer.'],
    ),
  },
  ['External principal', 'A principal outside the scenario, given a name.'],
);

/**
 * One `[profile NAME]` (or `[default]`) section of `~/.aws/config`: only the settings that shape
 * the trust chain; access keys are never stored.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html
 */
export const CliProfile = object(
  'a CLI profile',
  {
    name: nonEmptyText(['Name', 'The profile name; "default" for the [default] section.']),
    roleArn: optional(roleArn('role_arn', 'The role this profile assumes.')),
    sourceProfile: optional(
      nonEmptyText([
        'source_profile',
        'The profile whose credentials call sts:AssumeRole; not with credentialSource.',
      ]),
    ),
    credentialSource: optional(
      oneOf(
        ['Environment', 'Ec2InstanceMetadata', 'EcsContainer'],
        ['credential_source', 'Where the first credentials come from when there is no source profile.'],
      ),
    ),
    externalId: optional(patterned('externalId', ['external_id', 'Passed as sts:ExternalId.'])),
    mfaSerial: optional(
      nonEmptyText([
        'mfa_serial',
        'The MFA device ARN or serial, so the session has aws:MultiFactorAuthPresent.',
      ]),
    ),
    webIdentityTokenFile: optional(
      nonEmptyText([
        'web_identity_token_file',
        'The profile calls sts:AssumeRoleWithWebIdentity with the token in this file.',
      ]),
    ),
    roleSessionName: optional(
      patterned('roleSessionName', [
        'role_session_name',
        'The session name: the last part of the assumed-role ARN.',
      ]),
    ),
    durationSeconds: optional(
      wholeNumber(900, 43200, ['duration_seconds', 'Requested session length in seconds (900–43200).']),
    ),
  },
  ['CLI profile', 'One [profile NAME] (or [default]) section of ~/.aws/config.'],
);

const scenarioFields = {
  version: v.pipe(
    v.literal(1, 'expected 1'),
    v.title('Format version'),
    v.description('Always 1. A larger number means the document was made by a newer version of Trustscope.'),
  ),
  name: nonEmptyText(['Name', 'Shown as the scenario title.']),
  description: optional(text(['Description', 'What the scenario shows, for people.'])),
  accounts: list(Account, [
    'Accounts',
    'The AWS accounts of the scenario, each with a display name. Every account that holds a principal or resource should be listed.',
  ]),
  organization: optional(
    v.pipe(
      Organization,
      v.title('Organization'),
      v.description(
        'The AWS Organization, its units and its SCPs and RCPs. Omit when the accounts are not in an organization.',
      ),
    ),
  ),
  managedPolicies: optional(
    list(ManagedPolicy, [
      'Managed policies',
      'Customer managed policies (and, if you want to pin their text, AWS managed ones) referenced by users, groups and roles. Each is a document whose id is its ARN.',
    ]),
  ),
  users: optional(list(User, ['IAM users', 'IAM users: long-term credentials, the usual start of a chain.'])),
  groups: optional(list(Group, ['IAM groups', 'IAM groups, whose policies apply to their member users.'])),
  roles: optional(list(Role, ['IAM roles', 'IAM roles, each with a trust policy saying who may become it.'])),
  identityProviders: optional(
    list(IdentityProvider, [
      'Identity providers',
      'IAM OIDC and SAML providers, the doors for federated identities (EKS IRSA, GitHub Actions, SSO).',
    ]),
  ),
  eksClusters: optional(
    list(EksCluster, [
      'EKS clusters',
      'EKS clusters with their service accounts, pods and Pod Identity associations.',
    ]),
  ),
  instances: optional(
    list(Instance, ['EC2 instances', 'EC2 instances and the instance profiles they run with.']),
  ),
  lambdaFunctions: optional(
    list(LambdaFunction, ['Lambda functions', 'Lambda functions and their execution roles.']),
  ),
  ecsTaskDefinitions: optional(
    list(EcsTaskDefinition, [
      'ECS task definitions',
      'ECS task definitions and their task and execution roles.',
    ]),
  ),
  resources: optional(
    list(Resource, [
      'Resources',
      'Resources with resource policies (S3 buckets, KMS keys, queues, topics, secrets, functions).',
    ]),
  ),
  externalPrincipals: optional(
    list(ExternalPrincipal, [
      'External principals',
      'Principals outside the scenario that trust policies name: other accounts, vendors, OIDC issuers. Gives them names in the graph.',
    ]),
  ),
  cliProfiles: optional(
    list(CliProfile, [
      'CLI profiles',
      'Profiles of an ~/.aws/config file: the role chains a CLI or SDK user walks. Access keys are never stored.',
    ]),
  ),
  identityProviderLists: optional(
    list(accountId('Account id', 'A 12-digit AWS account id.'), [
      'Complete identity provider lists',
      'Accounts whose complete IAM identity provider list is in the scenario.',
    ]),
  ),
};

const scenarioDoc = [
  'Trustscope scenario',
  'A whole AWS environment as Trustscope analyses it, version 1 of the format: accounts, IAM principals and their policies, workloads (EC2, Lambda, ECS, EKS), resources and the organization. See docs/scenario-format.md.',
] as const;

/** A scenario file: the scenario, which may also link its schema for editors. */
export const ScenarioFile = object(
  'a scenario',
  {
    $schema: optional(text(['JSON Schema', 'Optional link to this schema, for editors.'])),
    ...scenarioFields,
  },
  scenarioDoc,
);

/** The `$defs` of the published schema, by name. */
export const DEFINITIONS = {
  account: Account,
  organization: Organization,
  accountPolicyAttachments: AccountPolicyAttachments,
  orgUnit: OrgUnit,
  orgPolicy: OrgPolicy,
  managedPolicy: ManagedPolicy,
  namedPolicy: NamedPolicy,
  user: User,
  group: Group,
  role: Role,
  identityProvider: IdentityProvider,
  eksCluster: EksCluster,
  serviceAccount: ServiceAccount,
  pod: Pod,
  podIdentityAssociation: PodIdentityAssociation,
  instance: Instance,
  lambdaFunction: LambdaFunction,
  ecsTaskDefinition: EcsTaskDefinition,
  resource: Resource,
  externalPrincipal: ExternalPrincipal,
  cliProfile: CliProfile,
} as const;
