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
export type { PermissionDecision, PermissionRow, PermissionsOptions } from './types';
export { whatCanDo } from './whatCanDo';
export { whoCanAccess } from './whoCanAccess';
export { explainPermission, type PermissionRequest } from './explainPermission';
