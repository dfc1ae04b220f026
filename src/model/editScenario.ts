/**
 * Pure scenario edits behind the explorer's "Add" forms and the inspector's "Remove" button. Every
 * function returns a new Scenario and never mutates its input, so the store can keep the old one
 * as an undo step. `check…` functions say what is wrong with a form's input (a problem code the UI
 * translates) and `add…` functions throw on input their check rejects. Documents come from the
 * builders, so an added role's trust policy reads like one AWS would export.
 */
import {
  aRole,
  aServiceAccount,
  aPod,
  aPodIdentityAssociation,
  aTrustPolicy,
  aUser,
  anAccount,
  anEksCluster,
  anIdentityProvider,
  anInstance,
  arns,
  eksOidcProviderArn,
  type PolicyBuilder,
} from './builders';
import { accountOfArn, instanceArn, roleNameFromArn, type Scenario } from './scenario';
import { PATTERNS } from './validation/patterns';

export { canRemove, removeEntity } from './editScenarioRemove';

export type EditProblem =
  | 'accountId'
  | 'accountName'
  | 'duplicate'
  | 'unknownAccount'
  | 'iamName'
  | 'rolePath'
  | 'externalId'
  | 'otherAccount'
  | 'clusterName'
  | 'region'
  | 'kubernetesName'
  | 'unknownCluster'
  | 'noOidcIssuer'
  | 'instanceId'
  | 'unknownRole'
  | 'roleAccount'
  | 'roleArn'
  | 'resourceName'
  | 'principal'
  | 'policyName'
  | 'policyArn'
  | 'unknownPrincipal'
  | 'noOrganization'
  | 'profileName'
  | 'profileSource'
  | 'sessionName'
  // The organization, groups and identity providers (editScenarioOrg*.ts, editScenarioGroups.ts,
  // editScenarioProviders.ts).
  | 'organizationId'
  | 'orgUnitId'
  | 'orgPolicyId'
  | 'unitName'
  | 'unknownUnit'
  | 'unitNotEmpty'
  | 'managementAccount'
  | 'notInOrganization'
  | 'lastScp'
  | 'fixedPolicy'
  | 'unknownGroup'
  | 'groupAccount'
  | 'oidcIssuer'
  | 'clientId'
  | 'samlName';

const IAM_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH = /^\/(?:[\w+=,.@-]+\/)*$/;
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

const hasAccount = (s: Scenario, id: string) => s.accounts.some((a) => a.id === id);
const accountProblem = (s: Scenario, id: string): EditProblem | null =>
  hasAccount(s, id) ? null : 'unknownAccount';

function fail(problem: EditProblem | null): void {
  if (problem) throw new Error(`invalid input: ${problem}`);
}

// ---------------------------------------------------------------------------------------------
// Accounts and IAM principals

export interface AccountInput {
  id: string;
  name: string;
}

export function checkAccount(s: Scenario, input: AccountInput): EditProblem | null {
  if (!PATTERNS.accountId.test(input.id)) return 'accountId';
  if (!input.name.trim()) return 'accountName';
  return hasAccount(s, input.id) ? 'duplicate' : null;
}

export function addAccount(s: Scenario, input: AccountInput): Scenario {
  fail(checkAccount(s, input));
  return { ...s, accounts: [...s.accounts, anAccount(input.id, input.name.trim())] };
}

/** The starting trust policy of a new role. */
export type TrustTemplate =
  | { kind: 'ownAccount' }
  | { kind: 'otherAccount'; account: string; externalId?: string }
  | { kind: 'ec2' }
  | { kind: 'lambda' }
  | { kind: 'irsa'; clusterArn: string; namespace: string; serviceAccount: string }
  | { kind: 'podIdentity'; namespace?: string; serviceAccount?: string };

export interface RoleInput {
  account: string;
  name: string;
  /** `/` by default; otherwise `/a/b/`. */
  path?: string;
  trust: TrustTemplate;
}

export function roleArnOf(input: RoleInput): string {
  return arns.role(input.account, `${(input.path || '/').slice(1)}${input.name}`);
}

function checkTrust(s: Scenario, trust: TrustTemplate): EditProblem | null {
  if (trust.kind === 'otherAccount') {
    if (!PATTERNS.accountId.test(trust.account)) return 'otherAccount';
    if (trust.externalId && !PATTERNS.externalId.test(trust.externalId)) return 'externalId';
  }
  if (trust.kind === 'irsa') {
    const cluster = s.eksClusters?.find((c) => c.arn === trust.clusterArn);
    if (!cluster) return 'unknownCluster';
    if (!cluster.oidcIssuer) return 'noOidcIssuer';
    if (!PATTERNS.kubernetesName.test(trust.namespace)) return 'kubernetesName';
    if (!PATTERNS.kubernetesName.test(trust.serviceAccount)) return 'kubernetesName';
  }
  if (trust.kind === 'podIdentity') {
    for (const name of [trust.namespace, trust.serviceAccount])
      if (name && !PATTERNS.kubernetesName.test(name)) return 'kubernetesName';
  }
  return null;
}

