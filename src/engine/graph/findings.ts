/**
 * Findings: trust policies that let in more than intended, configured chains that cannot work, and
 * paths from outside the organization to administrator-level roles.
 */
import type { CompiledStatement } from '../evaluate/compilePolicy';
import { actionApplies } from '../evaluate/evaluatePolicy';
import { outsidePathsToAdmins, type AdminCache } from './adminPaths';
import { assumption, NO_ASSUMPTIONS } from './assumptions';
import { organizationMembers } from './orgLevels';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import { isUndecided } from './assumptions';
import { rolesByName } from './sessionHops';
import type { Assumption, Finding, GraphEdge, GraphNode } from './types';

const hasKey = (s: CompiledStatement, re: RegExp) => s.conditions.some((c) => re.test(c.clause.key));

/** The findings of an analysis whose `edges` are in edge order (edgeOrder.ts), as every run lists them. */
export function findFindings(
  prepared: PreparedScenario,
  nodes: GraphNode[],
  edges: GraphEdge[],
  admins: AdminCache = new WeakMap(),
): Finding[] {
  const findings: Finding[] = [];
  const members = organizationMembers(prepared.scenario);
  const scenarioAccounts = new Set(prepared.scenario.accounts.map((a) => a.id));
  // A role principal names account and name: the scenario's role may have a path the ARN lacks.
  // Indexed only if some trust names a principal the scenario does not hold by its ARN.
  const roles = rolesByName(prepared);
  const roleNamed = (p: CompiledStatement['principals'][number]) =>
    p.kind === 'role' && roles().has(`${p.account}/${p.name}`);
  const internal = new Set([...prepared.scenario.accounts.map((a) => a.id), ...(members ?? [])]);
  // A trust policy is read from itself; only which organization an account is in may be unknown.
  const add = (
    f: Omit<Finding, 'id' | 'assumptions'> & { assumptions?: readonly Assumption[] },
    role?: PreparedPrincipal,
    s?: CompiledStatement,
  ) => {
    const finding: Finding = {
      id: `${f.title}|${f.subjects.join(',')}`,
      ...f,
      assumptions: f.assumptions ?? NO_ASSUMPTIONS,
    };
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
        // A unique id in place of an ARN: IAM shows one when the user or role it named was deleted,
        // and it matches nobody, not even a new principal of the same name
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles).
        if (p.kind === 'never' && /^(AROA|AIDA)[A-Z0-9]+$/.test(p.source.value)) {
          add(
            {
              code: 'deleted-principal',
              severity: 'low',
              title: 'Trust names a principal that no longer exists',
              explanation: `The trust policy of ${name} names ${p.source.value}, the unique id IAM leaves in place of a deleted user or role: it lets nobody in. Remove it, or name the principal that should come in by its ARN.`,
              subjects: [role.arn],
            },
            role,
            s,
          );
        }
        if (p.kind === 'star' && actionApplies(s, 'sts:assumerole') && noConditions) {
          add(
            {
              code: 'anyone-can-assume',
              severity: 'critical',
              title: 'Anyone can assume this role',
              explanation: `The trust policy of ${name} allows "*" to call sts:AssumeRole with no condition: any AWS identity in any account can become ${name}.`,
              subjects: [role.arn],
            },
            role,
            s,
          );
        }
        // AWS shows a deleted principal as its unique id (above), so an ARN of an account the
        // scenario holds that is not in it points at an export that left it out.
        if (
          (p.kind === 'role' || p.kind === 'user') &&
          scenarioAccounts.has(p.source.value.split(':')[4] ?? '')
        ) {
          if (!prepared.principals.has(p.source.value) && !roleNamed(p)) {
            add(
              {
                code: 'principal-not-imported',
                severity: 'info',
                title: 'Trust names a principal missing from the scenario',
                explanation: `The trust policy of ${name} names ${p.source.value}, in an account the scenario holds, but the scenario has no such ${p.kind}: the export may leave it out. Its hops into ${name} are not drawn; import it to see them.`,
                subjects: [role.arn],
              },
              role,
              s,
            );
          }
        }
        if (p.kind === 'account' && actionApplies(s, 'sts:assumerole')) {
          if (!internal.has(p.account) && !hasKey(s, /^sts:externalid$/i)) {
            add(
              {
                code: 'third-party-without-external-id',
                severity: 'high',
                title: 'Third-party trust without ExternalId',
                explanation: `${name} trusts account ${p.account}, which is outside this scenario, without requiring sts:ExternalId: a vendor serving many customers can be tricked into using it for someone else (the confused deputy).`,
                subjects: [role.arn, p.account],
                ...(members
                  ? {}
                  : { assumptions: [assumption('organization-unknown', { account: p.account })] }),
              },
              role,
              s,
            );
          } else if (noConditions && p.account !== role.account) {
            add(
              {
                code: 'account-trust-without-conditions',
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
                code: github ? 'github-oidc-without-sub' : 'web-identity-without-sub',
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
                code: 'web-identity-wildcard-sub',
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
              code: 'pod-identity-open-trust',
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

  findings.push(...inputGapFindings(prepared), ...brokenEdgeFindings(edges));
  findings.push(...outsidePathsToAdmins(prepared, nodes, edges, admins));
  const order = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
  return findings.sort(
    (a, b) => order[a.severity] - order[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Groups and managed policies a principal names that the analysis has no document for. */
function inputGapFindings(prepared: PreparedScenario): Finding[] {
  const findings: Finding[] = [];
  for (const principal of [...prepared.users, ...prepared.roles]) {
    const name = principal.arn.slice(principal.arn.lastIndexOf('/') + 1);
    for (const a of principal.assumptions) {
      if (a.code !== 'group-not-imported') continue;
      const group = String(a.params.group);
      findings.push({
        id: `group-not-imported|${principal.arn}|${group}`,
        code: 'group-not-imported',
        severity: 'info',
        title: 'Group not in the scenario',
        explanation: `${name} is a member of ${group}, which is not in the scenario: its policies, Denies included, are unknown, so every hop from ${name} is shown as if the group granted and denied nothing. Import it (get-account-authorization-details lists groups) to see what it changes.`,
        subjects: [principal.arn],
        assumptions: [a],
      });
    }
    // A managed policy we have no document for grants nothing here; say so rather than hide it.
    for (const arn of principal.unknownPolicies) {
      const assumptions = principal.assumptions.filter(
        (a) => a.code === 'policy-not-imported' && a.params.policy === arn,
      );
      findings.push({
        id: `unknown-policy|${principal.arn}|${arn}`,
        code: 'unknown-policy',
        severity: 'info',
        title: 'Managed policy not in the scenario',
        explanation: `${arn} is attached to ${name}, but its document is not in the scenario, so the analysis treats it as granting nothing. Import it (get-account-authorization-details lists customer managed policies) to see what it allows.`,
        subjects: [principal.arn],
        assumptions: assumptions.length > 0 ? assumptions : NO_ASSUMPTIONS,
      });
    }
  }
  return findings;
}

/** Configured edges AWS would refuse. */
function brokenEdgeFindings(edges: GraphEdge[]): Finding[] {
  const findings: Finding[] = [];
  for (const edge of edges) {
    // An undecided hop (its role's account is not held) is not broken: it carries why instead.
    if (edge.configured && !edge.permitted && !isUndecided(edge)) {
      findings.push({
        id: `broken|${edge.id}`,
        code: 'broken-edge',
        severity: 'high',
        title: `Configured ${edge.kind} that cannot work`,
        explanation: edge.explanation,
        subjects: [edge.from, edge.to, edge.id],
        assumptions: edge.assumptions,
      });
    }
  }
  return findings;
}
