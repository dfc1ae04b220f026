/** Effective permissions: what a node can do at the end of each chain, and who can reach a resource. */
export {
  ACCESS_LEVELS,
  catalogueService,
  type AccessLevel,
  type CatalogueAction,
  type CatalogueService,
  type RawActions,
  type RawResourceTypes,
  type ServiceCatalogue,
} from './catalogue';
export type { PermissionDecision, PermissionRow, PermissionsOptions, SessionPolicyLimit } from './types';
export { chainPermissions, permissionChains, sortRows, whatCanDo } from './whatCanDo';
export type { Chain, Session } from './chains';
export { whoCanAccess } from './whoCanAccess';
export { undecidedHops } from './undecidedHops';
export { servicesNeeded } from './servicesNeeded';
export { accessEdges } from './accessEdges';
export { explainPermission, type PermissionRequest } from './explainPermission';
