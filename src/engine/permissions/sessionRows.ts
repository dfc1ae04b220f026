/**
 * The rows of one chain's session: each candidate action decided on each of its targets, the
 * targets with the same outcome gathered into one row.
 */
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { IndexedAction, IndexedCatalogue } from './catalogue';
import type { Chain } from './chains';
import { decideTarget, type SessionInputs, type Target, type TargetDecision } from './sessionRequest';
import type { PermissionDecision, PermissionRow } from './types';

export interface ActionWork {
  action: IndexedAction;
  targets: readonly Target[];
}

/** The rows of one action for one chain, by outcome; implicit denials, and denials unless asked, left out. */
export function actionRows(
  prepared: PreparedScenario,
  s: SessionInputs,
  chain: Chain,
  work: ActionWork,
  includeDenied: boolean,
): PermissionRow[] {
  const groups = new Map<string, PermissionRow>();
  for (const target of work.targets) {
    const d = decideTarget(prepared, s, work.action.action, target);
    if (d.verdict === 'ImplicitlyDenied' || (d.verdict === 'ExplicitlyDenied' && !includeDenied)) continue;
    const key = groupKey(d);
    let row = groups.get(key);
    if (!row) groups.set(key, (row = newRow(chain, work.action, d.verdict, d)));
    row.resources.push(target.arn);
    if (target.name !== undefined) row.resourceNames.push(target.name);
    if (target.node !== undefined && !row.resourceNodes.includes(target.node))
      row.resourceNodes.push(target.node);
  }
  return [...groups.values()];
}

/** Rows of one outcome share their conditions (or their Deny statement). */
function groupKey(d: TargetDecision): string {
  if (d.verdict === 'Conditional')
    return `C|${d.conditions.map((c) => `${c.key}|${c.operator}|${c.values.join(',')}`).join(';')}`;
  if (d.verdict === 'ExplicitlyDenied')
    return `D|${d.deniedBy?.documentId ?? d.deniedBy?.policy ?? ''}|${d.deniedBy?.index ?? ''}`;
  return 'A';
}

function newRow(
  chain: Chain,
  action: IndexedAction,
  decision: PermissionDecision,
  d: TargetDecision,
): PermissionRow {
  const row: PermissionRow = {
    principal: chain.via[0] as string,
    via: chain.via,
    hops: chain.hops,
    action: action.action,
    service: action.service,
    accessLevel: action.accessLevel,
    decision,
    resources: [],
    resourceNames: [],
    resourceNodes: [],
    conditions: d.conditions,
    context: d.context,
    viaConditions: chain.conditions,
    reason: d.reason,
  };
  if (d.deniedBy) row.deniedBy = d.deniedBy;
  const profile = chain.session.profile;
  if (profile && profile.policies.length > 0)
    row.sessionPolicies = {
      profile: profile.profile,
      policies: profile.policies.map((p) => p.documentId ?? p.name),
    };
  return row;
}

/** Whether an action belongs to the asked service (any, when none is asked). */
export function inService(catalogue: IndexedCatalogue, service: string | undefined): (i: number) => boolean {
  if (service === undefined) return () => true;
  const wanted = service.toLowerCase();
  return (i) => catalogue.actions[i]?.service === wanted;
}
