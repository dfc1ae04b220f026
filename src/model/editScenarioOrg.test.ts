import { describe, expect, it } from 'vitest';
import { analyzeScenario, prepareScenario, whyNot } from '../engine';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from './builders';
import {
  addUnit,
  checkOrganization,
  checkPlacement,
  checkRemoveUnit,
  checkUnit,
  createOrganization,
  deleteOrganization,
  placeAccount,
  placeOf,
  removeUnit,
  rootIdOf,
} from './editScenarioOrg';
import {
  attachOrgPolicy,
  checkAttachOrgPolicy,
  checkDeleteOrgPolicy,
  checkDetachOrgPolicy,
  checkOrgPolicy,
  createOrgPolicy,
  deleteOrgPolicy,
  detachOrgPolicy,
  newOrgPolicyId,
} from './editScenarioOrgPolicies';
import type { Scenario } from './scenario';
import { validateScenarioValue } from './validateScenario';

const MANAGEMENT = ACCOUNT_A;
const MEMBER = ACCOUNT_B;
const OUTSIDE = '999988887777';
const ORG = 'o-a1b2c3d4e5';
const DEV = arns.user(MEMBER, 'dev');
const BOSS = arns.user(MANAGEMENT, 'boss');
const IN_MANAGEMENT = arns.role(MANAGEMENT, 'Deploy');
const IN_MEMBER = arns.role(MEMBER, 'Audit');
const mayAssume = { inline: { assume: anIdentityPolicy.allow('sts:AssumeRole', '*') } };

// A user in each account, each allowed to assume a role the other account holds and trusts it for.
const story = aScenario({
  users: [aUser(DEV, mayAssume), aUser(BOSS, mayAssume)],
  roles: [
    aRole(IN_MANAGEMENT, { trust: aTrustPolicy.forAccount(MEMBER) }),
    aRole(IN_MEMBER, { trust: aTrustPolicy.forAccount(MANAGEMENT) }),
  ],
});
const withOrg = createOrganization(story, { id: ORG, managementAccountId: MANAGEMENT });
const root = rootIdOf(ORG);

const hop = (s: Scenario, from: string, to: string) =>
  analyzeScenario(s, { now: () => 0 }).edges.some((e) => e.from === from && e.to === to && e.permitted);
const errors = (s: Scenario) => validateScenarioValue(s).problems.filter((p) => p.severity === 'error');

describe('the organization, built from the explorer', () => {
  it('starts with every account in the root and FullAWSAccess attached there, changing no edge', () => {
    const org = withOrg.organization;
    expect(org?.root).toMatchObject({ id: root, scps: ['p-FullAWSAccess'], accounts: [MANAGEMENT, MEMBER] });
    expect(org?.policies.map((p) => p.id)).toEqual(['p-FullAWSAccess']);
    expect(errors(withOrg)).toEqual([]);
    expect(hop(withOrg, DEV, IN_MANAGEMENT)).toBe(true);
    expect(deleteOrganization(withOrg)).toEqual(story);
  });

  it('names what is wrong with the organization input', () => {
    expect(checkOrganization(story, { id: 'o-AB', managementAccountId: MANAGEMENT })).toBe('organizationId');
    expect(checkOrganization(story, { id: ORG, managementAccountId: OUTSIDE })).toBe('unknownAccount');
    expect(checkOrganization(withOrg, { id: ORG, managementAccountId: MANAGEMENT })).toBe('duplicate');
    expect(() => createOrganization(withOrg, { id: ORG, managementAccountId: MANAGEMENT })).toThrow();
  });

  it('keeps an account in exactly one place, and a unit is deleted only when empty', () => {
    const units = addUnit(withOrg, { parentId: root, name: 'Workloads' });
    const unit = units.organization?.root.children?.[0];
    expect(unit).toMatchObject({ id: 'ou-a1b2-workloads', name: 'Workloads', scps: ['p-FullAWSAccess'] });
    const nested = addUnit(units, { parentId: 'ou-a1b2-workloads', name: 'Dev', id: 'ou-a1b2-dev00001' });
    expect(nested.organization?.root.children?.[0]?.children?.[0]?.id).toBe('ou-a1b2-dev00001');

    const moved = placeAccount(nested, MEMBER, 'ou-a1b2-dev00001');
    expect(placeOf(moved, MEMBER)).toBe('ou-a1b2-dev00001');
    expect(moved.organization?.root.accounts).toEqual([MANAGEMENT]);
    expect(checkPlacement(moved, MEMBER, 'ou-a1b2-dev00001')).toBe('duplicate');
    expect(checkPlacement(moved, MANAGEMENT, null)).toBe('managementAccount');
    expect(checkRemoveUnit(moved, 'ou-a1b2-dev00001')).toBe('unitNotEmpty');
    expect(checkRemoveUnit(moved, 'ou-a1b2-workloads')).toBe('unitNotEmpty');
    expect(checkRemoveUnit(moved, root)).toBe('unknownUnit');
    expect(errors(moved)).toEqual([]);

    const out = placeAccount(moved, MEMBER, null);
    expect(placeOf(out, MEMBER)).toBeUndefined();
    const emptied = removeUnit(removeUnit(out, 'ou-a1b2-dev00001'), 'ou-a1b2-workloads');
    expect(emptied.organization?.root.children).toEqual([]);
  });

  it('validates unit input with the scenario patterns', () => {
    expect(checkUnit(story, { parentId: root, name: 'X' })).toBe('noOrganization');
    expect(checkUnit(withOrg, { parentId: root, name: ' ' })).toBe('unitName');
    expect(checkUnit(withOrg, { parentId: root, name: 'X', id: 'ou-1' })).toBe('orgUnitId');
    expect(checkUnit(withOrg, { parentId: 'ou-nope-nope', name: 'X' })).toBe('unknownUnit');
    const units = addUnit(withOrg, { parentId: root, name: 'X', id: 'ou-a1b2-xxxx' });
    expect(checkUnit(units, { parentId: root, name: 'Y', id: 'ou-a1b2-xxxx' })).toBe('duplicate');
  });
});

