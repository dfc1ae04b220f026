/**
 * What a node can do: every catalogue action the session at the end of each of its chains can
 * perform after every policy that applies, with the resources it applies to. The candidates are
 * the actions some Allow could grant it (its identity policies, or a resource or trust policy of
 * the scenario); each is then decided by the engine on each resource it could act on.
 */
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis } from '../graph/types';
import { ACCESS_LEVELS, indexCatalogue, type IndexedCatalogue, type ServiceCatalogue } from './catalogue';
import { chainsFrom, edgeIndex, type Chain, type EdgeIndex } from './chains';
import { allowedPatterns, markAllowedActions } from './expandActions';
import { sessionInputs } from './sessionRequest';
import { actionRows, inService } from './sessionRows';
import { actionTargets, scenarioTargets } from './targets';
import type { PermissionRow, PermissionsOptions } from './types';

export function whatCanDo(
  prepared: PreparedScenario,
  analysis: Analysis,
  catalogue: ServiceCatalogue,
  node: string,
  options: PermissionsOptions = {},
): PermissionRow[] {
  const rows: PermissionRow[] = [];
  for (const chain of permissionChains(prepared, analysis, node).slice(0, options.maxChains))
    rows.push(...chainPermissions(prepared, analysis, catalogue, chain, options));
  return sortRows(rows);
}

/** The chains a node can take to a session that acts, nearest first: itself first when it acts. */
export function permissionChains(prepared: PreparedScenario, analysis: Analysis, node: string): Chain[] {
  return chainsFrom(prepared, edgeIndex(analysis), node);
}

/** The rows of one chain's session, unsorted: a caller filling a view chain by chain sorts at the end. */
export function chainPermissions(
  prepared: PreparedScenario,
  analysis: Analysis,
  catalogue: ServiceCatalogue,
  chain: Chain,
  options: PermissionsOptions = {},
): PermissionRow[] {
  return chainRows(prepared, indexCatalogue(catalogue), edgeIndex(analysis), chain, options);
}

/** Every row of one chain's session. */
function chainRows(
  prepared: PreparedScenario,
  cat: IndexedCatalogue,
  index: EdgeIndex,
  chain: Chain,
  options: PermissionsOptions,
): PermissionRow[] {
  const scenario = scenarioTargets(prepared, cat);
  // A chain that joins a group lists what the group's policies add: the rest is the user's own chain's.
  const joined = chain.session.joined;
  const granted = joined ? undefined : resourceGrants(prepared, cat);
  const wanted = inService(cat, options.service);
  const s = sessionInputs(prepared, chain.session);
  const policies = joined?.policies ?? chain.session.principal.identityPolicies;
  const marks = new Uint8Array(cat.actions.length);
  markAllowedActions(policies, cat, marks);
  const assumable = (index.out.get(chain.session.principal.arn) ?? []).map((e) => e.to);
  const rows: PermissionRow[] = [];
  for (let i = 0; i < marks.length; i++) {
    if ((marks[i] === 0 && (granted?.[i] ?? 0) === 0) || !wanted(i)) continue;
    const action = cat.actions[i] as IndexedCatalogue['actions'][number];
    const patterns = marks[i] === 1 ? allowedPatterns(policies, cat, i) : [];
    const targets = actionTargets(action, scenario, patterns, assumable);
    rows.push(...actionRows(prepared, s, chain, { action, targets }, options.includeDenied === true));
  }
  return rows;
}

const grants = new WeakMap<PreparedScenario, WeakMap<IndexedCatalogue, Uint8Array>>();

/** The actions some resource or trust policy of the scenario allows: candidates for every session. */
function resourceGrants(prepared: PreparedScenario, cat: IndexedCatalogue): Uint8Array {
  let byCatalogue = grants.get(prepared);
  if (!byCatalogue) grants.set(prepared, (byCatalogue = new WeakMap()));
  let marks = byCatalogue.get(cat);
  if (!marks) {
    marks = new Uint8Array(cat.actions.length);
    markAllowedActions([...prepared.resourcePolicies.values()], cat, marks);
    markAllowedActions(
      prepared.roles.flatMap((r) => (r.trust ? [r.trust] : [])),
      cat,
      marks,
    );
    byCatalogue.set(cat, marks);
  }
  return marks;
}

/** By service, then access level in the console's order, then action, then chain length. */
export function sortRows(rows: PermissionRow[]): PermissionRow[] {
  const level = (r: PermissionRow) => ACCESS_LEVELS.indexOf(r.accessLevel);
  return rows.sort(
    (a, b) =>
      a.service.localeCompare(b.service) ||
      level(a) - level(b) ||
      a.action.localeCompare(b.action) ||
      a.via.length - b.via.length ||
      a.via.join().localeCompare(b.via.join()) ||
      a.decision.localeCompare(b.decision),
  );
}
