import { useMemo } from 'react';
import { allUnits } from '../../../model/editScenarioOrg';
import type { OrganizationSpec } from '../../../model/scenario';
import { useOrganization, useScenarioAccounts } from '../../../state/selectors/scenario';

export interface Option {
  value: string;
  label: string;
}

/** Account display names by id. */
export function useAccountNames(): Map<string, string> {
  const accounts = useScenarioAccounts();
  return useMemo(() => new Map(accounts.map((a) => [a.id, a.name])), [accounts]);
}

/**
 * Where something can go in the organization: the root and its units (indented by depth) and,
 * with `accounts`, the accounts in the organization, each labelled with its name.
 */
export function useOrgPlaces(options: { accounts?: boolean } = {}): Option[] {
  const org = useOrganization();
  const names = useAccountNames();
  const withAccounts = options.accounts ?? false;
  return useMemo(() => {
    if (!org) return [];
    const out: Option[] = [];
    const walk = (unit: OrganizationSpec['root'], depth: number) => {
      out.push({ value: unit.id, label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name} (${unit.id})` });
      if (withAccounts)
        for (const a of unit.accounts ?? [])
          out.push({ value: a, label: `${'\u00a0\u00a0'.repeat(depth + 1)}${names.get(a) ?? a} (${a})` });
      for (const child of unit.children ?? []) walk(child, depth + 1);
    };
    walk(org.root, 0);
    return out;
  }, [org, names, withAccounts]);
}

/** How many places (root, units, accounts) each policy is attached at. */
export function useAttachmentCounts(): Map<string, number> {
  const org = useOrganization();
  return useMemo(() => {
    const counts = new Map<string, number>();
    const count = (ids: string[] | undefined) => {
      for (const id of ids ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    };
    for (const unit of org ? allUnits(org.root) : []) {
      count(unit.scps);
      count(unit.rcps);
    }
    for (const attached of Object.values(org?.accountPolicies ?? {})) {
      count(attached.scps);
      count(attached.rcps);
    }
    return counts;
  }, [org]);
}
