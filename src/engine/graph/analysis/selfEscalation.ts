/**
 * Self-escalation: a user or role that may give itself any permission — a policy put on or attached
 * to itself or one of its groups, or a new default version of a customer managed policy it has
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html). Each request is
 * decided as the escalation edges' are (edges/escalation/calls.ts); administrators are left out,
 * as they are from escalation edges. A user that may add itself to a group is tried once more as a
 * member of it, with the group's policies beside its own and the group among its own
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html): a group whose policies let a
 * member change the group or its user is a way to any permission that the join edge alone hides.
 */
import type { AdminCache } from './adminPaths';
import { asMember, joinedGroup } from './joinedGroup';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import { wordFinding } from './findingWords';
import { allAssumptions, NO_ASSUMPTIONS } from './assumptions';
import { joinsGroup } from '../queries/groupWalk';
import { callStep, isAwsManaged, isAwsOwnedRole } from '../edges/escalation/calls';
import { ADMINISTRATOR_POLICY } from '../edges/escalation/catalogue';
import { escalationContext, type EscalationContext } from '../edges/escalation/context';
import { adminOf } from '../edges/escalation/escalationEdges';
import { mayCall } from '../edges/escalation/callerActions';
import type { Finding, GraphEdge } from '../types';

/** One way to give oneself permissions: the action, and what it acts on. */
interface SelfCall {
  action: string;
  resource: string;
  attaches?: boolean;
}

/**
 * The calls that would give the principal any permission, in the order they are tried; `joined` is a
 * group the user has added itself to, tried last.
 */
function selfCalls(ctx: EscalationContext, principal: PreparedPrincipal, joined?: string): SelfCall[] {
  const calls: SelfCall[] = [];
  const managed: string[] = [];
  if (principal.kind === 'user') {
    const spec = ctx.userSpec(principal.arn);
    calls.push({ action: 'iam:PutUserPolicy', resource: principal.arn });
    calls.push({ action: 'iam:AttachUserPolicy', resource: principal.arn, attaches: true });
    const groups = new Map((ctx.prepared.scenario.groups ?? []).map((g) => [g.arn, g]));
    for (const group of [...(spec?.groups ?? []), ...(joined ? [joined] : [])]) {
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

export function selfEscalationFindings(
  prepared: PreparedScenario,
  admins: AdminCache,
  edges: readonly GraphEdge[],
): Finding[] {
  const ctx = escalationContext(prepared, { evaluations: 0 });
  const isAdmin = adminOf(prepared, admins);
  const findings: Finding[] = [];
  const found = new Set<string>();
  for (const principal of [...prepared.users, ...prepared.roles]) {
    if (isAdmin(principal)) continue;
    const works = firstWorking(ctx, principal, selfCalls(ctx, principal));
    if (!works) continue;
    found.add(principal.arn);
    const params = { principal: labelOf(principal.arn), technique: works.action, resource: works.resource };
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
  // A user that can give itself any permission already needs no second finding per group it may join.
  for (const join of edges) {
    if (!join.permitted || !joinsGroup(join) || found.has(join.from)) continue;
    const user = prepared.principals.get(join.from);
    const joined = joinedGroup(prepared, join.to);
    // An administrator gains nothing by joining; a group that makes its member one is a finding too.
    if (user?.kind !== 'user' || joined.policies.length === 0 || isAdmin(user)) continue;
    const member = asMember(user, joined);
    // Decisions are kept by the caller's ARN, which the member shares with the user alone.
    ctx.nextCaller();
    const works = firstWorking(ctx, member, selfCalls(ctx, member, join.to));
    if (!works) continue;
    const params = {
      principal: labelOf(user.arn),
      group: labelOf(join.to),
      technique: works.action,
      resource: works.resource,
    };
    findings.push({
      id: `self-escalation-after-join|${user.arn}|${join.to}`,
      code: 'self-escalation-after-join',
      severity: 'high',
      params,
      ...wordFinding('self-escalation-after-join', params),
      subjects: [user.arn, join.to],
      assumptions: allAssumptions([member.assumptions, join.assumptions]),
    });
  }
  return findings;
}

const labelOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** The first call that works, each decided as the principal's. */
function firstWorking(
  ctx: EscalationContext,
  principal: PreparedPrincipal,
  candidates: SelfCall[],
): SelfCall | undefined {
  return candidates.find(
    (c) =>
      mayCall(principal, c.action) &&
      callStep(
        ctx,
        principal,
        c.action,
        c.resource,
        c.attaches ? { 'iam:PolicyARN': ADMINISTRATOR_POLICY } : {},
      ).outcome.permitted,
  );
}
