/**
 * Paths from outside to administrator-level roles. "Outside" is what the input shows to be outside:
 * an OIDC provider that is not an EKS cluster's (its tokens are minted by someone else), or an
 * account the scenario's Organizations data does not hold. Without Organizations data, an account
 * missing from the scenario may well be one of the organization's own (the management account
 * behind every OrganizationAccountAccessRole, for one), so such a path is not called critical.
 */
import { evaluateRequest } from '../../evaluate/evaluateRequest';
import { allAssumptions, assumption, NO_ASSUMPTIONS } from './assumptions';
import { clusterIssuer } from '../edges/irsaEdges';
import { organizationMembers } from '../incremental/orgLevels';
import { wordFinding } from './findingWords';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import type { Assumption, Finding, GraphEdge, GraphNode } from '../types';
import { mayTakeForward, stateAfter, stateBefore } from '../queries/groupWalk';

/**
 * Whether each role is administrator-level, by the principal object: the incremental analyzer keeps
 * unchanged principals' objects across runs, so their (one evaluation each) answers carry over.
 */
export type AdminCache = WeakMap<PreparedPrincipal, boolean>;

/** A role whose own policies let it rewrite IAM (attach any policy to a role) is administrator-level. */
export function isAdministrator(prepared: PreparedScenario, role: PreparedPrincipal): boolean {
  const inputs = {
    identityPolicies: role.identityPolicies,
    ...(role.boundaries.length > 0 ? { permissionBoundaries: role.boundaries } : {}),
    ...(prepared.scpLevels(role.account)
      ? { serviceControlPolicies: prepared.scpLevels(role.account) ?? [] }
      : {}),
  };
  const request = {
    principal: role.arn,
    action: 'iam:AttachRolePolicy',
    resource: { resource: `arn:aws:iam::${role.account}:role/any-role` },
  };
  return evaluateRequest(request, inputs, { trace: false, principal: role.facts }).decision === 'Allowed';
}

/** How a start node is outside: for sure, perhaps (with what that rests on), or not at all. */
type Outside = { sure: true } | { sure: false; assumptions: readonly Assumption[] } | undefined;

/** Classifies the nodes paths may start from, by what the scenario tells about their account. */
function outsideness(prepared: PreparedScenario): (node: GraphNode) => Outside {
  const members = organizationMembers(prepared.scenario);
  const eksIssuers = new Set((prepared.scenario.eksClusters ?? []).map(clusterIssuer));
  return (node) => {
    if (node.kind === 'identityProvider')
      return node.id.includes(':oidc-provider/') && !eksIssuers.has(node.id.slice(node.id.indexOf('/') + 1))
        ? { sure: true }
        : undefined;
    if (node.kind !== 'externalAccount' && node.kind !== 'externalPrincipal') return undefined;
    const account = node.account ?? '';
    if (members) return members.has(account) ? undefined : { sure: true };
    return { sure: false, assumptions: Object.freeze([assumption('organization-unknown', { account })]) };
  };
}

/** Where each node's edges start and end: edges come in edge order (by `from` first), so one run each. */
function edgeRuns(edges: GraphEdge[]): Map<string, [number, number]> {
  const runs = new Map<string, [number, number]>();
  for (let i = 0; i < edges.length;) {
    const from = (edges[i] as GraphEdge).from;
    const start = i;
    while (i < edges.length && (edges[i] as GraphEdge).from === from) i++;
    runs.set(from, [start, i]);
  }
  return runs;
}

export function outsidePathsToAdmins(
  prepared: PreparedScenario,
  nodes: GraphNode[],
  edges: GraphEdge[],
  cache: AdminCache,
): Finding[] {
  // Asked only of roles a path from outside reaches: deciding it for every role would evaluate (and
  // compile) every role's identity policies.
  const isAdminArn = (arn: string) => {
    const r = prepared.principals.get(arn);
    if (r?.kind !== 'role') return false;
    let answer = cache.get(r);
    if (answer === undefined) cache.set(r, (answer = isAdministrator(prepared, r)));
    return answer;
  };
  const runs = edgeRuns(edges);
  const outsideOf = outsideness(prepared);
  const findings: Finding[] = [];
  for (const start of nodes) {
    const outside = outsideOf(start);
    if (!outside) continue;
    // The edge each walk state (a node, or a group as the user that joined it: groupWalk.ts) was
    // first reached by (breadth first, so along a shortest path).
    const reachedBy = new Map<string, GraphEdge | null>([[start.id, null]]);
    const queue = [start.id];
    // A moving head instead of shift(): shift is O(n) per call on large queues.
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as string;
      const [first, end] = runs.get(reachedBy.get(state)?.to ?? start.id) ?? [0, 0];
      for (let i = first; i < end; i++) {
        const edge = edges[i] as GraphEdge;
        if (!edge.permitted || !mayTakeForward(state, edge)) continue;
        const next = stateAfter(edge);
        if (reachedBy.has(next)) continue;
        reachedBy.set(next, edge);
        queue.push(next);
        if (isAdminArn(edge.to)) findings.push(pathFinding(start, edge.to, reachedBy, outside));
      }
    }
  }
  return findings;
}

function pathFinding(
  start: GraphNode,
  admin: string,
  reachedBy: ReadonlyMap<string, GraphEdge | null>,
  outside: NonNullable<Outside>,
): Finding {
  const hops: GraphEdge[] = [];
  for (let e = reachedBy.get(admin); e; e = reachedBy.get(stateBefore(e))) hops.unshift(e);
  const path = [start.id, ...hops.map((e) => e.to)];
  const assumptions = allAssumptions([
    outside.sure ? NO_ASSUMPTIONS : outside.assumptions,
    ...hops.map((e) => e.assumptions),
  ]);
  const code = outside.sure ? 'outside-admin' : 'maybe-outside-admin';
  const params = {
    start: start.label,
    admin: admin.slice(admin.lastIndexOf('/') + 1),
    hops: path.length - 1,
    path: path.join(' → '),
  };
  return {
    // The same path keeps its id whether or not the organization is known.
    id: `outside-admin|${start.id}|${admin}`,
    code,
    severity: outside.sure ? 'critical' : 'medium',
    params,
    ...wordFinding(code, params),
    subjects: path,
    assumptions,
  };
}
