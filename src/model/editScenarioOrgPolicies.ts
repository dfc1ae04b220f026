/**
 * SCPs and RCPs, edited from the explorer: write a new one from a template, attach it to or detach
 * it from the root, a unit or an account, delete it (detached everywhere). Pure, like
 * editScenarioOrg.ts. AWS's rules kept here:
 * - every root, unit and account carries at least one SCP; FullAWSAccess is attached by default, so
 *   a level that lists none is read as carrying it (engine/graph/incremental/orgLevels.ts), and the first SCP
 *   attached there keeps FullAWSAccess beside it instead of silently replacing it;
 * - RCPFullAWSAccess is attached everywhere once RCPs are enabled and cannot be detached.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_attach.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 */
import { FULL_AWS_ACCESS_SCP, RCP_FULL_AWS_ACCESS } from './builders';
import type { EditProblem } from './editScenario';
import { findUnit, mapUnits, placeOf } from './editScenarioOrg';
import type { OrganizationSpec, OrgPolicySpec, Scenario } from './scenario';
import { PATTERNS } from './validation/patterns';

export type OrgPolicyKind = 'scp' | 'rcp';

const TYPE = { scp: 'SERVICE_CONTROL_POLICY', rcp: 'RESOURCE_CONTROL_POLICY' } as const;
const LIST = { scp: 'scps', rcp: 'rcps' } as const;
const DEFAULT = { scp: FULL_AWS_ACCESS_SCP, rcp: RCP_FULL_AWS_ACCESS } as const;

function fail(problem: EditProblem | null): void {
  if (problem) throw new Error(`invalid input: ${problem}`);
}

/** AWS's own FullAWSAccess and RCPFullAWSAccess: never deleted. */
export const isAwsDefaultPolicy = (policyId: string) =>
  policyId === FULL_AWS_ACCESS_SCP.id || policyId === RCP_FULL_AWS_ACCESS.id;

export const kindOf = (policy: OrgPolicySpec): OrgPolicyKind =>
  policy.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp';

/**
 * A first SCP to edit: denies sts:AssumeRole to every principal of the accounts below, except the
 * roles the condition names.
 */
export function scpTemplate(): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyAssumeRoleExceptBreakGlass',
        Effect: 'Deny',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/BreakGlass' } },
      },
    ],
  };
}

/** A first RCP to edit: only principals of this organization (and AWS services) may assume roles here. */
export function rcpTemplate(organizationId: string): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OnlyThisOrganizationAssumesRoles',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': organizationId },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        },
      },
    ],
  };
}

