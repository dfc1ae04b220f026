import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine';
import { ACCOUNT_A, ACCOUNT_B, aRole, aScenario, aTrustPolicy, arns } from './builders';
import {
  addInlinePolicy,
  attachManagedPolicy,
  checkAttach,
  checkInlinePolicy,
  createManagedPolicy,
  detachManagedPolicy,
  removeInlinePolicy,
  removeResourcePolicy,
  setPermissionsBoundary,
  setResourcePolicy,
} from './editScenarioPolicies';
import { resourcePolicyTemplate } from './editScenarioResource';
import type { Scenario } from './scenario';
import { validateScenarioValue } from './validateScenario';

const CALLER = arns.role(ACCOUNT_B, 'AssumeRoleInA');
const TARGET = arns.role(ACCOUNT_A, 'RoleForB');
const story = aScenario({
  name: 'EC2 in B assumes a role in A',
  roles: [aRole(CALLER), aRole(TARGET, { trust: aTrustPolicy.forAccount(ACCOUNT_B) })],
});
const assume = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: TARGET }],
};
const hop = (s: typeof story) =>
  analyzeScenario(s, { now: () => 0 }).edges.some((e) => e.from === CALLER && e.to === TARGET && e.permitted);

describe('permission policies written and attached from the inspector', () => {
  it('tells the cross-account story: the hop exists once the caller has its permission policy', () => {
    expect(hop(story)).toBe(false);
    const inline = addInlinePolicy(story, CALLER, { name: 'assume-role-in-a', document: assume });
    expect(hop(inline)).toBe(true);
    expect(hop(removeInlinePolicy(inline, CALLER, 'assume-role-in-a'))).toBe(false);

    const managed = createManagedPolicy(story, CALLER, 'AssumeRoleInA', assume);
    expect(managed.managedPolicies?.[0]?.arn).toBe(`arn:aws:iam::${ACCOUNT_B}:policy/AssumeRoleInA`);
    expect(hop(managed)).toBe(true);
    const detached = detachManagedPolicy(managed, CALLER, `arn:aws:iam::${ACCOUNT_B}:policy/AssumeRoleInA`);
    expect(hop(detached)).toBe(false);
    for (const s of [inline, managed, detached]) expect(validateScenarioValue(s).problems).toEqual([]);
  });

  it('attaches an AWS managed policy by ARN, and a boundary limits what it grants', () => {
    const admin = attachManagedPolicy(story, CALLER, 'arn:aws:iam::aws:policy/AdministratorAccess');
    expect(hop(admin)).toBe(true);
    const bounded = setPermissionsBoundary(admin, CALLER, 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    expect(hop(bounded)).toBe(false);
    expect(hop(setPermissionsBoundary(bounded, CALLER, undefined))).toBe(true);
  });

  it('names what is wrong with the input, and never edits in place', () => {
    const frozen = structuredClone(story);
    expect(checkInlinePolicy(story, CALLER, 'has space')).toBe('policyName');
    expect(checkInlinePolicy(story, arns.role(ACCOUNT_A, 'Nobody'), 'p')).toBe('unknownPrincipal');
    const once = addInlinePolicy(story, CALLER, { name: 'p', document: assume });
    expect(checkInlinePolicy(once, CALLER, 'p')).toBe('duplicate');
    expect(checkAttach(story, CALLER, 'AdministratorAccess')).toBe('policyArn');
    expect(() => addInlinePolicy(story, CALLER, { name: '', document: assume })).toThrow('policyName');
    expect(story).toEqual(frozen);
  });
});

describe('a resource’s own policy', () => {
  const bucket = 'arn:aws:s3:::reports';
  const withBucket = (policy?: unknown): Scenario => ({
    version: 1,
    name: 'bucket',
    accounts: [{ id: '111122223333', name: 'A' }],
    resources: [{ arn: bucket, type: 's3', accountId: '111122223333', ...(policy ? { policy } : {}) }],
  });

  it('is written from a template naming the bucket and its objects, for its own account', () => {
    const template = resourcePolicyTemplate({ arn: bucket, type: 's3', accountId: '111122223333' });
    expect(JSON.stringify(template)).toContain('"arn:aws:s3:::reports/*"');
    expect(JSON.stringify(template)).toContain('111122223333');
    const next = setResourcePolicy(withBucket(), bucket, template);
    expect(next.resources?.[0]?.policy).toEqual(template);
  });

  it('is deleted without touching the resource', () => {
    const next = removeResourcePolicy(withBucket({ Version: '2012-10-17', Statement: [] }), bucket);
    expect(next.resources).toEqual([{ arn: bucket, type: 's3', accountId: '111122223333' }]);
    expect(() => removeResourcePolicy(next, 'arn:aws:s3:::other')).toThrow(/resourceName/);
  });
});
