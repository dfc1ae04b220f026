/**
 * AssumeRole edges: users and role sessions of the scenario into roles (same account, cross-account,
 * role chaining), accounts and principals outside the scenario, and service principals. A hop that
 * only a guardrail refuses is kept as a cut edge (cutHops.ts).
 */
import { assumption } from '../analysis/assumptions';
import type { CallerIndex } from '../hops/callerIndex';
import type { EdgeBuilder } from './edgeBuilder';
import { decideOrCut } from '../hops/cutHops';
import { OUTSIDE_IDENTITY, outsideAccountPrincipal, outsideCallerWords } from '../hops/evaluateHop';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import { addSessionEdges, rolesByName } from '../hops/sessionHops';
import { SharedHops } from '../hops/sharedHops';
import type { TrustNames } from '../hops/trustIndex';
import type { Assumption, EdgeKind, GraphNode } from '../types';

/** Services whose use of a role is drawn from the workload itself when the scenario has one. */
/** Up to this many callers asked for, each is asked of the index role by role (see `only`). */
const FEW_CALLERS = 64;

const WORKLOAD_EDGE: Record<string, EdgeKind> = {
  'ec2.amazonaws.com': 'InstanceProfile',
  'lambda.amazonaws.com': 'ExecutionRole',
  'ecs-tasks.amazonaws.com': 'ExecutionRole',
  'pods.eks.amazonaws.com': 'PodIdentity',
};

export function addAssumeRoleEdges(
  prepared: PreparedScenario,
  names: Map<string, TrustNames>,
  nodes: Map<string, GraphNode>,
  edges: EdgeBuilder,
  counter: { evaluations: number },
  index: CallerIndex,
  options: {
    /** The roles to find edges into (default: every role). */
    targets?: readonly PreparedPrincipal[];
    /**
     * Only these scenario callers (by ARN), and no outside or service principal: what an edit of
     * their identity policies can change.
     */
    callers?: ReadonlySet<string>;
    progress?: (done: number, total: number) => void;
  } = {},
): void {
  const { targets = prepared.roles, callers, progress } = options;
  // The callers asked for, in the index's order: the order candidates come in. Asking the index
  // about each of a few is cheaper than going through every role's candidates; past FEW_CALLERS (an
  // SCP's accounts: thousands of callers, times every role) it is the other way round, and the
  // candidates are read by position with the chosen ones marked.
  const only = callers && index.callers.filter((c) => callers.has(c.arn));
  const chosen =
    only && only.length > FEW_CALLERS
      ? Uint8Array.from(index.callers, (c) => (callers?.has(c.arn) ? 1 : 0))
      : undefined;
  const scenarioAccounts = new Set(prepared.scenario.accounts.map((a) => a.id));
  const hops = new SharedHops(prepared, counter, (text) => edges.keep(text));
  const byName = rolesByName(prepared);
  /** Id starts of AssumeRole edges by the caller's position in the index. */
  const idStarts: (string | undefined)[] = [];
  /** What the edges of each caller outside the scenario rest on: one list per caller. */
  const outsideAssumptions = new Map<string, readonly Assumption[]>();
  const assumedOf = (caller: string) => {
    let list = outsideAssumptions.get(caller);
    if (!list)
      outsideAssumptions.set(
        caller,
        (list = Object.freeze([assumption('outside-caller-assumed', { caller })])),
      );
    return list;
  };

  for (const [i, target] of targets.entries()) {
    progress?.(i, targets.length);
    const trust = names.get(target.arn);
    if (!trust || !target.trust) continue;
    // Only callers that could be allowed at all (callerIndex.ts): the rest would all be denied.
    if (only && !chosen) {
      for (const caller of only) {
        if (caller.arn === target.arn || !index.accepts(caller, target, trust)) continue;
        const outcome = hops.decide(caller, target);
        if (outcome)
          edges.fromAssumeRole(caller.arn, target.arn, outcome, caller.kind === 'role', caller.assumptions);
      }
      addSessionEdges(prepared, target, trust, byName, edges, counter, (c) => callers?.has(c.arn) === true);
      continue;
    }
    // By position, a full run's millions of pairs read each caller's side and id start from arrays.
    const self = index.positionOf(target.arn);
    for (const at of index.candidatePositions(target, trust)) {
      if (at === self || (chosen && chosen[at] === 0)) continue;
      const caller = index.callers[at] as PreparedPrincipal;
      const outcome = hops.decide(caller, target, at);
      if (outcome)
        edges.fromAssumeRole(
          caller.arn,
          target.arn,
          outcome,
          caller.kind === 'role',
          caller.assumptions,
          (idStarts[at] ??= edges.idStart('AssumeRole', caller.arn)),
        );
    }
    // After the callers' own edges, so a role let in whatever its session's name keeps that edge.
    addSessionEdges(
      prepared,
      target,
      trust,
      byName,
      edges,
      counter,
      (c) => !chosen || chosen[index.positionOf(c.arn) ?? -1] === 1,
    );
    if (chosen) continue;

    // Accounts and principals outside the scenario that the trust names.
    const outsiders = new Set<string>();
    for (const account of trust.accounts) if (!scenarioAccounts.has(account)) outsiders.add(account);
    for (const arn of trust.roleArns)
      if (!prepared.principals.has(arn) && !scenarioAccounts.has(arn.split(':')[4] ?? '')) outsiders.add(arn);
    for (const arn of trust.arns)
      if (!prepared.principals.has(arn) && !scenarioAccounts.has(arn.split(':')[4] ?? '')) outsiders.add(arn);
    for (const outsider of outsiders) {
      const isAccount = /^\d{12}$/.test(outsider);
      const principal = isAccount ? outsideAccountPrincipal(outsider) : outsider;
      const hop = {
        principal,
        assumedIdentity: OUTSIDE_IDENTITY,
        target,
        action: 'sts:AssumeRole',
        how: { mfa: true },
        denialShown: false,
        ...(isAccount ? { callerWords: outsideCallerWords(principal) ?? principal } : {}),
      };
      const outcome = decideOrCut(prepared, hop, 'trust-and-assumed-identity', counter);
      if (!outcome) continue;
      if (!nodes.has(outsider)) {
        nodes.set(outsider, {
          id: outsider,
          kind: isAccount ? 'externalAccount' : 'externalPrincipal',
          label: isAccount ? `Account ${outsider}` : outsider.slice(outsider.indexOf('/') + 1),
          account: isAccount ? outsider : (outsider.split(':')[4] ?? ''),
        });
      }
      edges.fromHops(outsider, target.arn, 'AssumeRole', false, [{ action: 'sts:AssumeRole', outcome }], {
        explanation: `${outcome.result.explanation} (The outside account's own policies are not in the scenario; this assumes they allow the call.)`,
        assumptions: assumedOf(outsider),
      });
    }

    // Service principals, unless the hop is drawn from a concrete workload (instance, function, task).
    for (const service of trust.services) {
      const workload = WORKLOAD_EDGE[service];
      if (workload && edges.hasConfiguredInto(target.arn, workload)) continue;
      const hop = {
        principal: service,
        target,
        action: 'sts:AssumeRole',
        context: prepared.sourceKeys(target.account),
        how: { mfa: false },
        denialShown: false,
      };
      const outcome = decideOrCut(prepared, hop, 'trust', counter);
      if (!outcome) continue;
      if (!nodes.has(service)) nodes.set(service, { id: service, kind: 'servicePrincipal', label: service });
      edges.fromHops(service, target.arn, 'AssumeRole', false, [{ action: 'sts:AssumeRole', outcome }]);
    }
  }
}
