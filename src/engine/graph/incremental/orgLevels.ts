/**
 * The SCP and RCP levels of each account: the organization's root, the OUs down to the account, and
 * the account itself, each with the policies attached there.
 */
import type { OrgUnitSpec, Scenario } from '../../../model/scenario';
import { compilePolicy, type CompiledPolicy } from '../../evaluate/compilePolicy';
import type { OrgLevel } from '../../evaluate/types';
import { parsePolicyValue } from '../../policy/parsePolicy';

export type Levels = (account: string) => OrgLevel<CompiledPolicy>[] | undefined;

const fullAccess = (kind: 'scp' | 'rcp', name: string): CompiledPolicy => {
  const parsed = parsePolicyValue(
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', ...(kind === 'rcp' ? { Principal: '*' } : {}), Action: '*', Resource: '*' },
      ],
    },
    kind,
  );
  return compilePolicy(parsed.policy ?? { statements: [] }, kind, name);
};

/** The defaults AWS attaches where nothing else is: what an unlisted level carries. */
const FULL_ACCESS = {
  scps: fullAccess('scp', 'FullAWSAccess (default)'),
  rcps: fullAccess('rcp', 'RCPFullAWSAccess (default)'),
};

/** The units from the root down to each account of the organization, by account. */
export function unitPaths(scenario: Scenario): Map<string, OrgUnitSpec[]> {
  const path = new Map<string, OrgUnitSpec[]>();
  const walk = (unit: OrgUnitSpec, above: OrgUnitSpec[]) => {
    const here = [...above, unit];
    for (const account of unit.accounts ?? []) path.set(account, here);
    for (const child of unit.children ?? []) walk(child, here);
  };
  if (scenario.organization) walk(scenario.organization.root, []);
  return path;
}

/** The accounts of the organization, its management account included; undefined without one. */
export function organizationMembers(scenario: Scenario): Set<string> | undefined {
  const org = scenario.organization;
  return org && new Set([org.managementAccountId, ...unitPaths(scenario).keys()]);
}

/**
 * Each account's levels, from the organization's structure and the compiled documents (`org#ID`),
 * built once per account on first ask: every hop asks.
 */
export function organizationLevels(
  scenario: Scenario,
  compiled: ReadonlyMap<string, CompiledPolicy | undefined>,
  path: ReadonlyMap<string, OrgUnitSpec[]> = unitPaths(scenario),
): { scpLevels: Levels; rcpLevels: Levels } {
  const org = scenario.organization;
  // A policy counts only where its type belongs: an SCP listed among a unit's RCPs is not one of them.
  const types = new Map((org?.policies ?? []).map((p) => [p.id, p.type]));
  const TYPE = { scps: 'SERVICE_CONTROL_POLICY', rcps: 'RESOURCE_CONTROL_POLICY' } as const;
  const orgPolicy = (id: string, which: 'scps' | 'rcps') =>
    types.get(id) === TYPE[which] ? compiled.get(`org#${id}`) : undefined;
  const enabled = {
    scps: (org?.policies ?? []).some((p) => p.type === 'SERVICE_CONTROL_POLICY'),
    rcps: (org?.policies ?? []).some((p) => p.type === 'RESOURCE_CONTROL_POLICY'),
  };
  const levels = (account: string, which: 'scps' | 'rcps'): OrgLevel<CompiledPolicy>[] | undefined => {
    // The management account is outside SCPs and RCPs; so is any account outside the organization,
    // and a mechanism with no policy in the organization is not enabled.
    if (!org || account === org.managementAccountId || !enabled[which]) return undefined;
    const units = path.get(account);
    if (!units) return undefined;
    // AWS keeps at least one policy on every root, OU and account (FullAWSAccess / RCPFullAWSAccess
    // by default), so a level the scenario lists nothing for is read as carrying that default.
    const level = (orgIdentifier: string, ids: string[] | undefined) => {
      const policies = (ids ?? []).flatMap((id) => orgPolicy(id, which) ?? []);
      return { orgIdentifier, policies: policies.length > 0 ? policies : [FULL_ACCESS[which]] };
    };
    return [
      ...units.map((unit) => level(unit.id, unit[which])),
      level(account, org.accountPolicies?.[account]?.[which]),
    ];
  };
  const cache = {
    scps: new Map<string, OrgLevel<CompiledPolicy>[] | null>(),
    rcps: new Map<string, OrgLevel<CompiledPolicy>[] | null>(),
  };
  // Asked for every hop: one lookup, the accounts outside every level held as null.
  const cached = (account: string, which: 'scps' | 'rcps') => {
    const known = cache[which];
    let answer = known.get(account);
    if (answer === undefined) known.set(account, (answer = levels(account, which) ?? null));
    return answer ?? undefined;
  };
  return {
    scpLevels: (account) => cached(account, 'scps'),
    rcpLevels: (account) => cached(account, 'rcps'),
  };
}
