/**
 * The scenario: a whole environment Trustscope analyses, version 1 of the document format
 * (described for people in docs/scenario-format.md and for tools in schema/scenario.schema.json).
 * Policy documents are kept as JSON values so a scenario file reads like the AWS exports it comes from.
 */

export type Tags = Record<string, string>;

export interface NamedPolicy {
  name: string;
  document: unknown;
}

export interface AccountSpec {
  /** 12-digit AWS account id. */
  id: string;
  name: string;
}

/** A root or organizational unit, with the accounts and units directly under it. */
export interface OrgUnitSpec {
  /** `r-…` for the root, `ou-…` for a unit. */
  id: string;
  name: string;
  /** ARNs or ids of entries in `organization.policies` attached here. */
  scps?: string[];
  rcps?: string[];
  accounts?: string[];
  children?: OrgUnitSpec[];
}

export interface OrgPolicySpec {
  /** `p-…` id or the policy ARN; `p-FullAWSAccess` and `p-RCPFullAWSAccess` are the AWS defaults. */
  id: string;
  name: string;
  type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  document: unknown;
}

export interface OrganizationSpec {
  /** `o-…` */
  id: string;
  managementAccountId: string;
  root: OrgUnitSpec;
  policies: OrgPolicySpec[];
  /** SCPs or RCPs attached directly to an account, by account id. */
  accountPolicies?: Record<string, { scps?: string[]; rcps?: string[] }>;
}

export interface ManagedPolicySpec {
  arn: string;
  name?: string;
  document: unknown;
  description?: string;
}

export interface UserSpec {
  arn: string;
  /** Group ARNs. */
  groups?: string[];
  inlinePolicies?: NamedPolicy[];
  /** Managed policy ARNs. */
  managedPolicies?: string[];
  /** Managed policy ARN. */
  permissionsBoundary?: string;
  tags?: Tags;
  /** Whether the user has an MFA device, so sessions with aws:MultiFactorAuthPresent are possible. */
  mfa?: boolean;
  userId?: string;
}

export interface GroupSpec {
  arn: string;
  inlinePolicies?: NamedPolicy[];
  managedPolicies?: string[];
}

export interface RoleSpec {
  arn: string;
  trustPolicy: unknown;
  inlinePolicies?: NamedPolicy[];
  managedPolicies?: string[];
  permissionsBoundary?: string;
  tags?: Tags;
  /** Seconds, 3600–43200; AWS's default is 3600. */
  maxSessionDuration?: number;
  /** Instance profile ARNs holding this role. */
  instanceProfiles?: string[];
  description?: string;
  roleId?: string;
}

export interface IdentityProviderSpec {
  /** `arn:aws:iam::ACCT:oidc-provider/HOST/PATH` or `arn:aws:iam::ACCT:saml-provider/NAME`. */
  arn: string;
  /** For OIDC: the audiences (client ids) registered with the provider. */
  clientIds?: string[];
}

export interface ServiceAccountSpec {
  namespace: string;
  name: string;
  /** The `eks.amazonaws.com/role-arn` annotation (IRSA). */
  roleArn?: string;
  /** The `eks.amazonaws.com/audience` annotation; defaults to sts.amazonaws.com. */
  audience?: string;
}

export interface PodSpec {
  namespace: string;
  name: string;
  serviceAccount: string;
  /** Where the pod came from, e.g. `Deployment/web`. */
  owner?: string;
}

export interface PodIdentityAssociationSpec {
  associationId?: string;
  namespace: string;
  serviceAccount: string;
  roleArn: string;
  /** Cross-account Pod Identity: EKS assumes roleArn, then this role with the external id. */
  targetRoleArn?: string;
  externalId?: string;
  disableSessionTags?: boolean;
}

export interface EksClusterSpec {
  arn: string;
  /** `https://oidc.eks.REGION.amazonaws.com/id/ID` */
  oidcIssuer?: string;
  nodeRoleArns?: string[];
  serviceAccounts?: ServiceAccountSpec[];
  pods?: PodSpec[];
  podIdentityAssociations?: PodIdentityAssociationSpec[];
}