describe('SCPs and RCPs, written and attached from the explorer', () => {
  const unit = 'ou-a1b2-workloads';
  const placed = placeAccount(addUnit(withOrg, { parentId: root, name: 'Workloads' }), MEMBER, unit);
  const scp = { kind: 'scp' as const, name: 'DenyAssumeRole', targetId: unit };

  it('an SCP at the member account’s unit cuts its principals’ hops; the management account is never limited', () => {
    const limited = createOrgPolicy(placed, scp);
    const id = newOrgPolicyId(placed, scp);
    expect(id).toMatch(/^p-[0-9a-z]{8}$/);
    expect(limited.organization?.root.children?.[0]?.scps).toEqual(['p-FullAWSAccess', id]);
    expect(errors(limited)).toEqual([]);
    expect(hop(placed, DEV, IN_MANAGEMENT)).toBe(true);
    expect(hop(limited, DEV, IN_MANAGEMENT)).toBe(false);
    expect(hop(limited, BOSS, IN_MEMBER)).toBe(true);
    const analysis = analyzeScenario(limited, { now: () => 0 });
    const why = whyNot(prepareScenario(limited), analysis, DEV, IN_MANAGEMENT);
    expect(why.sentence).toContain(`SCP "DenyAssumeRole · SCP" at ${unit}`);
    expect(why.documentId).toBe(`org#${id}`);

    expect(hop(detachOrgPolicy(limited, id, unit), DEV, IN_MANAGEMENT)).toBe(true);
    const deleted = deleteOrgPolicy(limited, id);
    expect(hop(deleted, DEV, IN_MANAGEMENT)).toBe(true);
    expect(deleted.organization?.policies.map((p) => p.id)).toEqual(['p-FullAWSAccess']);
    expect(deleted.organization?.root.children?.[0]?.scps).toEqual(['p-FullAWSAccess']);
  });

  it('attaching the first SCP to an account keeps AWS’s FullAWSAccess beside it', () => {
    const s3Only = createOrgPolicy(placed, { kind: 'scp', name: 'S3', targetId: root });
    const id = s3Only.organization?.policies[1]?.id ?? '';
    // Edit the template into a Deny of S3 only: without FullAWSAccess kept, the account would allow nothing.
    const edited: Scenario = {
      ...s3Only,
      organization: {
        ...s3Only.organization!,
        root: { ...s3Only.organization!.root, scps: ['p-FullAWSAccess'] },
        policies: s3Only.organization!.policies.map((p) =>
          p.id === id
            ? {
                ...p,
                document: {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
                },
              }
            : p,
        ),
      },
    };
    const attached = attachOrgPolicy(edited, id, MEMBER);
    expect(attached.organization?.accountPolicies?.[MEMBER]?.scps).toEqual(['p-FullAWSAccess', id]);
    expect(hop(attached, DEV, IN_MANAGEMENT)).toBe(true);
    expect(checkAttachOrgPolicy(attached, id, MEMBER)).toBe('duplicate');
    expect(checkAttachOrgPolicy(attached, id, OUTSIDE)).toBe('notInOrganization');
  });

  it('keeps the rules AWS keeps: one SCP everywhere, AWS’s own policies stay', () => {
    expect(checkDetachOrgPolicy(placed, 'p-FullAWSAccess', root)).toBe('lastScp');
    expect(checkDeleteOrgPolicy(placed, 'p-FullAWSAccess')).toBe('fixedPolicy');
    expect(checkOrgPolicy(placed, { ...scp, name: 'has space' })).toBe('policyName');
    expect(checkOrgPolicy(placed, { ...scp, id: 'p-1' })).toBe('orgPolicyId');
    expect(checkOrgPolicy(placed, { ...scp, name: 'FullAWSAccess' })).toBe('duplicate');
    expect(checkOrgPolicy(story, scp)).toBe('noOrganization');
  });

  it('an RCP enables RCPFullAWSAccess at the root and keeps callers outside the organization out', () => {
    const trustsOutside = {
      ...placed,
      roles: [
        ...(placed.roles ?? []),
        aRole(arns.role(MEMBER, 'Vendor'), { trust: aTrustPolicy.forAccount(OUTSIDE) }),
      ],
    };
    const vendor = arns.role(MEMBER, 'Vendor');
    expect(hop(trustsOutside, OUTSIDE, vendor)).toBe(true);
    const guarded = createOrgPolicy(trustsOutside, { kind: 'rcp', name: 'OrgOnly', targetId: unit });
    const id = guarded.organization?.policies.at(-1)?.id ?? '';
    expect(guarded.organization?.root.rcps).toEqual(['p-RCPFullAWSAccess']);
    expect(guarded.organization?.root.children?.[0]?.rcps).toEqual(['p-RCPFullAWSAccess', id]);
    expect(errors(guarded)).toEqual([]);
    expect(hop(guarded, OUTSIDE, vendor)).toBe(false);
    expect(hop(guarded, BOSS, IN_MEMBER)).toBe(true);
    expect(checkDetachOrgPolicy(guarded, 'p-RCPFullAWSAccess', root)).toBe('fixedPolicy');
  });

  it('never edits in place', () => {
    const frozen = structuredClone(placed);
    createOrgPolicy(placed, scp);
    placeAccount(placed, MEMBER, root);
    deleteOrgPolicy(createOrgPolicy(placed, scp), newOrgPolicyId(placed, scp));
    expect(placed).toEqual(frozen);
  });
});
