/**
 * The resources an action is decided on: the scenario's resources of a type the action acts on
 * (a bucket, and its objects as `BUCKET/*`), for STS actions the roles the trust graph has an edge
 * to (whose trust policy is their resource policy), and elsewhere the Resource patterns of the
 * statements that allow it.
 */
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import type { IndexedAction, IndexedCatalogue } from './catalogue';
import type { Target } from './sessionRequest';

/** The scenario's own targets, and which of them each action acts on (filled as actions are asked). */
export interface ScenarioTargets {
  all: readonly Target[];
  byArn: ReadonlyMap<string, Target>;
  /** Roles, with their trust policies. */
  roles: ReadonlyMap<string, Target>;
  forAction: (action: IndexedAction) => readonly Target[];
}

const made = new WeakMap<PreparedScenario, WeakMap<IndexedCatalogue, ScenarioTargets>>();

export function scenarioTargets(prepared: PreparedScenario, catalogue: IndexedCatalogue): ScenarioTargets {
  let byCatalogue = made.get(prepared);
  if (!byCatalogue) made.set(prepared, (byCatalogue = new WeakMap()));
  const hit = byCatalogue.get(catalogue);
  if (hit) return hit;
  const resources = resourceTargets(prepared);
  const roles = prepared.roles.map((role): Target => {
    const t: Target = { arn: role.arn, accountId: role.account, node: role.arn, name: nameOf(role.arn) };
    if (role.trust) t.policy = role.trust;
    return t;
  });
  const perAction = new Map<number, Target[]>();
  const forAction = (action: IndexedAction) => {
    let list = perAction.get(action.index);
    if (!list) {
      list = resources.filter((t) => action.takes(t.arn));
      perAction.set(action.index, list);
    }
    return list;
  };
  const all = [...resources, ...roles];
  const targets = {
    all,
    byArn: new Map(all.map((t) => [t.arn, t])),
    roles: new Map(roles.map((t) => [t.arn, t])),
    forAction,
  };
  byCatalogue.set(catalogue, targets);
  return targets;
}

function resourceTargets(prepared: PreparedScenario): Target[] {
  return (prepared.scenario.resources ?? []).flatMap((r) => {
    const self: Target = { arn: r.arn, node: r.arn, name: nameOf(r.arn) };
    if (r.accountId) self.accountId = r.accountId;
    const policy = prepared.resourcePolicies.get(r.arn);
    if (policy) self.policy = policy;
    if (r.type !== 's3') return [self];
    // A bucket policy governs the bucket and the objects in it
    // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html).
    return [self, { ...self, arn: `${r.arn}/*`, name: `${self.name}/*` }];
  });
}

/**
 * The target a request on `arn` names: a scenario resource or its objects with the resource's
 * policy, a role with its trust policy for STS actions, or the ARN alone.
 */
export function targetFor(prepared: PreparedScenario, action: string, arn: string): Target {
  const own = resourceTargets(prepared).find((t) => t.arn === arn);
  if (own) return own;
  const role = prepared.principals.get(arn);
  if (role?.kind !== 'role') return { arn };
  const t: Target = { arn, accountId: role.account, node: arn, name: nameOf(arn) };
  if (role.trust && action.toLowerCase().startsWith('sts:')) t.policy = role.trust;
  return t;
}

/** How the graph labels a resource or role: what follows the service's fields, or the role's name. */
export function nameOf(arn: string): string {
  if (arn.includes(':iam::')) return arn.slice(arn.lastIndexOf('/') + 1);
  return arn.split(':').slice(5).join(':') || arn;
}

/**
 * The targets an action is decided on for one session: the scenario's, then the patterns of the
 * statements allowing it that could name a resource of its type (`*` for an action that takes none).
 */
export function actionTargets(
  action: IndexedAction,
  scenario: ScenarioTargets,
  patterns: readonly string[],
  assumable: readonly string[],
): Target[] {
  const own = scenario.forAction(action);
  // Most actions of most sessions have one target, `*` or a pattern, and none of the scenario's.
  if (own.length === 0 && patterns.length === 1 && (action.service !== 'sts' || assumable.length === 0)) {
    const pattern = patterns[0] as string;
    return fits(action, pattern) ? [patternTarget(action, scenario, pattern)] : [];
  }
  const out = [...own];
  if (action.service === 'sts')
    for (const role of assumable) {
      const target = scenario.roles.get(role);
      if (target && action.takes(role)) out.push(target);
    }
  const seen = new Set(out.map((t) => t.arn));
  for (const pattern of patterns) {
    if (seen.has(pattern) || !fits(action, pattern)) continue;
    seen.add(pattern);
    out.push(patternTarget(action, scenario, pattern));
  }
  return out;
}

/** Whether a pattern could name a resource the action acts on (`*` for one that takes none). */
function fits(action: IndexedAction, pattern: string): boolean {
  return pattern === '*' || (!action.takesNoResource && action.takes(pattern));
}

/** The target a pattern names: a role or resource of the scenario when it is one's ARN. */
function patternTarget(action: IndexedAction, scenario: ScenarioTargets, pattern: string): Target {
  const role = scenario.roles.get(pattern);
  const own = role && action.service !== 'sts' ? withoutPolicy(role) : (role ?? scenario.byArn.get(pattern));
  return own ?? { arn: pattern };
}

/** A role named by a pattern, for an action its trust policy does not govern (IAM's, not STS's). */
export function withoutPolicy(target: Target): Target {
  const t: Target = { arn: target.arn };
  if (target.accountId !== undefined) t.accountId = target.accountId;
  if (target.node !== undefined) t.node = target.node;
  if (target.name !== undefined) t.name = target.name;
  return t;
}
