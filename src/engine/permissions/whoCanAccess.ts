/**
 * Who can reach a resource: every user and role whose session can act on it (its identity policies
 * or the resource's policy allowing an action of the resource's type), then every node that
 * becomes that user or role through a chain (a pod, its role, a role in another account), and
 * every user that reaches it by joining a group whose policies allow it (joinedGroup.ts).
 */
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { Analysis } from '../graph/types';
import {
  indexCatalogue,
  type IndexedAction,
  type IndexedCatalogue,
  type ServiceCatalogue,
} from './catalogue';
import { arnAccount } from '../match/arn';
import { chainsTo, edgeIndex, joinEdges, ownChain, type Chain, type EdgeIndex } from './chains';
import { joinedGroup } from '../graph/analysis/joinedGroup';
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
  const actions = actionsOn(cat, resource, targetsOf, options);
  const owner = resourceOwner(prepared, resource);
  const policies = [
    ...new Set(actions.flatMap((a) => targetsOf(a).flatMap((t) => (t.policy ? [t.policy] : [])))),
  ];
  // Who may assume a role is what the trust graph's edges into it say.
  const isRole = prepared.principals.get(resource)?.kind === 'role';
  const assumers = new Set((index.into.get(resource) ?? []).map((e) => e.from));
  const rows: PermissionRow[] = [];
  for (const principal of prepared.principals.values()) {
    // A resource policy alone grants only within its own account; across accounts, and for the
    // rest, the principal's own policies must allow too
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
    const candidates = actions.filter((a) =>
      isRole && a.service === 'sts'
        ? assumers.has(principal.arn)
        : allowsAction(principal.identityPolicies, a) ||
          (principal.account === owner && allowsAction(policies, a)),
    );
    if (candidates.length === 0) continue;
    const chains = options.direct
      ? [ownChain(prepared, index, principal)]
      : chainsTo(prepared, index, principal.arn);
    rows.push(...sessionRows(prepared, chains, candidates, targetsOf, options));
  }
  if (!options.direct) rows.push(...joinRows(prepared, index, actions, targetsOf, options));
  return sortRows(rows);
}

/**
 * The rows of users that join a group, for what the group's policies add: every chain that ends in
 * the user, then its join (the rest is the user's own chains' rows).
 */
function joinRows(
  prepared: PreparedScenario,
  index: EdgeIndex,
  actions: readonly IndexedAction[],
  targetsOf: (action: IndexedAction) => Target[],
  options: PermissionsOptions,
): PermissionRow[] {
  const rows: PermissionRow[] = [];
  for (const join of joinEdges(index)) {
    const candidates = actions.filter((a) => allowsAction(joinedGroup(prepared, join.to).policies, a));
    if (candidates.length === 0) continue;
    const chains = chainsTo(prepared, index, join.from, join);
    rows.push(...sessionRows(prepared, chains, candidates, targetsOf, options));
  }
  return rows;
}

/**
 * The rows of chains that end in one session. Chains that bring the same session tags and MFA,
 * through the same profile's session policies, decide alike: decided once, said of each chain.
 */
function sessionRows(
  prepared: PreparedScenario,
  chains: readonly Chain[],
  candidates: readonly IndexedAction[],
  targetsOf: (action: IndexedAction) => Target[],
  options: PermissionsOptions,
): PermissionRow[] {
  const rows: PermissionRow[] = [];
  const decided = new Map<string, PermissionRow[]>();
  for (const chain of chains) {
    const key = `${chain.session.mfa}|${JSON.stringify(chain.session.tags)}|${chain.session.profile?.profile ?? ''}`;
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
  return rows;
}

/** The account that owns the resource: a scenario resource's, a role's, or its ARN's. */
function resourceOwner(prepared: PreparedScenario, arn: string): string | undefined {
  const spec = (prepared.scenario.resources ?? []).find((r) => r.arn === arn);
  return spec?.accountId ?? prepared.principals.get(arn)?.account ?? (arnAccount(arn) || undefined);
}

/** A row decided for one chain, said of another that ends in the same session. */
function onChain(row: PermissionRow, chain: Chain): PermissionRow {
  return {
    ...row,
    principal: chain.via[0] as string,
    via: chain.via,
    hops: chain.hops,
    viaConditions: chain.conditions,
  };
}

/** The actions of the catalogue that act on the resource (one action, or one service's, when asked). */
function actionsOn(
  cat: IndexedCatalogue,
  resource: string,
  targetsOf: (action: IndexedAction) => Target[],
  options: PermissionsOptions,
): IndexedAction[] {
  const action = options.action?.toLowerCase();
  const service = options.service?.toLowerCase();
  const owner = resource.split(':')[2] ?? '';
  return (cat.byResourceService.get(owner) ?? []).flatMap((i) => {
    const a = cat.actions[i] as IndexedAction;
    const wanted =
      (action === undefined || a.lower === action) &&
      (service === undefined || a.service === service) &&
      targetsOf(a).length > 0;
    return wanted ? [a] : [];
  });
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