export interface Ec2InstanceSpec {
  /** `i-…` */
  id: string;
  account: string;
  region: string;
  instanceProfileArn: string;
  /** The role inside the instance profile (an instance profile holds exactly one role). */
  roleArn?: string;
  name?: string;
}

export interface LambdaFunctionSpec {
  arn: string;
  roleArn: string;
}

export interface EcsTaskDefinitionSpec {
  arn: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
}

export type ResourceType = 's3' | 'kms' | 'sqs' | 'sns' | 'secretsmanager' | 'lambda' | 'other';

export interface ResourceSpec {
  arn: string;
  type: ResourceType;
  /** Needed where the ARN does not carry the account (S3 buckets). */
  accountId?: string;
  policy?: unknown;
  tags?: Tags;
}

export interface ExternalPrincipalSpec {
  /** An account id, a principal ARN outside the scenario, or an OIDC issuer host. */
  id: string;
  name: string;
  kind: 'account' | 'vendor' | 'oidc';
}

/** Where a CLI profile without `source_profile` gets its first credentials (`credential_source`). */
export type CliCredentialSource = 'Environment' | 'Ec2InstanceMetadata' | 'EcsContainer';

/**
 * One profile of an `~/.aws/config` file (`[profile NAME]` or `[default]`): the chain of role
 * assumptions a CLI or SDK user walks. Only the settings that shape the trust chain are kept;
 * access keys are never stored.
 */
export interface CliProfileSpec {
  /** The profile name; `default` for the `[default]` section. */
  name: string;
  /** `role_arn`: the role this profile assumes. */
  roleArn?: string;
  /** `source_profile`: the profile whose credentials call sts:AssumeRole (mutually exclusive with credentialSource). */
  sourceProfile?: string;
  /** `credential_source`: where the first credentials come from when there is no source profile. */
  credentialSource?: CliCredentialSource;
  /** `external_id`: passed as sts:ExternalId. */
  externalId?: string;
  /** `mfa_serial`: the MFA device ARN, so the session has aws:MultiFactorAuthPresent. */
  mfaSerial?: string;
  /** `web_identity_token_file`: the profile calls sts:AssumeRoleWithWebIdentity with this token. */
  webIdentityTokenFile?: string;
  /** `role_session_name`: the session name, visible as the last part of the assumed-role ARN. */
  roleSessionName?: string;
  /** `duration_seconds`: requested session length. */
  durationSeconds?: number;
}

export interface Scenario {
  version: 1;
  name: string;
  description?: string;
  accounts: AccountSpec[];
  organization?: OrganizationSpec;
  managedPolicies?: ManagedPolicySpec[];
  users?: UserSpec[];
  groups?: GroupSpec[];
  roles?: RoleSpec[];
  identityProviders?: IdentityProviderSpec[];
  /**
   * Accounts whose complete list of IAM identity providers is in `identityProviders` — e.g. from an
   * imported `aws iam list-open-id-connect-providers` output. For other accounts a provider missing
   * from `identityProviders` is unknown, not absent, and is assumed to exist.
   */
  identityProviderLists?: string[];
  eksClusters?: EksClusterSpec[];
  instances?: Ec2InstanceSpec[];
  lambdaFunctions?: LambdaFunctionSpec[];
  ecsTaskDefinitions?: EcsTaskDefinitionSpec[];
  resources?: ResourceSpec[];
  externalPrincipals?: ExternalPrincipalSpec[];
  /** Profiles from an `~/.aws/config` file: role chains a CLI user walks. */
  cliProfiles?: CliProfileSpec[];
}

export function roleNameFromArn(arn: string): string {
  const slash = arn.lastIndexOf('/');
  return slash >= 0 ? arn.slice(slash + 1) : arn;
}

export function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

export function instanceArn(instance: Ec2InstanceSpec): string {
  return `arn:aws:ec2:${instance.region}:${instance.account}:instance/${instance.id}`;
}

export function serviceAccountId(clusterArn: string, namespace: string, name: string): string {
  return `${clusterArn}/serviceaccount/${namespace}/${name}`;
}

export function podId(clusterArn: string, namespace: string, name: string): string {
  return `${clusterArn}/pod/${namespace}/${name}`;
}
