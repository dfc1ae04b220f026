/**
 * Test-data builders for scenarios, shared by unit tests, demos and e2e tests. Defaults are
 * realistic (12-digit accounts, AWS-shaped ARNs and policies) so that anything built here passes
 * validateScenario with no problems unless a test sets out to break it. Policy documents and ARNs
 * come from policyBuilders.ts.
 */
import {
  accountOfArn,
  type AccountSpec,
  type CliProfileSpec,
  type Ec2InstanceSpec,
  type EcsTaskDefinitionSpec,
  type EksClusterSpec,
  type ExternalPrincipalSpec,
  type GroupSpec,
  type IdentityProviderSpec,
  type LambdaFunctionSpec,
  type ManagedPolicySpec,
  type NamedPolicy,
  type OrganizationSpec,
  type OrgPolicySpec,
  type OrgUnitSpec,
  type PodIdentityAssociationSpec,
  type PodSpec,
  type ResourceSpec,
  type ResourceType,
  type RoleSpec,
  type Scenario,
  type ServiceAccountSpec,
  type Tags,
  type UserSpec,
} from './scenario';
import {
  ACCOUNT_A,
  DEFAULT_REGION,
  aTrustPolicy,
  arns,
  cloneJson,
  toDocument,
  anIdentityPolicy,
  PolicyBuilder,
  type PolicyInput,
} from './policyBuilders';

export * from './policyBuilders';

// ---------------------------------------------------------------------------------------------
// IAM

/** Sets an optional property only when given, as exactOptionalPropertyTypes wants. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  if (value !== undefined) target[key] = value;
  return target;
}

type InlineInput = Record<string, PolicyInput> | NamedPolicy[];

function inlinePolicies(inline: InlineInput | undefined): NamedPolicy[] | undefined {
  if (inline === undefined) return undefined;
  if (Array.isArray(inline)) return inline.map((p) => ({ name: p.name, document: cloneJson(p.document) }));
  return Object.entries(inline).map(([name, document]) => ({ name, document: toDocument(document) }));
}

export function anAccount(id: string = ACCOUNT_A, name = `Account ${id}`): AccountSpec {
  return { id, name };
}

export interface RoleOptions {
  trust?: PolicyInput;
  inline?: InlineInput;
  managed?: string[];
  boundary?: string;
  tags?: Tags;
  maxSessionDuration?: number;
  instanceProfiles?: string[];
  description?: string;
  roleId?: string;
}

/** A role; by default it trusts its own account (`:root`) and has no permissions. */
export function aRole(arn: string = arns.role(ACCOUNT_A, 'AppRole'), options: RoleOptions = {}): RoleSpec {
  const role: RoleSpec = {
    arn,
    trustPolicy: toDocument(options.trust ?? aTrustPolicy.forAccount(accountOfArn(arn) ?? ACCOUNT_A)),
  };
  put(role, 'inlinePolicies', inlinePolicies(options.inline));
  put(role, 'managedPolicies', options.managed && [...options.managed]);
  put(role, 'permissionsBoundary', options.boundary);
  put(role, 'tags', options.tags && { ...options.tags });
  put(role, 'maxSessionDuration', options.maxSessionDuration);
  put(role, 'instanceProfiles', options.instanceProfiles && [...options.instanceProfiles]);
  put(role, 'description', options.description);
  return put(role, 'roleId', options.roleId);
}

export interface UserOptions {
  groups?: string[];
  inline?: InlineInput;
  managed?: string[];
  boundary?: string;
  tags?: Tags;
  mfa?: boolean;
  userId?: string;
}

export function aUser(arn: string = arns.user(ACCOUNT_A, 'alice'), options: UserOptions = {}): UserSpec {
  const user: UserSpec = { arn };
  put(user, 'groups', options.groups && [...options.groups]);
  put(user, 'inlinePolicies', inlinePolicies(options.inline));
  put(user, 'managedPolicies', options.managed && [...options.managed]);
  put(user, 'permissionsBoundary', options.boundary);
  put(user, 'tags', options.tags && { ...options.tags });
  put(user, 'mfa', options.mfa);
  return put(user, 'userId', options.userId);
}

export function aGroup(
  arn: string = arns.group(ACCOUNT_A, 'Developers'),
  options: { inline?: InlineInput; managed?: string[] } = {},
): GroupSpec {
  const group: GroupSpec = { arn };
  put(group, 'inlinePolicies', inlinePolicies(options.inline));
  return put(group, 'managedPolicies', options.managed && [...options.managed]);
}

export function aManagedPolicy(
  arn: string,
  document: PolicyInput,
  options: { name?: string; description?: string } = {},
): ManagedPolicySpec {
  const policy: ManagedPolicySpec = { arn, document: toDocument(document) };
  put(policy, 'name', options.name);
  return put(policy, 'description', options.description);
}

