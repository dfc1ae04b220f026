import {
  accessEdges,
  chainPermissions,
  explainPermission,
  permissionChains,
  servicesNeeded,
  sortRows,
  whoCanAccess,
  type Analysis,
  type PermissionRow,
  type PreparedScenario,
} from '../engine';
import type { EngineMethods, Handlers } from './protocol';
import { everyServiceLoaded, loadServiceCatalogue } from './serviceCatalogue';

type PermissionMethods = Pick<EngineMethods, 'permissions' | 'whoCanAccess' | 'explainPermission'>;

/**
 * The nearest chains a node's panel fills in, and the rows it stops adding chains after: a node can
 * reach thousands of roles, each with the whole catalogue when it is an administrator.
 */
const MAX_CHAINS = 50;
const ROW_BUDGET = 30_000;

/** Effective permissions against the latest analysis: what a node can do, who can reach a resource, a row's trace. */
export function permissionHandlers(
  current: () => { analysis: Analysis; prepared: PreparedScenario },
): Handlers<PermissionMethods> {
  return {
    permissions: async ({ node, includeDenied }, { progress }) => {
      const catalogue = await catalogueForLatest(current);
      const { analysis, prepared } = current();
      const chains = permissionChains(prepared, analysis, node);
      const nearest = chains.slice(0, MAX_CHAINS);
      const rows: PermissionRow[] = [];
      let shown = 0;
      while (shown < nearest.length && rows.length < ROW_BUDGET) {
        const chain = nearest[shown++] as (typeof nearest)[number];
        for (const row of chainPermissions(prepared, analysis, catalogue, chain, { includeDenied }))
          rows.push(row);
        progress(shown, nearest.length, 'permissions');
      }
      return { rows: sortRows(rows), chains: chains.length, chainsShown: shown };
    },
    whoCanAccess: async ({ resource, includeDenied }) => {
      const catalogue = await catalogueForLatest(current);
      const { analysis, prepared } = current();
      return { rows: whoCanAccess(prepared, analysis, catalogue, resource, { includeDenied }) };
    },
    explainPermission: (request) => {
      const { analysis, prepared } = current();
      return { result: explainPermission(prepared, analysis, request) ?? null };
    },
  };
}

/**
 * The catalogue with every service the latest analysis's policies name; asked again once loaded, in
 * case a newer analysis landed meanwhile and names more.
 */
async function catalogueForLatest(current: () => { prepared: PreparedScenario }) {
  await loadServiceCatalogue(servicesNeeded(current().prepared));
  return loadServiceCatalogue(servicesNeeded(current().prepared));
}

/** Above this many principal and resource pairs the access layer is left out: each pair is decided. */
const ACCESS_LAYER_BUDGET = 200_000;

/**
 * The analysis with the graph's access layer added: an edge from each user or role to each resource
 * its session can act on (hidden until the Access edge kind is shown). Unchanged when the scenario
 * has no resource, is too big, or the service reference cannot be loaded.
 */
export async function withAccessEdges(analysis: Analysis, prepared: PreparedScenario): Promise<Analysis> {
  const resources = prepared.scenario.resources?.length ?? 0;
  if (resources === 0 || resources * prepared.principals.size > ACCESS_LAYER_BUDGET) return analysis;
  const needed = servicesNeeded(prepared);
  // A policy naming every service needs the whole reference (900 files): the graph is not held
  // back for it; it loads meanwhile, and the next analysis has the layer.
  if (needed === 'all' && !everyServiceLoaded()) {
    loadServiceCatalogue('all').catch(() => undefined);
    return analysis;
  }
  try {
    const catalogue = await loadServiceCatalogue(needed);
    return { ...analysis, edges: [...analysis.edges, ...accessEdges(prepared, analysis, catalogue)] };
  } catch {
    return analysis;
  }
}
