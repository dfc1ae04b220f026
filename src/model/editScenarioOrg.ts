/**
 * The organization's structure, edited from the explorer: create the organization, add and delete
 * organizational units, place an account in the root, a unit or outside the organization. Like
 * editScenario.ts: pure, a new Scenario each time; `check…` names what is wrong with the input and
 * the edit throws on it. SCPs and RCPs are in editScenarioOrgPolicies.ts.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_ous.html
 */
import { FULL_AWS_ACCESS_SCP } from './builders';
import type { EditProblem } from './editScenario';
import type { OrganizationSpec, OrgUnitSpec, Scenario } from './scenario';
import { PATTERNS } from './validation/patterns';

function fail(problem: EditProblem | null): void {
  if (problem) throw new Error(`invalid input: ${problem}`);
}

/** The root or unit with this id, anywhere under `unit`. */
export function findUnit(unit: OrgUnitSpec, id: string): OrgUnitSpec | undefined {
  if (unit.id === id) return unit;
  for (const child of unit.children ?? []) {
    const found = findUnit(child, id);
    if (found) return found;
  }
  return undefined;
}

/** Every unit under and including `unit`, parents before children. */
export function allUnits(unit: OrgUnitSpec): OrgUnitSpec[] {
  return [unit, ...(unit.children ?? []).flatMap(allUnits)];
}

/** `unit` with every unit below it (itself included) replaced by `change(unit)`. */
export function mapUnits(unit: OrgUnitSpec, change: (u: OrgUnitSpec) => OrgUnitSpec): OrgUnitSpec {
  const children = unit.children?.map((c) => mapUnits(c, change));
  return change(children ? { ...unit, children } : unit);
}

/** The id of the root or unit holding the account directly; undefined outside the organization. */
export function placeOf(s: Scenario, account: string): string | undefined {
  const org = s.organization;
  return org && allUnits(org.root).find((u) => (u.accounts ?? []).includes(account))?.id;
}

const withOrganization = (s: Scenario, organization: OrganizationSpec): Scenario => ({ ...s, organization });

// ---------------------------------------------------------------------------------------------
// The organization

export interface OrganizationInput {
  /** `o-` and 4–32 lower-case letters or digits. */
  id: string;
  managementAccountId: string;
}

/** The root's id, derived from the organization's (AWS makes up both). */
export const rootIdOf = (organizationId: string) => `r-${organizationId.slice(2, 6)}`;

export function checkOrganization(s: Scenario, input: OrganizationInput): EditProblem | null {
  if (s.organization) return 'duplicate';
  if (!PATTERNS.organizationId.test(input.id)) return 'organizationId';
  return s.accounts.some((a) => a.id === input.managementAccountId) ? null : 'unknownAccount';
}

/**
 * Creates the organization with every account of the scenario in its root (as if each had joined)
 * and AWS's FullAWSAccess SCP attached to the root, as AWS does when SCPs are enabled
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
 */
export function createOrganization(s: Scenario, input: OrganizationInput): Scenario {
  fail(checkOrganization(s, input));
  return withOrganization(s, {
    id: input.id,
    managementAccountId: input.managementAccountId,
    root: {
      id: rootIdOf(input.id),
      name: 'Root',
      scps: [FULL_AWS_ACCESS_SCP.id],
      accounts: s.accounts.map((a) => a.id),
    },
    policies: [FULL_AWS_ACCESS_SCP],
  });
}