export const anIdentityProvider = {
  oidc: (
    account: string,
    issuer: string,
    clientIds: string[] = ['sts.amazonaws.com'],
  ): IdentityProviderSpec => ({
    arn: arns.oidcProvider(account, issuer),
    clientIds: [...clientIds],
  }),
  saml: (account: string, name: string): IdentityProviderSpec => ({ arn: arns.samlProvider(account, name) }),
};

// ---------------------------------------------------------------------------------------------
// Workloads

/** A stable fake EKS OIDC id (32 upper-case hex digits) derived from the cluster ARN. */
function eksOidcId(seed: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 32; round++) {
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).toUpperCase().padStart(8, '0');
  }
  return out.slice(0, 32);
}

export interface EksClusterOptions {
  /** `false` for a cluster without an OIDC issuer (no IRSA). */
  oidcIssuer?: string | false;
  nodeRoleArns?: string[];
  serviceAccounts?: ServiceAccountSpec[];
  pods?: PodSpec[];
  podIdentityAssociations?: PodIdentityAssociationSpec[];
}

export function anEksCluster(
  arn: string = arns.eksCluster(ACCOUNT_A, 'main'),
  options: EksClusterOptions = {},
): EksClusterSpec {
  const region = arn.split(':')[3] ?? DEFAULT_REGION;
  const cluster: EksClusterSpec = { arn };
  if (options.oidcIssuer !== false) {
    cluster.oidcIssuer =
      options.oidcIssuer ?? `https://oidc.eks.${region}.amazonaws.com/id/${eksOidcId(arn)}`;
  }
  put(cluster, 'nodeRoleArns', options.nodeRoleArns && [...options.nodeRoleArns]);
  put(cluster, 'serviceAccounts', options.serviceAccounts && [...options.serviceAccounts]);
  put(cluster, 'pods', options.pods && [...options.pods]);
  return put(
    cluster,
    'podIdentityAssociations',
    options.podIdentityAssociations && [...options.podIdentityAssociations],
  );
}

/** The IAM OIDC provider ARN for a cluster's issuer in `account` (the cluster's account by default). */
export function eksOidcProviderArn(
  cluster: EksClusterSpec,
  account = accountOfArn(cluster.arn) ?? ACCOUNT_A,
): string {
  return arns.oidcProvider(account, cluster.oidcIssuer ?? '');
}

export function aServiceAccount(
  namespace: string,
  name: string,
  options: { roleArn?: string; audience?: string } = {},
): ServiceAccountSpec {
  const sa: ServiceAccountSpec = { namespace, name };
  put(sa, 'roleArn', options.roleArn);
  return put(sa, 'audience', options.audience);
}

export function aPod(namespace: string, name: string, serviceAccount = 'default', owner?: string): PodSpec {
  const pod: PodSpec = { namespace, name, serviceAccount };
  return put(pod, 'owner', owner);
}

export function aPodIdentityAssociation(
  namespace: string,
  serviceAccount: string,
  roleArn: string,
  options: Omit<Partial<PodIdentityAssociationSpec>, 'namespace' | 'serviceAccount' | 'roleArn'> = {},
): PodIdentityAssociationSpec {
  const assoc: PodIdentityAssociationSpec = { namespace, serviceAccount, roleArn };
  put(assoc, 'associationId', options.associationId);
  put(assoc, 'targetRoleArn', options.targetRoleArn);
  put(assoc, 'externalId', options.externalId);
  return put(assoc, 'disableSessionTags', options.disableSessionTags);
}

/** An instance; its account comes from the profile (or role) ARN when not given. */
export function anInstance(options: Partial<Ec2InstanceSpec> = {}): Ec2InstanceSpec {
  const account =
    options.account ??
    accountOfArn(options.instanceProfileArn ?? '') ??
    accountOfArn(options.roleArn ?? '') ??
    ACCOUNT_A;
  const instance: Ec2InstanceSpec = {
    id: options.id ?? 'i-0a1b2c3d4e5f67890',
    account,
    region: options.region ?? DEFAULT_REGION,
    instanceProfileArn: options.instanceProfileArn ?? arns.instanceProfile(account, 'app-profile'),
  };
  put(instance, 'roleArn', options.roleArn);
  return put(instance, 'name', options.name);
}

export function aLambdaFunction(arn: string, roleArn: string): LambdaFunctionSpec {
  return { arn, roleArn };
}

export function anEcsTaskDefinition(
  arn: string,
  options: { taskRoleArn?: string; executionRoleArn?: string } = {},
): EcsTaskDefinitionSpec {
  const task: EcsTaskDefinitionSpec = { arn };
  put(task, 'taskRoleArn', options.taskRoleArn);
  return put(task, 'executionRoleArn', options.executionRoleArn);
}

export function aResource(
  arn: string,
  type: ResourceType,
  options: { accountId?: string; policy?: PolicyInput; tags?: Tags } = {},
): ResourceSpec {
  const resource: ResourceSpec = { arn, type };
  put(resource, 'accountId', options.accountId);
  put(resource, 'policy', options.policy === undefined ? undefined : toDocument(options.policy));
  return put(resource, 'tags', options.tags && { ...options.tags });
}

