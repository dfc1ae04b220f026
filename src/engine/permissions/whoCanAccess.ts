/**
 * Who can reach a resource: every user and role whose session can act on it (its identity policies
 * or the resource's policy allowing an action of the resource's type), then every node that
 * becomes that user or role through a chain (a pod, its role, a role in another account).
 */
import type { PreparedScenario } from '../graph/prepareScenario';
import type { Analysis } from '../graph/types';
import {
  indexCatalogue,
  type IndexedAction,
  type IndexedCatalogue,
  type ServiceCatalogue,
} from './catalogue';
import { chainsTo, edgeIndex, type Chain } from './chains';
import { allowsAction } from './expandActions';
import { sessionInputs, type Target } from './sessionRequest';
import { actionRows } from './sessionRows';
import { scenarioTargets, withoutPolicy } from './targets';
import type { PermissionRow, PermissionsOptions } from './types';
import { sortRows } from './whatCanDo';

export function whoCanAccess(
  prepared: PreparedScenario,
  analysis: Analysis,
  catalogue: ServiceCatalogue,
  resource: string,
  options: PermissionsOptions = {},
): PermissionRow[] {
  const cat = indexCatalogue(catalogue);
  const index = edgeIndex(analysis);
  const targetsOf = resourceTargets(prepared, cat, resource);
  const actions = actionsOn(cat, targetsOf, options);
  const policies = [
    ...new Set(actions.flatMap((a) => targetsOf(a).flatMap((t) => (t.policy ? [t.policy] : [])))),
  ];
  const rows: PermissionRow[] = [];
  for (const principal of prepared.principals.values()) {
    const candidates = actions.filter(
      (a) => allowsAction(principal.identityPolicies, cat, a.index) || allowsAction(policies, cat, a.index),
    );
    if (candidates.length === 0) continue;
    // Chains that bring the same session tags and MFA decide alike: decided once, worded per chain.
    const decided = new Map<string, PermissionRow[]>();
    for (const chain of chainsTo(prepared, index, principal.arn)) {
      const key = `${chain.session.mfa}|${JSON.stringify(chain.session.tags)}`;
      let own = decided.get(key);
      if (!own) {
        const s = sessionInputs(prepared, chain.session);
        own = candidates.flatMap((action) =>
          actionRows(
            prepared,
            s,
            chain,
            { action, targets: targetsOf(action) },
            options.includeDenied === true,
          ),
        );
        decided.set(key, own);
      }
      rows.push(...own.map((row) => onChain(row, chain)));
    }
  }
  return sortRows(rows);
}

/** A row decided for one chain, said of another that ends in the same session. */
function onChain(row: PermissionRow, chain: Chain): PermissionRow {
  return { ...row, principal: chain.via[0] as string, via: chain.via, viaConditions: chain.conditions };
}

/** The actions of the catalogue that act on the resource (one action, or one service's, when asked). */
function actionsOn(
  cat: IndexedCatalogue,
  targetsOf: (action: IndexedAction) => Target[],
  options: PermissionsOptions,
): IndexedAction[] {
  const action = options.action?.toLowerCase();
  const service = options.service?.toLowerCase();
  return cat.actions.filter(
    (a) =>
      (action === undefined || a.lower === action) &&
      (service === undefined || a.service === service) &&
      targetsOf(a).length > 0,
  );
}

/**
 * The resource as each action names it: a scenario resource (a bucket and its objects), a role (its
 * trust policy deciding STS actions only), or an ARN outside the scenario.
 */
function resourceTargets(
  prepared: PreparedScenario,
  cat: IndexedCatalogue,
  arn: string,
): (action: IndexedAction) => Target[] {
  const scenario = scenarioTargets(prepared, cat);
  const role = scenario.roles.get(arn);
  if (role) {
    const plain = withoutPolicy(role);
    return (a) => (a.takes(arn) ? [a.service === 'sts' ? role : plain] : []);
  }
  const own = scenario.all.filter((t) => t.node === arn);
  const targets = own.length > 0 ? own : [{ arn }];
  return (a) => targets.filter((t) => a.takes(t.arn));
}
