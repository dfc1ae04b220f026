/**
 * Trusts that name a role session: `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` lets in that
 * session of ROLE only (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-role-session).
 * The session ARN carries the role's name without its path, so an IAM Identity Center role under
 * `/aws-reserved/sso.amazonaws.com/…` is found by account and name. A session's name is chosen when
 * the role is assumed (for Identity Center, the user's name), so the edge from the role holds only
 * for sessions that were given that name: it is drawn conditional on `sts:RoleSessionName`, the
 * key that fixes it on the hop into the role
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_rolesessionname).
 */
import { parsePrincipalArn } from '../../context/principal';
import type { EdgeBuilder } from '../edges/edgeBuilder';
import { evaluateHop, type HopOutcome } from './evaluateHop';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import type { TrustNames } from './trustIndex';

/**
 * Roles of the scenario by `account/name`, which is what a session ARN names; made on first use,
 * since few trusts name sessions and an edit should not index every role.
 */
export function rolesByName(prepared: PreparedScenario): () => ReadonlyMap<string, PreparedPrincipal> {
  let byName: Map<string, PreparedPrincipal> | undefined;
  return () => {
    if (byName) return byName;
    byName = new Map();
    for (const role of prepared.roles)
      byName.set(`${role.account}/${role.arn.slice(role.arn.lastIndexOf('/') + 1)}`, role);
    return byName;
  };
}

/**
 * Adds an edge from each scenario role one of whose sessions the target's trust names, when the
 * engine allows that session in (identity policies, boundary and SCPs of the role included).
 * `accept` limits the callers (an identity edit re-decides only its own).
 */
export function addSessionEdges(
  prepared: PreparedScenario,
  target: PreparedPrincipal,
  trust: TrustNames,
  roles: () => ReadonlyMap<string, PreparedPrincipal>,
  edges: EdgeBuilder,
  counter: { evaluations: number },
  accept: (caller: PreparedPrincipal) => boolean = () => true,
): void {
  for (const arn of trust.arns) {
    const session = parsePrincipalArn(arn);
    if (session?.kind !== 'assumedRole') continue;
    const caller = roles().get(`${session.account}/${session.name}`);
    if (!caller || caller === target || !accept(caller)) continue;
    const outcome = evaluateHop(
      prepared,
      { principal: arn, caller, target, action: 'sts:AssumeRole', how: { mfa: false }, denialShown: false },
      counter,
    );
    if (!outcome.permitted) continue;
    edges.fromHops(
      caller.arn,
      target.arn,
      'AssumeRole',
      false,
      [{ action: 'sts:AssumeRole', outcome: namedSession(outcome, session.sessionName, target) }],
      { chained: true },
    );
  }
}

/** The outcome as a hop from the role: it holds only for the session named `session`. */
function namedSession(outcome: HopOutcome, session: string, target: PreparedPrincipal): HopOutcome {
  const condition = {
    key: 'sts:RoleSessionName',
    operator: 'StringEquals',
    values: [session],
    label: 'session name',
    ...(target.trustDocumentId ? { documentId: target.trustDocumentId } : {}),
  };
  return { ...outcome, conditional: true, conditions: [condition, ...outcome.conditions] };
}
