/**
 * Self-escalation: a user or role that may give itself any permission — a policy put on or attached
 * to itself or one of its groups, or a new default version of a customer managed policy it has
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html). Each request is
 * decided as the escalation edges' are (edges/escalation/calls.ts); administrators are left out,
 * as they are from escalation edges.
 */
import type { AdminCache } from './adminPaths';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import { wordFinding } from './findingWords';
import { NO_ASSUMPTIONS } from './assumptions';
import { callStep, isAwsManaged, isAwsOwnedRole } from '../edges/escalation/calls';
import { ADMINISTRATOR_POLICY } from '../edges/escalation/catalogue';
import { escalationContext, type EscalationContext } from '../edges/escalation/context';
import { adminOf } from '../edges/escalation/escalationEdges';
import { mayCall } from '../edges/escalation/callerActions';
import type { Finding } from '../types';

/** One way to give oneself permissions: the action, and what it acts on. */
interface SelfCall {
  action: string;
  resource: string;
  attaches?: boolean;
}

/** The calls that would give the principal any permission, in the order they are tried. */
function selfCalls(ctx: EscalationContext, principal: PreparedPrincipal): SelfCall[] {
  const calls: SelfCall[] = [];
  const managed: string[] = [];
  if (principal.kind === 'user') {
    const spec = ctx.userSpec(principal.arn);
    calls.push({ action: 'iam:PutUserPolicy', resource: principal.arn });
    calls.push({ action: 'iam:AttachUserPolicy', resource: principal.arn, attaches: true });
    const groups = new Map((ctx.prepared.scenario.groups ?? []).map((g) => [g.arn, g]));
    for (const group of spec?.groups ?? []) {
      calls.push({ action: 'iam:PutGroupPolicy', resource: group });
      calls.push({ action: 'iam:AttachGroupPolicy', resource: group, attaches: true });
      managed.push(...(groups.get(group)?.managedPolicies ?? []));
    }
    managed.push(...(spec?.managedPolicies ?? []));
  } else if (!isAwsOwnedRole(principal)) {
    calls.push({ action: 'iam:PutRolePolicy', resource: principal.arn });
    calls.push({ action: 'iam:AttachRolePolicy', resource: principal.arn, attaches: true });
    managed.push(...(ctx.roleSpec(principal.arn)?.managedPolicies ?? []));
  }
  for (const policy of new Set(managed))
    if (!isAwsManaged(policy)) calls.push({ action: 'iam:CreatePolicyVersion', resource: policy });
  return calls;
}

export function selfEscalationFindings(prepared: PreparedScenario, admins: AdminCache): Finding[] {
  const ctx = escalationContext(prepared, { evaluations: 0 });
  const isAdmin = adminOf(prepared, admins);
  const findings: Finding[] = [];
  for (const principal of [...prepared.users, ...prepared.roles]) {
    const calls = selfCalls(ctx, principal).filter((c) => mayCall(principal, c.action));
    if (calls.length === 0 || isAdmin(principal)) continue;
    const works = calls.find(
      (c) =>
        callStep(
          ctx,
          principal,
          c.action,
          c.resource,
          c.attaches ? { 'iam:PolicyARN': ADMINISTRATOR_POLICY } : {},
        ).outcome.permitted,
    );
    if (!works) continue;
    const params = {
      principal: principal.arn.slice(principal.arn.lastIndexOf('/') + 1),
      technique: works.action,
      resource: works.resource,
    };
    findings.push({
      id: `self-escalation|${principal.arn}`,
      code: 'self-escalation',
      severity: 'high',
      params,
      ...wordFinding('self-escalation', params),
      subjects: [principal.arn],
      assumptions: principal.assumptions.length > 0 ? principal.assumptions : NO_ASSUMPTIONS,
    });
  }
  return findings;
}
