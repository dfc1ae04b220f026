import { describe, expect, it } from 'vitest';
import { validateScenarioValue } from '../model/validateScenario';
import { generateOrganization } from './generateOrganization';

describe('generateOrganization', () => {
  it('is deterministic for a seed, and seeds differ', () => {
    const a = generateOrganization({ roles: 300, seed: 5 });
    expect(generateOrganization({ roles: 300, seed: 5 })).toEqual(a);
    expect(JSON.stringify(generateOrganization({ roles: 300, seed: 6 }))).not.toBe(JSON.stringify(a));
  });

  it('writes a scenario that validates without errors or warnings', () => {
    const scenario = generateOrganization({ roles: 500, seed: 1 });
    const result = validateScenarioValue(JSON.parse(JSON.stringify(scenario)));
    expect(result.problems).toEqual([]);
    expect(result.scenario).toBeDefined();
  });

  it('sizes by role count and covers every kind of door', () => {
    const scenario = generateOrganization({ roles: 1000, seed: 2 });
    const roles = scenario.roles ?? [];
    expect(roles.length).toBeGreaterThan(800);
    expect(roles.length).toBeLessThan(1100);
    const trusts = JSON.stringify(roles.map((r) => r.trustPolicy));
    for (const text of [
      'sts:ExternalId',
      ':sub',
      'aws:RequestTag/kubernetes-namespace',
      'ec2.amazonaws.com',
      'lambda.amazonaws.com',
      'saml-provider',
      '"*"',
    ])
      expect(trusts).toContain(text);
    expect(roles.some((r) => r.permissionsBoundary)).toBe(true);
    expect((scenario.eksClusters ?? []).length).toBeGreaterThan(0);
  });
});