export function anS3Bucket(name: string, accountId: string, policy?: PolicyInput): ResourceSpec {
  return aResource(arns.s3Bucket(name), 's3', policy === undefined ? { accountId } : { accountId, policy });
}

export function anExternalPrincipal(
  id: string,
  name: string,
  kind: ExternalPrincipalSpec['kind'] = 'account',
): ExternalPrincipalSpec {
  return { id, name, kind };
}

export function aCliProfile(
  name: string,
  options: Omit<Partial<CliProfileSpec>, 'name'> = {},
): CliProfileSpec {
  const profile: CliProfileSpec = { name };
  for (const [key, value] of Object.entries(options) as [keyof CliProfileSpec, never][]) {
    if (value !== undefined) profile[key] = value;
  }
  return profile;
}

// ---------------------------------------------------------------------------------------------
// Organization

export const FULL_AWS_ACCESS_SCP: OrgPolicySpec = {
  id: 'p-FullAWSAccess',
  name: 'FullAWSAccess',
  type: 'SERVICE_CONTROL_POLICY',
  document: anIdentityPolicy.allow('*', '*').build(),
};

export const RCP_FULL_AWS_ACCESS: OrgPolicySpec = {
  id: 'p-RCPFullAWSAccess',
  name: 'RCPFullAWSAccess',
  type: 'RESOURCE_CONTROL_POLICY',
  document: new PolicyBuilder([{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }]).build(),
};

export function anScp(id: string, name: string, document: PolicyInput): OrgPolicySpec {
  return { id, name, type: 'SERVICE_CONTROL_POLICY', document: toDocument(document) };
}

export function anRcp(id: string, name: string, document: PolicyInput): OrgPolicySpec {
  return { id, name, type: 'RESOURCE_CONTROL_POLICY', document: toDocument(document) };
}

export function anOrgUnit(
  id: string,
  name: string,
  options: Omit<Partial<OrgUnitSpec>, 'id' | 'name'> = {},
): OrgUnitSpec {
  const unit: OrgUnitSpec = { id, name };
  put(unit, 'scps', options.scps && [...options.scps]);
  put(unit, 'rcps', options.rcps && [...options.rcps]);
  put(unit, 'accounts', options.accounts && [...options.accounts]);
  return put(unit, 'children', options.children && [...options.children]);
}

/**
 * An organization: by default the root holds every given account and has p-FullAWSAccess attached,
 * as AWS sets it up; extra SCPs go on units built with anOrgUnit.
 */
export function anOrganization(
  options: Partial<OrganizationSpec> & { accounts?: string[] } = {},
): OrganizationSpec {
  const managementAccountId = options.managementAccountId ?? ACCOUNT_A;
  const org: OrganizationSpec = {
    id: options.id ?? 'o-a1b2c3d4e5',
    managementAccountId,
    root:
      options.root ??
      anOrgUnit('r-ab12', 'Root', {
        scps: ['p-FullAWSAccess'],
        accounts: options.accounts ?? [managementAccountId],
      }),
    policies: options.policies ? [...options.policies] : [FULL_AWS_ACCESS_SCP],
  };
  return put(org, 'accountPolicies', options.accountPolicies);
}

// ---------------------------------------------------------------------------------------------
// Scenario

/** Every account the scenario mentions, so builders need not list accounts by hand. */
function mentionedAccounts(s: Partial<Scenario>): string[] {
  const found = new Set<string>();
  const add = (account: string | undefined) => {
    if (account !== undefined) found.add(account);
  };
  const fromArn = (arn: string | undefined) => add(accountOfArn(arn ?? ''));
  for (const x of [...(s.users ?? []), ...(s.groups ?? []), ...(s.roles ?? [])]) fromArn(x.arn);
  for (const x of [...(s.identityProviders ?? []), ...(s.eksClusters ?? []), ...(s.lambdaFunctions ?? [])])
    fromArn(x.arn);
  for (const x of s.ecsTaskDefinitions ?? []) fromArn(x.arn);
  for (const x of s.instances ?? []) add(x.account);
  for (const x of s.resources ?? []) add(x.accountId ?? accountOfArn(x.arn));
  if (s.organization) {
    add(s.organization.managementAccountId);
    const walk = (unit: OrgUnitSpec): void => {
      (unit.accounts ?? []).forEach(add);
      (unit.children ?? []).forEach(walk);
    };
    walk(s.organization.root);
  }
  return [...found].sort();
}

/** A version-1 scenario; `accounts` defaults to every account its parts mention (named "Account ID"). */
export function aScenario(overrides: Partial<Omit<Scenario, 'version'>> = {}): Scenario {
  const { name, description, accounts, ...rest } = overrides;
  const mentioned = mentionedAccounts(rest);
  const scenario: Scenario = { version: 1, name: name ?? 'Test scenario', accounts: [] };
  put(scenario, 'description', description);
  scenario.accounts = accounts ?? (mentioned.length > 0 ? mentioned : [ACCOUNT_A]).map((id) => anAccount(id));
  return { ...scenario, ...rest };
}