export function checkRole(s: Scenario, input: RoleInput): EditProblem | null {
  if (!IAM_NAME.test(input.name)) return 'iamName';
  if (input.path && !ROLE_PATH.test(input.path)) return 'rolePath';
  const unknown = accountProblem(s, input.account);
  if (unknown) return unknown;
  // IAM role names are unique per account whatever the path.
  const taken = (s.roles ?? []).some(
    (r) => accountOfArn(r.arn) === input.account && roleNameFromArn(r.arn) === input.name,
  );
  return taken ? 'duplicate' : checkTrust(s, input.trust);
}

function trustPolicy(s: Scenario, account: string, trust: TrustTemplate): PolicyBuilder {
  switch (trust.kind) {
    case 'ownAccount':
      return aTrustPolicy.forAccount(account);
    case 'otherAccount': {
      const policy = aTrustPolicy.forAccount(trust.account);
      return trust.externalId ? policy.withExternalId(trust.externalId) : policy;
    }
    case 'ec2':
      return aTrustPolicy.forService('ec2');
    case 'lambda':
      return aTrustPolicy.forService('lambda');
    case 'irsa': {
      const cluster = s.eksClusters?.find((c) => c.arn === trust.clusterArn);
      if (!cluster) throw new Error('invalid input: unknownCluster');
      return aTrustPolicy.forIrsa(
        eksOidcProviderArn(cluster, account),
        trust.namespace,
        trust.serviceAccount,
      );
    }
    case 'podIdentity': {
      const scope: { namespace?: string; serviceAccount?: string } = {};
      if (trust.namespace) scope.namespace = trust.namespace;
      if (trust.serviceAccount) scope.serviceAccount = trust.serviceAccount;
      return aTrustPolicy.forPodIdentity(scope);
    }
  }
}

/**
 * Adds a role with a trust policy from a template. IRSA also adds the cluster's IAM OIDC provider
 * to the role's account when it is missing, as `eksctl utils associate-iam-oidc-provider` would.
 */
export function addRole(s: Scenario, input: RoleInput): Scenario {
  fail(checkRole(s, input));
  const role = aRole(roleArnOf(input), { trust: trustPolicy(s, input.account, input.trust) });
  const next: Scenario = { ...s, roles: [...(s.roles ?? []), role] };
  const { trust } = input;
  if (trust.kind === 'irsa') {
    const cluster = s.eksClusters?.find((c) => c.arn === trust.clusterArn);
    const providerArn = cluster && eksOidcProviderArn(cluster, input.account);
    if (cluster?.oidcIssuer && !(s.identityProviders ?? []).some((p) => p.arn === providerArn)) {
      next.identityProviders = [
        ...(s.identityProviders ?? []),
        anIdentityProvider.oidc(input.account, cluster.oidcIssuer),
      ];
    }
  }
  return next;
}

export interface UserInput {
  account: string;
  name: string;
}

export const userArnOf = (input: UserInput) => arns.user(input.account, input.name);

export function checkUser(s: Scenario, input: UserInput): EditProblem | null {
  if (!IAM_NAME.test(input.name)) return 'iamName';
  const unknown = accountProblem(s, input.account);
  if (unknown) return unknown;
  return (s.users ?? []).some((u) => u.arn === userArnOf(input)) ? 'duplicate' : null;
}

export function addUser(s: Scenario, input: UserInput): Scenario {
  fail(checkUser(s, input));
  return { ...s, users: [...(s.users ?? []), aUser(userArnOf(input))] };
}

// ---------------------------------------------------------------------------------------------
// Workloads

export interface ClusterInput {
  account: string;
  region: string;
  name: string;
}

export const clusterArnOf = (input: ClusterInput) => arns.eksCluster(input.account, input.name, input.region);

export function checkCluster(s: Scenario, input: ClusterInput): EditProblem | null {
  if (!CLUSTER_NAME.test(input.name)) return 'clusterName';
  if (!PATTERNS.region.test(input.region)) return 'region';
  const unknown = accountProblem(s, input.account);
  if (unknown) return unknown;
  return (s.eksClusters ?? []).some((c) => c.arn === clusterArnOf(input)) ? 'duplicate' : null;
}

/** Adds a cluster with a generated OIDC issuer (its IAM OIDC provider comes with the first IRSA role). */
export function addCluster(s: Scenario, input: ClusterInput): Scenario {
  fail(checkCluster(s, input));
  return { ...s, eksClusters: [...(s.eksClusters ?? []), anEksCluster(clusterArnOf(input))] };
}

