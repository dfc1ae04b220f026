/**
 * Findings: trust policies that let in more than intended, configured chains that cannot work, and
 * paths from outside the organization to administrator-level roles.
 */
import type { CompiledStatement } from '../../evaluate/compilePolicy';
import { actionApplies } from '../../evaluate/evaluatePolicy';
import { outsidePathsToAdmins, type AdminCache } from './adminPaths';
import { selfEscalationFindings } from './selfEscalation';
import { assumption, NO_ASSUMPTIONS } from './assumptions';
import { wordFinding } from './findingWords';
import { organizationMembers } from '../incremental/orgLevels';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import { isUndecided } from './assumptions';
import { decidingOf, replayEdge } from '../queries/replayEdge';
import { rolesByName } from '../hops/sessionHops';
import { isCut } from '../edges/edgeNotes';
import type { Assumption, Finding, GraphEdge, GraphNode } from '../types';

const hasKey = (s: CompiledStatement, re: RegExp) => s.conditions.some((c) => re.test(c.clause.key));

/** The findings of an analysis whose `edges` are in edge order (edgeOrder.ts), as every run lists them. */
export function findFindings(
  prepared: PreparedScenario,
  nodes: GraphNode[],
  edges: GraphEdge[],
  admins: AdminCache = new WeakMap(),
  escalation = true,
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
    f: Pick<Finding, 'code' | 'severity' | 'params' | 'subjects'> & { assumptions?: readonly Assumption[] },
    role?: PreparedPrincipal,
    s?: CompiledStatement,
  ) => {
    const words = wordFinding(f.code, f.params);
    const finding: Finding = {
      id: `${words.title}|${f.subjects.join(',')}`,
      code: f.code,
      severity: f.severity,
      params: f.params,
      ...words,
      subjects: f.subjects,
      assumptions: f.assumptions ?? NO_ASSUMPTIONS,
    };
    if (role?.trustDocumentId) finding.documentId = role.trustDocumentId;
    if (s?.source.range) finding.range = s.source.range;
    findings.push(finding);
  };

  // The guardrail that cuts an outside account's hop into a role, by `account->role`, built on first need.
  let cuts: Map<string, string> | undefined;
  const cutHopOf = (account: string, roleArn: string) => {
    cuts ??= new Map(
      edges
        .filter((e) => e.kind === 'AssumeRole' && isCut(e) && !e.from.startsWith('arn:'))
        .map((e) => [`${e.from}->${e.to}`, guardrailOf(e)]),
    );
    return cuts.get(`${account}->${roleArn}`);
  };

  /** The guardrail a cut edge names: its policy, or the organization level none of whose policies allow. */
  const guardrailOf = (e: GraphEdge) => String(e.note?.params.policy ?? e.note?.params.level ?? '');

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
              params: { role: name, principal: p.source.value },
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
              params: { role: name },
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
                params: { role: name, principal: p.source.value, type: p.kind },
                subjects: [role.arn],
              },
              role,
              s,
            );
          }
        }
        if (p.kind === 'account' && actionApplies(s, 'sts:assumerole')) {
          if (!internal.has(p.account) && !hasKey(s, /^sts:externalid$/i)) {
            // An RCP (or a Deny in the trust) that refuses the account's hop leaves no deputy to
            // confuse today: the edge is drawn cut, and the trust is still worth fixing.
            const cut = cutHopOf(p.account, role.arn);
            add(
              {
                code: cut ? 'third-party-without-external-id-cut' : 'third-party-without-external-id',
                severity: cut ? 'low' : 'high',
                params: { role: name, account: p.account, ...(cut ? { guardrail: cut } : {}) },
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
                params: { role: name, account: p.account },
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
                params: { role: name, host },
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
                params: {
                  role: name,
                  values: sub.flatMap((c) => c.clause.values).join(', '),
                  count: who.length,
                },
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
              params: { role: name, account: role.account },
              subjects: [role.arn],
            },
            role,
            s,
          );
        }
      }
    }
  }

  findings.push(...inputGapFindings(prepared), ...brokenEdgeFindings(prepared, edges));
  findings.push(...outsidePathsToAdmins(prepared, nodes, edges, admins));
  if (escalation) findings.push(...selfEscalationFindings(prepared, admins, edges));
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
      const params = { principal: name, group };
      findings.push({
        id: `group-not-imported|${principal.arn}|${group}`,
        code: 'group-not-imported',
        severity: 'info',
        params,
        ...wordFinding('group-not-imported', params),
        subjects: [principal.arn],
        assumptions: [a],
      });
    }
    // A managed policy we have no document for grants nothing here; say so rather than hide it.
    for (const arn of principal.unknownPolicies) {
      const assumptions = principal.assumptions.filter(
        (a) => a.code === 'policy-not-imported' && a.params.policy === arn,
      );
      const params = { principal: name, policy: arn };
      findings.push({
        id: `unknown-policy|${principal.arn}|${arn}`,
        code: 'unknown-policy',
        severity: 'info',
        params,
        ...wordFinding('unknown-policy', params),
        subjects: [principal.arn],
        assumptions: assumptions.length > 0 ? assumptions : NO_ASSUMPTIONS,
      });
    }
  }
  return findings;
}

/** Configured edges AWS would refuse. */
function brokenEdgeFindings(prepared: PreparedScenario, edges: GraphEdge[]): Finding[] {
  const findings: Finding[] = [];
  for (const edge of edges) {
    // An undecided hop (its role's account is not held) is not broken: it carries why instead.
    if (edge.configured && !edge.permitted && !isUndecided(edge)) {
      const params = { kind: edge.kind, from: edge.from, to: edge.to, explanation: edge.explanation };
      const because = becauseOf(prepared, edge);
      findings.push({
        id: `broken|${edge.id}`,
        code: 'broken-edge',
        severity: 'high',
        params,
        ...wordFinding('broken-edge', params),
        subjects: [edge.from, edge.to, edge.id],
        assumptions: edge.assumptions,
        ...(because && { because }),
      });
    }
  }
  return findings;
}

/** A broken edge's why as data, for its finding's words in any language: its note, else the refusal's reason. */
function becauseOf(prepared: PreparedScenario, edge: GraphEdge): Finding['because'] {
  if (edge.note) return { note: edge.note };
  const refused = decidingOf(replayEdge(prepared, edge));
  return refused && { reason: refused.result.reason };
}
