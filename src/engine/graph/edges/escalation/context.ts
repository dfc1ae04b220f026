/**
 * What every technique asks of the scenario, indexed once per analysis: the roles, users, groups,
 * instances and functions of each account (IAM calls act in the caller's own account, and a role
 * is passed only to a service of its account), and the hops every caller shares (a service's way
 * into a role), decided once.
 */
import {
  accountOfArn,
  instanceArn,
  instanceRoleOf,
  type GroupSpec,
  type RoleSpec,
  type UserSpec,
} from '../../../../model/scenario';
import type { PreparedPrincipal, PreparedScenario } from '../../analysis/prepareScenario';
import { evaluateHop, type HopOutcome } from '../../hops/evaluateHop';
import { trustNames } from '../../hops/trustIndex';
import type { ContextValue } from '../../../types';

export interface Workload {
  arn: string;
  /** The role it runs as, when the scenario holds it. */
  role: PreparedPrincipal;
  /** Instances: the id, for the CLI. */
  label: string;
  region: string;
}

export interface EscalationContext {
  prepared: PreparedScenario;
  counter: { evaluations: number };
  rolesIn(account: string): readonly PreparedPrincipal[];
  usersIn(account: string): readonly PreparedPrincipal[];
  groupsIn(account: string): readonly GroupSpec[];
  instancesIn(account: string): readonly Workload[];
  functionsIn(account: string): readonly Workload[];
  roleSpec(arn: string): RoleSpec | undefined;
  userSpec(arn: string): UserSpec | undefined;
  /** The region new resources are made in: that of the account's first instance or function. */
  regionOf(account: string): string;
  /**
   * Whether `service` may assume `role` (with `source` as aws:SourceArn), decided once; undefined
   * when the trust cannot name the service at all.
   */
  serviceHop(service: string, role: PreparedPrincipal, source?: string): HopOutcome | undefined;
  /** A caller's request decided once, though several techniques send it (calls.ts). */
  once(key: string, decide: () => HopOutcome): HopOutcome;
  /**
   * Starts the next caller: the requests `once` kept are the last caller's alone (their keys start
   * with its ARN), so they are let go rather than held to the end of the pass.
   */
  nextCaller(): void;
}

const DEFAULT_REGION = 'us-east-1';

function grouped<T>(items: readonly T[], accountOf: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const account = accountOf(item);
    if (account === undefined) continue;
    const list = out.get(account);
    if (list) list.push(item);
    else out.set(account, [item]);
  }
  return out;
}

export function escalationContext(
  prepared: PreparedScenario,
  counter: { evaluations: number },
): EscalationContext {
  const { scenario } = prepared;
  const roles = grouped(prepared.roles, (r) => r.account);
  const users = grouped(prepared.users, (u) => u.account);
  const groups = grouped(scenario.groups ?? [], (g) => accountOfArn(g.arn));
  const roleOf = instanceRoleOf(scenario);
  // A role of another account never reaches the workload: it cannot be passed across accounts
  // (edgeNotes.ts, passrole-other-account), so such a workload gives nothing.
  const ownRole = (arn: string | undefined, account: string | undefined) => {
    const role = prepared.principals.get(arn ?? '');
    return role && role.account === account ? role : undefined;
  };
  const instances = grouped(
    (scenario.instances ?? []).flatMap((i): Workload[] => {
      const role = ownRole(roleOf(i), i.account);
      return role ? [{ arn: instanceArn(i), role, label: i.id, region: i.region }] : [];
    }),
    (w) => accountOfArn(w.arn),
  );
  const functions = grouped(
    (scenario.lambdaFunctions ?? []).flatMap((f): Workload[] => {
      const role = ownRole(f.roleArn, accountOfArn(f.arn));
      const region = f.arn.split(':')[3] ?? DEFAULT_REGION;
      return role ? [{ arn: f.arn, role, label: f.arn.split(':')[6] ?? f.arn, region }] : [];
    }),
    (w) => accountOfArn(w.arn),
  );
  const roleSpecs = new Map((scenario.roles ?? []).map((r) => [r.arn, r]));
  const userSpecs = new Map((scenario.users ?? []).map((u) => [u.arn, u]));
  const hops = new Map<string, HopOutcome>();
  const calls = new Map<string, HopOutcome>();
  return {
    prepared,
    counter,
    rolesIn: (account) => roles.get(account) ?? [],
    usersIn: (account) => users.get(account) ?? [],
    groupsIn: (account) => groups.get(account) ?? [],
    instancesIn: (account) => instances.get(account) ?? [],
    functionsIn: (account) => functions.get(account) ?? [],
    roleSpec: (arn) => roleSpecs.get(arn),
    userSpec: (arn) => userSpecs.get(arn),
    regionOf: (account) =>
      instances.get(account)?.[0]?.region ?? functions.get(account)?.[0]?.region ?? DEFAULT_REGION,
    once(key, decide) {
      let outcome = calls.get(key);
      if (!outcome) calls.set(key, (outcome = decide()));
      return outcome;
    },
    nextCaller: () => calls.clear(),
    serviceHop(service, role, source) {
      // A trust that names neither the service nor `*` (nor uses NotPrincipal) refuses it: most
      // roles of an account, not evaluated (hops/trustIndex.ts).
      const names = trustNames(role);
      if (!names.services.has(service) && !names.star && !names.notPrincipal) return undefined;
      const key = `${service}|${role.arn}|${source ?? ''}`;
      let outcome = hops.get(key);
      if (!outcome) {
        // As the workload edges ask it: the service, with the role's account (and the workload) as
        // its source (docs/trust-graph.md, "When each kind exists").
        const context: Record<string, ContextValue> = { ...prepared.sourceKeys(role.account) };
        if (source !== undefined) context['aws:SourceArn'] = source;
        outcome = evaluateHop(
          prepared,
          { principal: service, target: role, action: 'sts:AssumeRole', context, how: { mfa: false } },
          counter,
        );
        hops.set(key, outcome);
      }
      return outcome;
    },
  };
}
