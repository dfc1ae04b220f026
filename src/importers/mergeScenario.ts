/**
 * Merges a fragment into a scenario without changing either: entries are matched by their
 * identifying key (ARN, id, namespace/name), existing entries keep their place and take the
 * newer values, new entries are appended in fragment order. That keeps the output stable and
 * lets a re-import refresh what an earlier one brought in.
 */
import type { AccountSpec, EksClusterSpec, Scenario } from '../model/scenario';
import type { ScenarioFragment } from './types';

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  return [...new Set([...a, ...b])];
}

/** The later entity wins, but a list of names both carry is the union of the two. */
function replaceKeeping<K extends string>(key: K) {
  return <T extends { [P in K]?: string[] }>(old: T, next: T): T => {
    const merged = { ...old, ...next };
    const both = union(old[key], next[key]);
    if (both) merged[key] = both as T[K];
    return merged;
  };
}

function mergeBy<T>(
  existing: readonly T[] | undefined,
  incoming: readonly T[] | undefined,
  key: (item: T) => string,
  combine: (old: T, next: T) => T,
  fresh: (item: T) => T = (item) => item,
): T[] | undefined {
  if (!incoming || incoming.length === 0) return existing ? [...existing] : undefined;
  const result = existing ? [...existing] : [];
  const index = new Map<string, number>();
  result.forEach((item, i) => index.set(key(item), i));
  for (const item of incoming) {
    const k = key(item);
    const at = index.get(k);
    const old = at === undefined ? undefined : result[at];
    if (at !== undefined && old !== undefined) result[at] = combine(old, item);
    else {
      index.set(k, result.length);
      result.push(fresh(item));
    }
  }
  return result;
}

const replace = <T>(old: T, next: T): T => ({ ...old, ...next });

/** An account named only by its id is a placeholder an importer made; a real name replaces it. */
function mergeAccount(old: AccountSpec, next: AccountSpec): AccountSpec {
  const placeholder = old.name === '' || old.name === old.id;
  return placeholder ? { ...old, name: next.name } : old;
}

function mergeCluster(old: EksClusterSpec, next: EksClusterSpec): EksClusterSpec {
  const merged: EksClusterSpec = { ...old, ...next };
  const set = <K extends 'nodeRoleArns' | 'serviceAccounts' | 'pods' | 'podIdentityAssociations'>(
    field: K,
    value: EksClusterSpec[K] | undefined,
  ): void => {
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  };
  set('nodeRoleArns', union(old.nodeRoleArns, next.nodeRoleArns));
  set(
    'serviceAccounts',
    mergeBy(old.serviceAccounts, next.serviceAccounts, (s) => `${s.namespace}/${s.name}`, replace),
  );
  set(
    'pods',
    mergeBy(old.pods, next.pods, (p) => `${p.namespace}/${p.name}`, replace),
  );
  // EKS allows one association per service account per cluster, so namespace/SA is the identity.
  set(
    'podIdentityAssociations',
    mergeBy(
      old.podIdentityAssociations,
      next.podIdentityAssociations,
      (a) => `${a.namespace}/${a.serviceAccount}`,
      replace,
    ),
  );
  return merged;
}

type Entry<K extends keyof Scenario> = NonNullable<Scenario[K]> extends readonly (infer T)[] ? T : never;

/** Lists whose entries a later import replaces whole, by the field that names an entry. */
const REPLACED = {
  managedPolicies: 'arn',
  users: 'arn',
  groups: 'arn',
  instances: 'id',
  lambdaFunctions: 'arn',
  ecsTaskDefinitions: 'arn',
  resources: 'arn',
  externalPrincipals: 'id',
  cliProfiles: 'name',
} as const satisfies { [K in keyof Scenario]?: Entry<K> extends object ? keyof Entry<K> : never };
type ReplacedField = keyof typeof REPLACED;
// In the scenario's own order, around the lists merged otherwise.
const REPLACED_FIRST: readonly ReplacedField[] = ['managedPolicies', 'users', 'groups'];
const REPLACED_LAST: readonly ReplacedField[] = [
  'instances',
  'lambdaFunctions',
  'ecsTaskDefinitions',
  'resources',
  'externalPrincipals',
  'cliProfiles',
];

export function mergeScenario(target: Scenario, fragment: ScenarioFragment): Scenario {
  const result: Scenario = { ...target };
  const put = <K extends keyof Scenario>(field: K, value: Scenario[K] | undefined): void => {
    if (value === undefined) delete result[field];
    else result[field] = value;
  };
  const putReplaced = (field: ReplacedField): void => {
    const name = REPLACED[field];
    const key = (item: object) => (item as Record<string, string>)[name] as string;
    put(field, mergeBy<object>(target[field], fragment[field], key, replace) as Scenario[typeof field]);
  };
  if (fragment.name !== undefined && result.name === '') result.name = fragment.name;
  if (fragment.description !== undefined && result.description === undefined)
    result.description = fragment.description;
  result.accounts = mergeBy(target.accounts, fragment.accounts, (a) => a.id, mergeAccount) ?? [];
  if (fragment.organization) result.organization = fragment.organization;
  for (const field of REPLACED_FIRST) putReplaced(field);
  put(
    'roles',
    mergeBy(target.roles, fragment.roles, (r) => r.arn, replaceKeeping('instanceProfiles')),
  );
  put(
    'identityProviders',
    mergeBy(target.identityProviders, fragment.identityProviders, (p) => p.arn, replaceKeeping('clientIds')),
  );
  // Sorted: which file told that an account's list is complete does not matter, only that one did.
  put('identityProviderLists', union(target.identityProviderLists, fragment.identityProviderLists)?.sort());
  // A new cluster still goes through mergeCluster, so its own lists lose duplicates (YAML aliases, repeated objects).
  put(
    'eksClusters',
    mergeBy(
      target.eksClusters,
      fragment.eksClusters,
      (c) => c.arn,
      mergeCluster,
      (c) => mergeCluster({ arn: c.arn }, c),
    ),
  );
  for (const field of REPLACED_LAST) putReplaced(field);
  return result;
}