/** The scenario without its organization: no SCP or RCP applies any more. */
export function deleteOrganization(s: Scenario): Scenario {
  if (!s.organization) return s;
  const next = { ...s };
  delete next.organization;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Organizational units

export interface UnitInput {
  /** The root or unit the new unit goes under. */
  parentId: string;
  name: string;
  /** `ou-…-…`; made up from the name when empty. */
  id?: string;
}

/** A unit id for `name` that the organization does not use yet: `ou-ROOT-NAME`. */
export function unitIdFor(s: Scenario, name: string): string {
  const org = s.organization;
  const rootPart = (org?.root.id ?? 'r-root').slice(2);
  const slug = (name.toLowerCase().replace(/[^0-9a-z]/g, '') || 'unit').slice(0, 28).padEnd(4, '0');
  const taken = new Set(org ? allUnits(org.root).map((u) => u.id) : []);
  let id = `ou-${rootPart}-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `ou-${rootPart}-${slug}${n}`;
  return id;
}

export function checkUnit(s: Scenario, input: UnitInput): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  if (!input.name.trim()) return 'unitName';
  if (input.id && !PATTERNS.orgChildUnitId.test(input.id)) return 'orgUnitId';
  if (!findUnit(org.root, input.parentId)) return 'unknownUnit';
  return input.id && findUnit(org.root, input.id) ? 'duplicate' : null;
}

/**
 * Adds an empty unit under `parentId`. AWS attaches FullAWSAccess to every new unit, so the unit
 * starts with it whenever the organization has that policy.
 */
export function addUnit(s: Scenario, input: UnitInput): Scenario {
  fail(checkUnit(s, input));
  const org = s.organization as OrganizationSpec;
  const unit: OrgUnitSpec = { id: input.id || unitIdFor(s, input.name), name: input.name.trim() };
  if (org.policies.some((p) => p.id === FULL_AWS_ACCESS_SCP.id)) unit.scps = [FULL_AWS_ACCESS_SCP.id];
  const root = mapUnits(org.root, (u) =>
    u.id === input.parentId ? { ...u, children: [...(u.children ?? []), unit] } : u,
  );
  return withOrganization(s, { ...org, root });
}

/** Why the unit cannot be deleted: AWS deletes only an empty unit (no accounts, no child units). */
export function checkRemoveUnit(s: Scenario, unitId: string): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  const unit = findUnit(org.root, unitId);
  if (!unit || unit === org.root) return 'unknownUnit';
  return (unit.accounts ?? []).length + (unit.children ?? []).length > 0 ? 'unitNotEmpty' : null;
}

export function removeUnit(s: Scenario, unitId: string): Scenario {
  fail(checkRemoveUnit(s, unitId));
  const org = s.organization as OrganizationSpec;
  const root = mapUnits(org.root, (u) => {
    const children = u.children?.filter((c) => c.id !== unitId);
    return children && children.length !== u.children?.length ? { ...u, children } : u;
  });
  return withOrganization(s, { ...org, root });
}

// ---------------------------------------------------------------------------------------------
// Accounts

/** Where an account goes: the id of the root or a unit, or `null` to leave the organization. */
export function checkPlacement(s: Scenario, account: string, targetId: string | null): EditProblem | null {
  const org = s.organization;
  if (!org) return 'noOrganization';
  if (!s.accounts.some((a) => a.id === account)) return 'unknownAccount';
  if (targetId !== null && !findUnit(org.root, targetId)) return 'unknownUnit';
  if (targetId === null && account === org.managementAccountId) return 'managementAccount';
  return placeOf(s, account) === (targetId ?? undefined) ? 'duplicate' : null;
}

/**
 * Moves the account to the root or a unit: an account is in exactly one place. Leaving the
 * organization also drops the policies attached to the account itself, as AWS does.
 */
export function placeAccount(s: Scenario, account: string, targetId: string | null): Scenario {
  fail(checkPlacement(s, account, targetId));
  const org = s.organization as OrganizationSpec;
  const root = mapUnits(org.root, (u) => {
    const accounts = (u.accounts ?? []).filter((a) => a !== account);
    if (u.id === targetId) accounts.push(account);
    if (accounts.length === (u.accounts ?? []).length && u.id !== targetId) return u;
    const next: OrgUnitSpec = { ...u, accounts };
    if (accounts.length === 0) delete next.accounts;
    return next;
  });
  const next: OrganizationSpec = { ...org, root };
  if (targetId === null && org.accountPolicies?.[account]) {
    const { [account]: _left, ...rest } = org.accountPolicies;
    void _left;
    next.accountPolicies = rest;
  }
  return withOrganization(s, next);
}
