/**
 * AWS Organizations, from the one JSON shape docs/importing.md shows how to assemble
 * (describe-organization, list-roots, list-organizational-units-for-parent,
 * list-accounts-for-parent, list-policies, describe-policy, list-targets-for-policy).
 * Only SCPs and RCPs matter for trust chains; other policy types are left out.
 */
import type { AccountSpec, OrgPolicySpec, OrgUnitSpec, OrganizationSpec } from '../model/scenario';
import { readPolicyDocument, splitArn } from './common';
import { elements, isObject, prop, propStr, type Located, type Reporter } from './located';
import type { ScenarioFragment } from './types';

interface UnitEntry {
  id: string;
  name: string;
  parentId: string;
  loc: Located;
}

const POLICY_TYPES = new Set(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);

function readEntries(list: Located | undefined, what: string, reporter: Reporter): UnitEntry[] {
  const entries: UnitEntry[] = [];
  for (const item of elements(list)) {
    const id = propStr(item, 'Id');
    const parentId = propStr(item, 'ParentId');
    if (id === undefined || parentId === undefined) {
      reporter.error('org-entry-incomplete', { list: what }, item);
      continue;
    }
    entries.push({ id, name: propStr(item, 'Name') ?? id, parentId, loc: item });
  }
  return entries;
}

/** o-… and the management account: from describe-organization, else from the root ARN (arn:aws:organizations::MGMT:root/o-…/r-…). */
function organizationIdentity(
  doc: Located,
  rootLoc: Located | undefined,
): { id?: string; management?: string } {
  const org = prop(doc, 'Organization');
  let id = propStr(org, 'Id');
  let management = propStr(org, 'MasterAccountId') ?? propStr(org, 'ManagementAccountId');
  const rootArn = propStr(rootLoc, 'Arn');
  const parts = rootArn === undefined ? undefined : splitArn(rootArn);
  if (parts) {
    id ??= parts.resource.split('/')[1];
    if (/^\d{12}$/.test(parts.account)) management ??= parts.account;
  }
  return { ...(id === undefined ? {} : { id }), ...(management === undefined ? {} : { management }) };
}

export function importOrganization(doc: Located, reporter: Reporter): ScenarioFragment {
  const roots = elements(prop(doc, 'Roots'));
  const rootLoc = roots[0];
  const rootId = propStr(rootLoc, 'Id');
  if (roots.length !== 1 || rootId === undefined) {
    reporter.error('org-roots-not-one', {}, prop(doc, 'Roots') ?? doc);
    return {};
  }
  const identity = organizationIdentity(doc, rootLoc);
  if (identity.id === undefined || identity.management === undefined) {
    reporter.error('org-identity-unknown', {}, doc);
    return {};
  }
  const root: OrgUnitSpec = { id: rootId, name: propStr(rootLoc, 'Name') ?? 'Root' };
  const units = new Map<string, OrgUnitSpec>([[rootId, root]]);
  const ouEntries = readEntries(prop(doc, 'OrganizationalUnits'), 'OrganizationalUnits', reporter);
  for (const entry of ouEntries) units.set(entry.id, { id: entry.id, name: entry.name });
  // Attach each OU to its parent; a parent chain that never reaches the root (a typo or a cycle) is reported.
  for (const entry of ouEntries) {
    const parent = units.get(entry.parentId);
    const unit = units.get(entry.id);
    if (!parent || !unit || !reachesRoot(entry.id, ouEntries, rootId)) {
      reporter.warning('org-unit-detached', { unit: entry.id, parent: entry.parentId }, entry.loc);
      units.delete(entry.id);
      continue;
    }
    (parent.children ??= []).push(unit);
  }
  const accounts: AccountSpec[] = [];
  for (const entry of readEntries(prop(doc, 'Accounts'), 'Accounts', reporter)) {
    if (!/^\d{12}$/.test(entry.id)) {
      reporter.error('org-account-id-invalid', { account: entry.id }, prop(entry.loc, 'Id'));
      continue;
    }
    accounts.push({ id: entry.id, name: entry.name });
    const parent = units.get(entry.parentId);
    if (parent) (parent.accounts ??= []).push(entry.id);
    else
      reporter.warning('org-account-outside-tree', { account: entry.id, parent: entry.parentId }, entry.loc);
  }
  const policies: OrgPolicySpec[] = [];
  const accountPolicies: NonNullable<OrganizationSpec['accountPolicies']> = {};
  const accountIds = new Set(accounts.map((a) => a.id));
  for (const item of elements(prop(doc, 'Policies'))) {
    // Accept describe-policy's `{ Policy: { PolicySummary, Content } }` as well as the flat form.
    const body = prop(item, 'Policy') ?? item;
    const summary = prop(body, 'PolicySummary');
    const id = propStr(summary, 'Id');
    const type = propStr(summary, 'Type');
    if (id === undefined || type === undefined) {
      reporter.error('org-policy-without-summary', {}, summary ?? item);
      continue;
    }
    if (!POLICY_TYPES.has(type)) continue;
    const document = readPolicyDocument(prop(body, 'Content'), reporter, {
      subject: 'organization-policy',
      name: id,
    });
    if (document === undefined) {
      if (!prop(body, 'Content')) reporter.error('org-policy-without-content', { policy: id }, body);
      continue;
    }
    const scp = type === 'SERVICE_CONTROL_POLICY';
    policies.push({
      id,
      name: propStr(summary, 'Name') ?? id,
      type: scp ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY',
      document,
    });
    for (const target of elements(prop(item, 'Targets'))) {
      const targetId = propStr(target, 'TargetId');
      const unit = targetId === undefined ? undefined : units.get(targetId);
      if (unit) (scp ? (unit.scps ??= []) : (unit.rcps ??= [])).push(id);
      else if (targetId !== undefined && accountIds.has(targetId)) {
        const slot = (accountPolicies[targetId] ??= {});
        (scp ? (slot.scps ??= []) : (slot.rcps ??= [])).push(id);
      } else if (targetId === undefined)
        reporter.warning('org-policy-target-without-id', { policy: id }, target);
      else reporter.warning('org-policy-target-missing', { policy: id, target: targetId }, target);
    }
  }
  const organization: OrganizationSpec = {
    id: identity.id,
    managementAccountId: identity.management,
    root,
    policies,
  };
  if (Object.keys(accountPolicies).length > 0) organization.accountPolicies = accountPolicies;
  return { organization, accounts };
}

function reachesRoot(id: string, entries: UnitEntry[], rootId: string): boolean {
  const parentOf = new Map(entries.map((e) => [e.id, e.parentId]));
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    if (current === rootId) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/** Whether a JSON value looks like this file shape rather than a GAAD file (both have "Policies"). */
export function looksLikeOrganization(doc: Located): boolean {
  if (!isObject(doc)) return false;
  return (
    ['Organization', 'Roots', 'OrganizationalUnits'].some((key) => prop(doc, key) !== undefined) ||
    elements(prop(doc, 'Policies')).some(
      (p) => prop(p, 'PolicySummary') !== undefined || prop(p, 'Policy') !== undefined,
    )
  );
}
