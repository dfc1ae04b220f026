import {
  chainPermissions,
  explainPermission,
  permissionChains,
  sortRows,
  whoCanAccess,
  type Analysis,
  type PermissionRow,
  type PreparedScenario,
} from '../engine';
import type { EngineMethods, Handlers } from './protocol';
import { loadServiceCatalogue } from './serviceCatalogue';

type PermissionMethods = Pick<EngineMethods, 'permissions' | 'whoCanAccess' | 'explainPermission'>;

/** The nearest chains a node's panel fills in: a node can reach thousands of roles. */
const MAX_CHAINS = 50;

/** Effective permissions against the latest analysis: what a node can do, who can reach a resource, a row's trace. */
export function permissionHandlers(
  current: () => { analysis: Analysis; prepared: PreparedScenario },
): Handlers<PermissionMethods> {
  return {
    permissions: async ({ node, includeDenied }, { progress }) => {
      const catalogue = await loadServiceCatalogue();
      const { analysis, prepared } = current();
      const chains = permissionChains(prepared, analysis, node);
      const shown = chains.slice(0, MAX_CHAINS);
      const rows: PermissionRow[] = [];
      shown.forEach((chain, i) => {
        rows.push(...chainPermissions(prepared, analysis, catalogue, chain, { includeDenied }));
        progress(i + 1, shown.length, 'Effective permissions');
      });
      return { rows: sortRows(rows), chains: chains.length, chainsShown: shown.length };
    },
    whoCanAccess: async ({ resource, includeDenied }) => {
      const catalogue = await loadServiceCatalogue();
      const { analysis, prepared } = current();
      return { rows: whoCanAccess(prepared, analysis, catalogue, resource, { includeDenied }) };
    },
    explainPermission: (request) => {
      const { analysis, prepared } = current();
      return { result: explainPermission(prepared, analysis, request) ?? null };
    },
  };
}
