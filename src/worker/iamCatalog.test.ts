import { describe, expect, it } from 'vitest';
import { catalogFor } from './iamCatalog';
import { loadActions, loadConditionKeys, loadServiceNames, loadServicesForConditionPrefix } from './iamData';

describe('the AWS service reference, loaded on demand', () => {
  it('gives the engine a catalog of the services a policy names, with their actions', async () => {
    const catalog = await catalogFor(['{"Action": ["s3:GetObject", "sts:AssumeRole"]}']);
    expect(catalog?.hasService('s3')).toBe(true);
    expect(catalog?.hasService('s4')).toBe(false);
    expect(catalog?.hasAction('s3', 'GetObject')).toBe(true);
    expect(catalog?.hasAction('s3', 'GetObjekt')).toBe(false);
    // A service no text named is not loaded: the check stays silent rather than guess.
    expect(catalog?.hasAction('ec2', 'RunInstances')).toBeUndefined();
  });

  it('gives the editor the tables it reads, and nothing for a name that is no service', async () => {
    expect((await loadServiceNames()).iam).toBe('AWS Identity and Access Management (IAM)');
    expect((await loadActions('sts'))?.assumerole?.name).toBe('AssumeRole');
    expect((await loadConditionKeys('sts'))?.['sts:externalid']?.type).toBe('String');
    expect(await loadServicesForConditionPrefix('accounts.google.com')).toContain('sts');
    expect(await loadActions('../serviceNames')).toBeUndefined();
    expect(await loadActions('no-such-service')).toBeUndefined();
  });
});