export interface WorkloadInput {
  clusterArn: string;
  namespace: string;
  serviceAccount: string;
  /**
   * The role the service account's pods get: by the `eks.amazonaws.com/role-arn` annotation (IRSA,
   * the default) or by an EKS Pod Identity association.
   */
  roleArn?: string;
  access?: 'irsa' | 'podIdentity';
  /** A pod running as the service account, when given. */
  pod?: string;
}

export function checkWorkload(s: Scenario, input: WorkloadInput): EditProblem | null {
  const cluster = s.eksClusters?.find((c) => c.arn === input.clusterArn);
  if (!cluster) return 'unknownCluster';
  for (const name of [input.namespace, input.serviceAccount, input.pod ?? 'pod'])
    if (!PATTERNS.kubernetesName.test(name)) return 'kubernetesName';
  if (input.roleArn && !PATTERNS.roleArn.test(input.roleArn)) return 'roleArn';
  if (input.access === 'podIdentity') {
    if (!input.roleArn) return 'roleArn';
    const associated = cluster.podIdentityAssociations?.some(
      (a) => a.namespace === input.namespace && a.serviceAccount === input.serviceAccount,
    );
    if (associated) return 'duplicate';
  }
  const sa = cluster.serviceAccounts?.find(
    (x) => x.namespace === input.namespace && x.name === input.serviceAccount,
  );
  if (input.pod) {
    const taken = cluster.pods?.some((p) => p.namespace === input.namespace && p.name === input.pod);
    return taken ? 'duplicate' : null;
  }
  if (input.access === 'podIdentity') return null;
  return sa && (!input.roleArn || sa.roleArn === input.roleArn) ? 'duplicate' : null;
}

/**
 * Declares a service account (or sets the IRSA annotation of a declared one, or associates it with a
 * role through EKS Pod Identity) and, when `pod` is given, a pod running as it.
 */
export function addWorkload(s: Scenario, input: WorkloadInput): Scenario {
  fail(checkWorkload(s, input));
  const { namespace, serviceAccount, pod } = input;
  const podIdentity = input.access === 'podIdentity';
  const roleArn = podIdentity ? undefined : input.roleArn;
  return {
    ...s,
    eksClusters: (s.eksClusters ?? []).map((cluster) => {
      if (cluster.arn !== input.clusterArn) return cluster;
      const sas = cluster.serviceAccounts ?? [];
      const same = (x: { namespace: string; name: string }) =>
        x.namespace === namespace && x.name === serviceAccount;
      const serviceAccounts = sas.some(same)
        ? sas.map((x) => (same(x) && roleArn ? { ...x, roleArn } : x))
        : [...sas, aServiceAccount(namespace, serviceAccount, roleArn ? { roleArn } : {})];
      const next = { ...cluster, serviceAccounts };
      if (pod) next.pods = [...(cluster.pods ?? []), aPod(namespace, pod, serviceAccount)];
      if (podIdentity && input.roleArn)
        next.podIdentityAssociations = [
          ...(cluster.podIdentityAssociations ?? []),
          aPodIdentityAssociation(namespace, serviceAccount, input.roleArn),
        ];
      return next;
    }),
  };
}

export interface InstanceInput {
  account: string;
  region: string;
  id: string;
  /** The role whose instance profile the instance uses; it must be in the same account. */
  roleArn: string;
}

export const instanceArnOf = (input: InstanceInput) => instanceArn({ ...input, instanceProfileArn: '' });

export function checkInstance(s: Scenario, input: InstanceInput): EditProblem | null {
  if (!PATTERNS.instanceId.test(input.id)) return 'instanceId';
  if (!PATTERNS.region.test(input.region)) return 'region';
  const unknown = accountProblem(s, input.account);
  if (unknown) return unknown;
  const role = s.roles?.find((r) => r.arn === input.roleArn);
  if (!role) return 'unknownRole';
  if (accountOfArn(role.arn) !== input.account) return 'roleAccount';
  return (s.instances ?? []).some((i) => i.id === input.id) ? 'duplicate' : null;
}

/** Adds an instance using the role's first instance profile, giving the role one if it has none. */
export function addInstance(s: Scenario, input: InstanceInput): Scenario {
  fail(checkInstance(s, input));
  const role = s.roles?.find((r) => r.arn === input.roleArn);
  const existing = role?.instanceProfiles?.[0];
  const profile = existing ?? arns.instanceProfile(input.account, roleNameFromArn(input.roleArn));
  const instance = anInstance({ ...input, instanceProfileArn: profile });
  return {
    ...s,
    roles: existing
      ? (s.roles ?? [])
      : (s.roles ?? []).map((r) =>
          r.arn === input.roleArn ? { ...r, instanceProfiles: [...(r.instanceProfiles ?? []), profile] } : r,
        ),
    instances: [...(s.instances ?? []), instance],
  };
}

export { addResource, checkResource, resourceArnOf } from './editScenarioResource';
export type { ResourceInput, ResourceKind, ResourcePolicyTemplate } from './editScenarioResource';
