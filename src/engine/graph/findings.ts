/**
 * Findings: trust policies that let in more than intended, configured chains that cannot work, and
 * paths from outside the organization to administrator-level roles.
 */
import type { CompiledStatement } from '../evaluate/compilePolicy';
import { actionApplies } from '../evaluate/evaluatePolicy';
import { evaluateRequest } from '../evaluate/evaluateRequest';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import type { Finding, GraphEdge, GraphNode } from './types';
import { clusterIssuer } from './workloadEdges';

const hasKey = (s: CompiledStatement, re: RegExp) => s.conditions.some((c) => re.test(c.clause.key));

/**
 * Whether each role is administrator-level, by the principal object: the incremental analyzer keeps
 * unchanged principals' objects across runs, so their (one evaluation each) answers carry over.
 */
export type AdminCache = WeakMap<PreparedPrincipal, boolean>;

/** The findings of an analysis whose `edges` are in edge order (edgeOrder.ts), as every run lists them. */
export function findFindings(
  prepared: PreparedScenario,
  nodes: GraphNode[],
  edges: GraphEdge[],
  admins: AdminCache = new WeakMap(),
): Finding[] {
  const findings: Finding[] = [];
  const internal = new Set(prepared.scenario.accounts.map((a) => a.id));
  const add = (f: Omit<Finding, 'id'>, role?: PreparedPrincipal, s?: CompiledStatement) => {
    const finding: Finding = { id: `${f.title}|${f.subjects.join(',')}`, ...f };
    if (role?.trustDocumentId) finding.documentId = role.trustDocumentId;
    if (s?.source.range) finding.range = s.source.range;
    findings.push(finding);
  };

  // Unconfigured, permitted web-identity edges by target, built on first need: scanning every edge
  // for every wildcard-sub role is quadratic in a large organization.
  let webIdentity: Map<string, GraphEdge[]> | undefined;
  const webIdentityInto = () => {
    if (webIdentity) return webIdentity;
    webIdentity = new Map();
    for (const e of edges) {
      if (e.kind !== 'AssumeRoleWithWebIdentity' || !e.permitted || e.configured) continue;
      const list = webIdentity.get(e.to);
      if (list) list.push(e);
      else webIdentity.set(e.to, [e]);
    }
    return webIdentity;
  };

  for (const role of prepared.roles) {
    const name = role.arn.slice(role.arn.lastIndexOf('/') + 1);
    for (const s of role.trust?.statements ?? []) {
      if (s.effect !== 'Allow') continue;
      const noConditions = s.conditions.length === 0;
      for (const p of s.principals) {
        if (p.kind === 'star' && actionApplies(s, 'sts:assumerole') && noConditions) {
          add(
            {
              severity: 'critical',
              title: 'Anyone can assume this role',
              explanation: `The trust policy of ${name} allows "*" to call sts:AssumeRole with no condition: any AWS identity in any account can become ${name}.`,
              subjects: [role.arn],
            },
            role,
            s,
          );
        }
        if (p.kind === 'account' && actionApplies(s, 'sts:assumerole')) {
          if (!internal.has(p.account) && !hasKey(s, /^sts:externalid$/i)) {
            add(
              {
                severity: 'high',
                title: 'Third-party trust without ExternalId',
                explanation: `${name} trusts account ${p.account}, which is outside this scenario, without requiring sts:ExternalId: a vendor serving many customers can be tricked into using it for someone else (the confused deputy).`,
                subjects: [role.arn, p.account],
              },
              role,
              s,
            );
          } else if (noConditions && p.account !== role.account) {
            add(
              {
                severity: 'low',
                title: 'Trust to a whole account without conditions',
                explanation: `${name} trusts every identity of account ${p.account} that its own policies allow to call sts:AssumeRole; naming the role or user that needs it, or adding conditions, narrows that.`,
                subjects: [role.arn, p.account],
              },
              role,
              s,
            );
          }
        }
        if (
          p.kind === 'federated' &&
          p.provider.includes(':oidc-provider/') &&
          actionApplies(s, 'sts:assumerolewithwebidentity')
        ) {
          const host = p.provider.slice(p.provider.indexOf('/') + 1);
          const sub = s.conditions.filter((c) => c.clause.key.toLowerCase() === `${host}:sub`.toLowerCase());
          const github = host === 'token.actions.githubusercontent.com';
          if (sub.length === 0) {
            add(
              {
                severity: github ? 'critical' : 'high',
                title: github
                  ? 'GitHub OIDC trust without a sub condition'
                  : 'Web identity trust without a sub condition',
                explanation: github
                  ? `${name} trusts GitHub Actions tokens without a sub condition: any repository on GitHub can assume it.`
                  : `${name} trusts every token from ${host} without a sub condition: every service account of the cluster can assume it.`,
                subjects: [role.arn],
              },
              role,
              s,
            );
          } else if (sub.some((c) => c.clause.values.some((v) => v.includes('*') || v.includes('?')))) {
            const who = (webIdentityInto().get(role.arn) ?? []).map((e) => e.from);
            add(
              {
                severity: 'medium',
                title: 'Wildcard in a web identity sub condition',
                explanation: `${name} matches the token sub with a wildcard (${sub.flatMap((c) => c.clause.values).join(', ')})${who.length > 0 ? `, letting in ${who.length} service account(s) not annotated for it` : ''}.`,
                subjects: [role.arn, ...who],
              },
              role,
              s,
            );
          }
        }
        if (
          p.kind === 'service' &&
          p.name === 'pods.eks.amazonaws.com' &&
          !hasKey(s, /^aws:requesttag\/kubernetes-(namespace|service-account)$/i)
        ) {
          add(
            {
              severity: 'medium',
              title: 'Pod Identity trust without namespace or service account conditions',
              explanation: `${name} trusts pods.eks.amazonaws.com without conditions on aws:RequestTag/kubernetes-namespace or kubernetes-service-account: any Pod Identity association in account ${role.account} can use it.`,
              subjects: [role.arn],
            },
            role,
            s,
          );
        }
      }
    }
  }

  // A managed policy we have no document for grants nothing here; say so rather than hide it.
  for (const principal of [...prepared.users, ...prepared.roles]) {
    for (const arn of principal.unknownPolicies) {
      const name = principal.arn.slice(principal.arn.lastIndexOf('/') + 1);
      findings.push({
        id: `unknown-policy|${principal.arn}|${arn}`,
        severity: 'info',
        title: 'Managed policy not in the scenario',
        explanation: `${arn} is attached to ${name}, but its document is not in the scenario, so the analysis treats it as granting nothing. Import it (get-account-authorization-details lists customer managed policies) to see what it allows.`,
        subjects: [principal.arn],
      });
    }
  }

  for (const edge of edges) {
    if (edge.configured && !edge.permitted) {
      findings.push({
        id: `broken|${edge.id}`,
        severity: 'high',
        title: `Configured ${edge.kind} that cannot work`,
        explanation: edge.explanation,
        subjects: [edge.from, edge.to, edge.id],
      });
    }
  }

  findings.push(...outsidePathsToAdmins(prepared, nodes, edges, admins));
  const order = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
  return findings.sort(
    (a, b) => order[a.severity] - order[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

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

function outsidePathsToAdmins(
  prepared: PreparedScenario,
  nodes: GraphNode[],
  edges: GraphEdge[],
  cache: AdminCache,
): Finding[] {
  const isAdmin = (r: PreparedPrincipal) => {
    let answer = cache.get(r);
    if (answer === undefined) cache.set(r, (answer = isAdministrator(prepared, r)));
    return answer;
  };
  // Asked only of roles a path from outside reaches: deciding it for every role would evaluate (and
  // compile) every role's identity policies.
  const isAdminArn = (arn: string) => {
    const r = prepared.principals.get(arn);
    return r !== undefined && r.kind === 'role' && isAdmin(r);
  };
  // Where each node's edges start and end: edges come in edge order (by `from` first), so a node's
  // are one run, found with one map lookup rather than one per edge.
  const runs = new Map<string, [number, number]>();
  for (let i = 0; i < edges.length;) {
    const from = (edges[i] as GraphEdge).from;
    const start = i;
    while (i < edges.length && (edges[i] as GraphEdge).from === from) i++;
    runs.set(from, [start, i]);
  }
  const eksIssuers = new Set((prepared.scenario.eksClusters ?? []).map(clusterIssuer));
  const outside = nodes.filter(
    (n) =>
      n.kind === 'externalAccount' ||
      n.kind === 'externalPrincipal' ||
      (n.kind === 'identityProvider' &&
        n.id.includes(':oidc-provider/') &&
        !eksIssuers.has(n.id.slice(n.id.indexOf('/') + 1))),
  );
  const findings: Finding[] = [];
  for (const start of outside) {
    const previous = new Map<string, string>([[start.id, '']]);
    const queue = [start.id];
    // A moving head instead of shift(): shift is O(n) per call on large queues.
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head] as string;
      const [first, end] = runs.get(at) ?? [0, 0];
      for (let i = first; i < end; i++) {
        const edge = edges[i] as GraphEdge;
        if (!edge.permitted) continue;
        const next = edge.to;
        if (previous.has(next)) continue;
        previous.set(next, at);
        queue.push(next);
        if (isAdminArn(next)) {
          const path = [next];
          for (let p = at; p !== ''; p = previous.get(p) ?? '') path.unshift(p);
          findings.push({
            id: `outside-admin|${start.id}|${next}`,
            severity: 'critical',
            title: 'Path from outside the organization to an administrator-level role',
            explanation: `${start.label} can reach ${next.slice(next.lastIndexOf('/') + 1)}, which may change IAM itself, in ${path.length - 1} hop(s): ${path.join(' → ')}.`,
            subjects: path,
          });
        }
      }
    }
  }
  return findings;
}
