/**
 * The AWS service reference for the engine's unknown-service and unknown-action checks: the list of
 * services once, each service's actions the first time a policy names it (loaded by iamData.ts).
 */
import { createActionCatalog, servicePrefixesIn, type ActionCatalog } from '../engine';
import { loadActions, loadServiceNames } from './iamData';

let services: ReadonlySet<string> | undefined;
const actions = new Map<string, ReadonlySet<string>>();

/** A catalog that knows every service the texts mention; undefined when the data cannot be loaded. */
export async function catalogFor(texts: readonly string[]): Promise<ActionCatalog | undefined> {
  if (!services) {
    const names = Object.keys(await loadServiceNames());
    // Not loaded (offline, a failed fetch): asked again with the next analysis.
    if (names.length === 0) return undefined;
    services = new Set(names);
  }
  const known = services;
  const wanted = new Set<string>();
  for (const text of texts) for (const prefix of servicePrefixesIn(text)) wanted.add(prefix);
  await Promise.all(
    [...wanted]
      .filter((prefix) => !actions.has(prefix) && known.has(prefix))
      .map(async (prefix) => {
        const table = await loadActions(prefix);
        if (table) actions.set(prefix, new Set(Object.keys(table)));
      }),
  );
  return createActionCatalog({ services: known, actionsOf: (prefix) => actions.get(prefix) });
}
