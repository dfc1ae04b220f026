/**
 * The scenario format, version 1, defined once: the TypeScript types (scenario.ts), the validator
 * (validateScenario.ts) and the published schema/scenario.schema.json (scripts/write-schema.mjs)
 * all follow from these schemas. Titles and descriptions are what the editor shows on hover.
 * Identifier formats are in validation/patterns.ts; checks between parts of a scenario (a role
 * that points nowhere) are in validation/crossReferences.ts, because a schema cannot state them.
 */
import * as v from 'valibot';
import { accountId, list, nonEmptyText, object, optional, text } from './schema/fields';
import {
  Account,
  CliProfile,
  ExternalPrincipal,
  Group,
  IdentityProvider,
  ManagedPolicy,
  NamedPolicy,
  Role,
  User,
} from './schema/identities';
import { AccountPolicyAttachments, Organization, OrgPolicy, OrgUnit } from './schema/organization';
import {
  EcsTaskDefinition,
  EksCluster,
  Instance,
  LambdaFunction,
  Pod,
  PodIdentityAssociation,
  Resource,
  ServiceAccount,
} from './schema/workloads';

export * from './schema/identities';
export * from './schema/organization';
export * from './schema/workloads';

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
      'Accounts whose complete list of IAM identity providers is in identityProviders (an imported aws iam list-open-id-connect-providers output). For other accounts a provider missing from identityProviders is unknown, not absent: IRSA hops assume it exists and say so.',
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
