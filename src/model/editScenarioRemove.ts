/**
 * Removing the entity behind a graph node (ids as in docs/trust-graph.md). What goes with it:
 *
 * - an account: everything that lives in it (users, groups, roles, managed policies, identity
 *   providers, clusters, instances, functions, task definitions, resources) and its place in the
 *   organization's units and account policies;
 * - a cluster: its service accounts, pods and Pod Identity associations;
 * - a service account: its declaration, its Pod Identity associations and the pods running as it
 *   (each of them would otherwise keep the node in the graph).
 *
 * References from elsewhere are kept on purpose: an instance, function, IRSA annotation, Pod
 * Identity association, trust policy or CLI profile naming a removed role keeps naming it, and the
 * graph shows the chain as broken there. That is what happens in AWS when a role is deleted, and
 * it keeps the user's documents exactly as they wrote them.
 */
import {
  accountOfArn,
  cliProfileId,
  instanceArn,
  podId,
  serviceAccountId,
  type OrgUnitSpec,
  type Scenario,
} from './scenario';

type WithArn = { arn: string };

/** Drops the matching items; keeps the field absent rather than empty when it was absent. */
function without<T>(list: T[] | undefined, drop: (item: T) => boolean): T[] | undefined {
  if (!list) return list;
  const kept = list.filter((item) => !drop(item));
  return kept.length === list.length ? list : kept;
}

function set<K extends keyof Scenario>(s: Scenario, key: K, value: Scenario[K] | undefined): Scenario {
  if (value === s[key]) return s;
  const next = { ...s };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

const byArn =
  (id: string) =>
  (item: WithArn): boolean =>
    item.arn === id;

function removeAccount(s: Scenario, account: string): Scenario {
  const inAccount = (item: WithArn) => accountOfArn(item.arn) === account;
  let next: Scenario = { ...s, accounts: s.accounts.filter((a) => a.id !== account) };
  next = set(next, 'users', without(s.users, inAccount));
  next = set(next, 'groups', without(s.groups, inAccount));
  next = set(next, 'roles', without(s.roles, inAccount));
  next = set(next, 'managedPolicies', without(s.managedPolicies, inAccount));
  next = set(next, 'identityProviders', without(s.identityProviders, inAccount));
  next = set(next, 'eksClusters', without(s.eksClusters, inAccount));
  next = set(
    next,
    'instances',
    without(s.instances, (i) => i.account === account),
  );
  next = set(next, 'lambdaFunctions', without(s.lambdaFunctions, inAccount));
  next = set(next, 'ecsTaskDefinitions', without(s.ecsTaskDefinitions, inAccount));
  next = set(
    next,
    'resources',
    without(s.resources, (r) => (r.accountId ?? accountOfArn(r.arn)) === account),
  );
  if (s.organization) {
    const prune = (unit: OrgUnitSpec): OrgUnitSpec => {
      const out = { ...unit };
      if (unit.accounts) out.accounts = unit.accounts.filter((a) => a !== account);
      if (unit.children) out.children = unit.children.map(prune);
      return out;
    };
    const organization = { ...s.organization, root: prune(s.organization.root) };
    if (s.organization.accountPolicies?.[account]) {
      const { [account]: _dropped, ...rest } = s.organization.accountPolicies;
      void _dropped;
      organization.accountPolicies = rest;
    }
    next.organization = organization;
  }
  return next;
}

/** Removes what sits inside a cluster: a service account or a pod, by node id. */
function removeInCluster(s: Scenario, id: string): Scenario {
  const eksClusters = (s.eksClusters ?? []).map((cluster) => {
    const rest = id.startsWith(`${cluster.arn}/`) ? id.slice(cluster.arn.length + 1) : undefined;
    const [part, namespace, name] = rest?.split('/') ?? [];
    if (part === 'pod' && namespace && name && podId(cluster.arn, namespace, name) === id) {
      const pods = without(cluster.pods, (p) => p.namespace === namespace && p.name === name);
      return !pods || pods === cluster.pods ? cluster : { ...cluster, pods };
    }
    if (
      part === 'serviceaccount' &&
      namespace &&
      name &&
      serviceAccountId(cluster.arn, namespace, name) === id
    ) {
      const next = { ...cluster };
      const serviceAccounts = without(
        cluster.serviceAccounts,
        (x) => x.namespace === namespace && x.name === name,
      );
      const pods = without(cluster.pods, (p) => p.namespace === namespace && p.serviceAccount === name);
      const associations = without(
        cluster.podIdentityAssociations,
        (a) => a.namespace === namespace && a.serviceAccount === name,
      );
      if (serviceAccounts) next.serviceAccounts = serviceAccounts;
      if (pods) next.pods = pods;
      if (associations) next.podIdentityAssociations = associations;
      const changed =
        serviceAccounts !== cluster.serviceAccounts ||
        pods !== cluster.pods ||
        associations !== cluster.podIdentityAssociations;
      return changed ? next : cluster;
    }
    return cluster;
  });
  const changed = eksClusters.some((c, i) => c !== s.eksClusters?.[i]);
  return changed ? { ...s, eksClusters } : s;
}

/**
 * The scenario without the entity whose graph node id is `nodeId`; the very same object when
 * nothing in the scenario declares that node (AWS service principals, principals that only a
 * trust policy names), so callers can tell a no-op.
 */
export function removeEntity(s: Scenario, nodeId: string): Scenario {
  if (s.accounts.some((a) => a.id === nodeId)) return removeAccount(s, nodeId);
  const steps: ((x: Scenario) => Scenario)[] = [
    (x) => set(x, 'users', without(x.users, byArn(nodeId))),
    (x) => set(x, 'roles', without(x.roles, byArn(nodeId))),
    (x) => set(x, 'groups', without(x.groups, byArn(nodeId))),
    (x) => set(x, 'identityProviders', without(x.identityProviders, byArn(nodeId))),
    (x) => set(x, 'eksClusters', without(x.eksClusters, byArn(nodeId))),
    (x) =>
      set(
        x,
        'instances',
        without(x.instances, (i) => instanceArn(i) === nodeId),
      ),
    (x) => set(x, 'lambdaFunctions', without(x.lambdaFunctions, byArn(nodeId))),
    (x) => set(x, 'ecsTaskDefinitions', without(x.ecsTaskDefinitions, byArn(nodeId))),
    (x) => set(x, 'resources', without(x.resources, byArn(nodeId))),
    (x) =>
      set(
        x,
        'externalPrincipals',
        without(x.externalPrincipals, (e) => e.id === nodeId),
      ),
    (x) => removeInCluster(x, nodeId),
    (x) =>
      set(
        x,
        'cliProfiles',
        without(x.cliProfiles, (p) => cliProfileId(p.name) === nodeId),
      ),
  ];
  for (const step of steps) {
    const next = step(s);
    if (next !== s) return next;
  }
  return s;
}

/** Whether removeEntity would change anything for this node. */
export function canRemove(s: Scenario, nodeId: string): boolean {
  return removeEntity(s, nodeId) !== s;
}
