/**
 * Which properties each object of a version-1 scenario must and may have. The keys are the names
 * of the `$defs` in schema/scenario.schema.json; a test checks both agree, property by property.
 */
import type { Shape } from './reader';

const shape = (what: string, required: readonly string[], optional: readonly string[]): Shape => ({
  what,
  required,
  optional,
});

export const SHAPES = {
  scenario: shape(
    'a scenario',
    ['version', 'name', 'accounts'],
    [
      '$schema',
      'description',
      'organization',
      'managedPolicies',
      'users',
      'groups',
      'roles',
      'identityProviders',
      'identityProviderLists',
      'eksClusters',
      'instances',
      'lambdaFunctions',
      'ecsTaskDefinitions',
      'resources',
      'externalPrincipals',
      'cliProfiles',
    ],
  ),
  account: shape('an account', ['id', 'name'], []),
  organization: shape(
    'an organization',
    ['id', 'managementAccountId', 'root', 'policies'],
    ['accountPolicies'],
  ),
  orgUnit: shape('an organizational unit', ['id', 'name'], ['scps', 'rcps', 'accounts', 'children']),
  orgPolicy: shape('an organization policy', ['id', 'name', 'type', 'document'], []),
  accountPolicyAttachments: shape('the policies of an account', [], ['scps', 'rcps']),
  managedPolicy: shape('a managed policy', ['arn', 'document'], ['name', 'description']),
  namedPolicy: shape('an inline policy', ['name', 'document'], []),
  user: shape(
    'a user',
    ['arn'],
    ['groups', 'inlinePolicies', 'managedPolicies', 'permissionsBoundary', 'tags', 'mfa', 'userId'],
  ),
  group: shape('a group', ['arn'], ['inlinePolicies', 'managedPolicies']),
  role: shape(
    'a role',
    ['arn', 'trustPolicy'],
    [
      'inlinePolicies',
      'managedPolicies',
      'permissionsBoundary',
      'tags',
      'maxSessionDuration',
      'instanceProfiles',
      'description',
      'roleId',
    ],
  ),
  identityProvider: shape('an identity provider', ['arn'], ['clientIds']),
  eksCluster: shape(
    'an EKS cluster',
    ['arn'],
    ['oidcIssuer', 'nodeRoleArns', 'serviceAccounts', 'pods', 'podIdentityAssociations'],
  ),
  serviceAccount: shape('a service account', ['namespace', 'name'], ['roleArn', 'audience']),
  pod: shape('a pod', ['namespace', 'name', 'serviceAccount'], ['owner']),
  podIdentityAssociation: shape(
    'a Pod Identity association',
    ['namespace', 'serviceAccount', 'roleArn'],
    ['associationId', 'targetRoleArn', 'externalId', 'disableSessionTags'],
  ),
  instance: shape('an EC2 instance', ['id', 'account', 'region', 'instanceProfileArn'], ['roleArn', 'name']),
  lambdaFunction: shape('a Lambda function', ['arn', 'roleArn'], []),
  ecsTaskDefinition: shape('an ECS task definition', ['arn'], ['taskRoleArn', 'executionRoleArn']),
  resource: shape('a resource', ['arn', 'type'], ['accountId', 'policy', 'tags']),
  externalPrincipal: shape('an external principal', ['id', 'name', 'kind'], []),
  cliProfile: shape(
    'a CLI profile',
    ['name'],
    [
      'roleArn',
      'sourceProfile',
      'credentialSource',
      'externalId',
      'mfaSerial',
      'webIdentityTokenFile',
      'roleSessionName',
      'durationSeconds',
    ],
  ),
} as const satisfies Record<string, Shape>;

export type ShapeName = keyof typeof SHAPES;

export const RESOURCE_TYPES = ['s3', 'kms', 'sqs', 'sns', 'secretsmanager', 'lambda', 'other'] as const;
export const ORG_POLICY_TYPES = ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'] as const;
export const EXTERNAL_PRINCIPAL_KINDS = ['account', 'vendor', 'oidc'] as const;
export const CLI_CREDENTIAL_SOURCES = ['Environment', 'Ec2InstanceMetadata', 'EcsContainer'] as const;
