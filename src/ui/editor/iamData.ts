/**
 * The editor's view of the AWS service reference: the shared loader (worker/iamData.ts) and the
 * global condition keys. This module is imported dynamically (see policyProviders.ts), so even the
 * loader's glob tables stay out of the editor chunk.
 */
import {
  loadActions,
  loadConditionKeys,
  loadResourceTypes,
  loadServiceNames,
  loadServicesForConditionPrefix,
} from '../../worker/iamData';
import { globalConditionKeys } from './globalConditionKeys';
import type { IamSource } from './policyIntelligence';

export const iamData: IamSource = {
  serviceNames: loadServiceNames,
  servicesForConditionPrefix: loadServicesForConditionPrefix,
  actions: loadActions,
  resourceTypes: loadResourceTypes,
  conditionKeys: loadConditionKeys,
  globalConditionKeys: () => globalConditionKeys,
};
