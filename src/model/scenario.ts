/**
 * The scenario: a whole environment Trustscope analyses, version 1 of the document format
 * (described for people in docs/scenario-format.md; defined in scenarioSchema.ts, from which
 * schema/scenario.schema.json is generated). Policy documents are kept as JSON values so a scenario
 * file reads like the AWS exports it comes from.
 */

import type * as v from 'valibot';
import type * as schema from './scenarioSchema';

// The types follow from the schema (scenarioSchema.ts), where each field is described.
type Out<S extends v.GenericSchema> = v.InferOutput<S>;

export type Scenario = Omit<Out<typeof schema.ScenarioFile>, '$schema'>;
export type Tags = Record<string, string>;
export type NamedPolicy = Out<typeof schema.NamedPolicy>;
export type AccountSpec = Out<typeof schema.Account>;
export type { OrgUnitSpec } from './scenarioSchema';
export type OrgPolicySpec = Out<typeof schema.OrgPolicy>;
export type OrganizationSpec = Out<typeof schema.Organization>;
export type ManagedPolicySpec = Out<typeof schema.ManagedPolicy>;
export type UserSpec = Out<typeof schema.User>;
export type GroupSpec = Out<typeof schema.Group>;
export type RoleSpec = Out<typeof schema.Role>;
export type IdentityProviderSpec = Out<typeof schema.IdentityProvider>;
export type ServiceAccountSpec = Out<typeof schema.ServiceAccount>;
export type PodSpec = Out<typeof schema.Pod>;
export type PodIdentityAssociationSpec = Out<typeof schema.PodIdentityAssociation>;
export type EksClusterSpec = Out<typeof schema.EksCluster>;
export type Ec2InstanceSpec = Out<typeof schema.Instance>;
export type LambdaFunctionSpec = Out<typeof schema.LambdaFunction>;
export type EcsTaskDefinitionSpec = Out<typeof schema.EcsTaskDefinition>;
export type ResourceSpec = Out<typeof schema.Resource>;
export type ResourceType = ResourceSpec['type'];
export type ExternalPrincipalSpec = Out<typeof schema.ExternalPrincipal>;
export type CliProfileSpec = Out<typeof schema.CliProfile>;
/** Where a CLI profile without `source_profile` gets its first credentials (`credential_source`). */
export type CliCredentialSource = NonNullable<CliProfileSpec['credentialSource']>;

export function roleNameFromArn(arn: string): string {
  const slash = arn.lastIndexOf('/');
  return slash >= 0 ? arn.slice(slash + 1) : arn;
}

export function accountOfArn(arn: string): string | undefined {
  // The fifth field, found without splitting the whole ARN (asked for every principal and edge).
  let at = -1;
  for (let colon = 0; colon < 4; colon++) if ((at = arn.indexOf(':', at + 1)) < 0) return undefined;
  const end = arn.indexOf(':', at + 1);
  const account = arn.slice(at + 1, end < 0 ? undefined : end);
  return /^\d{12}$/.test(account) ? account : undefined;
}

/**
 * The role each instance runs as: its `roleArn`, else the role whose `instanceProfiles` lists the
 * instance's profile (the roles are indexed once, then asked per instance).
 */
export function instanceRoleOf(scenario: Scenario): (instance: Ec2InstanceSpec) => string | undefined {
  const byProfile = new Map<string, string>();
  for (const role of scenario.roles ?? [])
    for (const profile of role.instanceProfiles ?? []) byProfile.set(profile, role.arn);
  return (instance) => instance.roleArn ?? byProfile.get(instance.instanceProfileArn);
}

export function instanceArn(instance: Ec2InstanceSpec): string {
  return `arn:aws:ec2:${instance.region}:${instance.account}:instance/${instance.id}`;
}

export function serviceAccountId(clusterArn: string, namespace: string, name: string): string {
  return `${clusterArn}/serviceaccount/${namespace}/${name}`;
}

/** The graph node of a ~/.aws/config profile: profile names are local, so the id says what it is. */
export function cliProfileId(name: string): string {
  return `profile:${name}`;
}

export function podId(clusterArn: string, namespace: string, name: string): string {
  return `${clusterArn}/pod/${namespace}/${name}`;
}