/** A `p-` id of eight letters and digits made from the name, unused in the organization. */
export function orgPolicyIdFor(s: Scenario, name: string): string {
  const taken = new Set((s.organization?.policies ?? []).map((p) => p.id));
  for (let salt = 0; ; salt++) {
    let h = 0x811c9dc5;
    for (const ch of `${name}#${salt}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    const id = `p-${h.toString(36).padStart(8, '0').slice(-8)}`;
    if (!taken.has(id)) return id;
  }
}

/** The attachment list of `kind` at a root, unit or account (by id), and a way to replace it. */
function levelOf(org: OrganizationSpec, targetId: string, kind: OrgPolicyKind) {
  const list = LIST[kind];
  if (PATTERNS.accountId.test(targetId)) {
    const attached = org.accountPolicies?.[targetId];
    return {
      ids: attached?.[list] ?? [],
      replace: (ids: string[]): OrganizationSpec => ({
        ...org,
        accountPolicies: { ...org.accountPolicies, [targetId]: { ...attached, [list]: ids } },
      }),
    };
  }
  const unit = findUnit(org.root, targetId);
  return {
    ids: unit?.[list] ?? [],
    replace: (ids: string[]): OrganizationSpec => ({
      ...org,
      root: mapUnits(org.root, (u) => (u.id === targetId ? { ...u, [list]: ids } : u)),
    }),
  };
}

/** Whether `targetId` is the root, a unit or an account of the organization. */
function targetProblem(s: Scenario, targetId: string): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  if (PATTERNS.accountId.test(targetId)) return placeOf(s, targetId) ? null : 'notInOrganization';
  return findUnit(org.root, targetId) ? null : 'unknownUnit';
}

/** The organization with its default policy of `kind` declared (AWS's own, always there once enabled). */
function withDefault(org: OrganizationSpec, kind: OrgPolicyKind): OrganizationSpec {
  const policy = DEFAULT[kind];
  if (org.policies.some((p) => p.id === policy.id)) return org;
  const next = { ...org, policies: [...org.policies, policy] };
  // Enabling RCPs attaches RCPFullAWSAccess to the root (and, read as the default, everywhere).
  return kind === 'rcp'
    ? { ...next, root: { ...next.root, rcps: [policy.id, ...(org.root.rcps ?? [])] } }
    : next;
}

export function checkAttachOrgPolicy(s: Scenario, policyId: string, targetId: string): EditProblem | null {
  const problem = targetProblem(s, targetId);
  if (problem) return problem;
  const org = s.organization as OrganizationSpec;
  const policy = org.policies.find((p) => p.id === policyId);
  if (!policy) return 'orgPolicyId';
  return levelOf(org, targetId, kindOf(policy)).ids.includes(policyId) ? 'duplicate' : null;
}

/**
 * Attaches an SCP or RCP at the root, a unit or an account. A level that listed nothing of that
 * kind carried AWS's default, which stays attached beside the new policy.
 */
export function attachOrgPolicy(s: Scenario, policyId: string, targetId: string): Scenario {
  fail(checkAttachOrgPolicy(s, policyId, targetId));
  let org = s.organization as OrganizationSpec;
  const kind = kindOf(org.policies.find((p) => p.id === policyId) as OrgPolicySpec);
  const { ids } = levelOf(org, targetId, kind);
  const fallback = DEFAULT[kind].id;
  if (ids.length === 0 && policyId !== fallback) org = withDefault(org, kind);
  const level = levelOf(org, targetId, kind);
  const start = level.ids.length === 0 && policyId !== fallback ? [fallback] : level.ids;
  return { ...s, organization: level.replace([...start, policyId]) };
}

export function checkDetachOrgPolicy(s: Scenario, policyId: string, targetId: string): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  const policy = org.policies.find((p) => p.id === policyId);
  if (!policy) return 'orgPolicyId';
  if (policyId === RCP_FULL_AWS_ACCESS.id) return 'fixedPolicy';
  const { ids } = levelOf(org, targetId, kindOf(policy));
  if (!ids.includes(policyId)) return 'unknownUnit';
  // AWS keeps at least one SCP on every root, unit and account.
  return kindOf(policy) === 'scp' && ids.length === 1 ? 'lastScp' : null;
}

export function detachOrgPolicy(s: Scenario, policyId: string, targetId: string): Scenario {
  fail(checkDetachOrgPolicy(s, policyId, targetId));
  const org = s.organization as OrganizationSpec;
  const policy = org.policies.find((p) => p.id === policyId) as OrgPolicySpec;
  const level = levelOf(org, targetId, kindOf(policy));
  return { ...s, organization: level.replace(level.ids.filter((id) => id !== policyId)) };
}

export interface OrgPolicyInput {
  kind: OrgPolicyKind;
  name: string;
  /** `p-…`; made up from the name when empty. */
  id?: string;
  /** Where it is attached first: the root, a unit or an account of the organization. */
  targetId: string;
}

export function checkOrgPolicy(s: Scenario, input: OrgPolicyInput): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  if (!PATTERNS.policyName.test(input.name)) return 'policyName';
  if (input.id && !PATTERNS.orgPolicyId.test(input.id)) return 'orgPolicyId';
  const target = targetProblem(s, input.targetId);
  if (target) return target;
  const taken = org.policies.some((p) => p.id === input.id || p.name === input.name);
  return taken ? 'duplicate' : null;
}

/** The id a new policy from `input` gets. */
export const newOrgPolicyId = (s: Scenario, input: OrgPolicyInput) =>
  input.id || orgPolicyIdFor(s, input.name);

/** Writes a new SCP or RCP from its template and attaches it at `targetId`. */
export function createOrgPolicy(s: Scenario, input: OrgPolicyInput): Scenario {
  fail(checkOrgPolicy(s, input));
  const org = withDefault(s.organization as OrganizationSpec, input.kind);
  const document = input.kind === 'scp' ? scpTemplate() : rcpTemplate(org.id);
  const policy: OrgPolicySpec = {
    id: newOrgPolicyId(s, input),
    name: input.name,
    type: TYPE[input.kind],
    document,
  };
  const next = { ...s, organization: { ...org, policies: [...org.policies, policy] } };
  return attachOrgPolicy(next, policy.id, input.targetId);
}

export function checkDeleteOrgPolicy(s: Scenario, policyId: string): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  if (isAwsDefaultPolicy(policyId)) return 'fixedPolicy';
  return org.policies.some((p) => p.id === policyId) ? null : 'orgPolicyId';
}

/**
 * Deletes an SCP or RCP, detaching it everywhere first (AWS asks for that by hand). A level left
 * with no SCP reads as carrying FullAWSAccess again.
 */
export function deleteOrgPolicy(s: Scenario, policyId: string): Scenario {
  fail(checkDeleteOrgPolicy(s, policyId));
  const org = s.organization as OrganizationSpec;
  const drop = (ids: string[] | undefined) => ids?.filter((id) => id !== policyId);
  const root = mapUnits(org.root, (u) => {
    const next = { ...u };
    if (u.scps) next.scps = drop(u.scps) ?? [];
    if (u.rcps) next.rcps = drop(u.rcps) ?? [];
    return next;
  });
  const next: OrganizationSpec = { ...org, root, policies: org.policies.filter((p) => p.id !== policyId) };
  if (org.accountPolicies)
    next.accountPolicies = Object.fromEntries(
      Object.entries(org.accountPolicies).map(([account, a]) => {
        const kept = { ...a };
        if (a.scps) kept.scps = drop(a.scps) ?? [];
        if (a.rcps) kept.rcps = drop(a.rcps) ?? [];
        return [account, kept];
      }),
    );
  return { ...s, organization: next };
}
