/**
 * Techniques on the users and groups of the caller's account: new credentials for another user (an
 * access key, a console password), or the caller joining a group. What an export does not show —
 * how many access keys a user has, whether it has a console password or an MFA device — is an
 * assumption on the edge.
 */
import { assumption } from '../../analysis/assumptions';
import type { PreparedPrincipal } from '../../analysis/prepareScenario';
import type { Assumption, AssumptionCode } from '../../types';
import { callStep, type Found } from './calls';
import type { EscalationTechnique } from './catalogue';
import type { EscalationContext } from './context';

/** What each credential technique takes for granted about the user. */
const ASSUMED: Record<string, AssumptionCode> = {
  'iam:CreateAccessKey': 'access-key-slot-assumed',
  'iam:CreateLoginProfile': 'login-profile-absent-assumed',
  'iam:UpdateLoginProfile': 'login-profile-present-assumed',
};

export function decideUserTechnique(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  technique: EscalationTechnique,
): Found[] {
  if (technique.id === 'iam:AddUserToGroup') return joinGroups(ctx, caller);
  const code = ASSUMED[technique.id];
  if (!code) return [];
  const action = technique.id;
  const found: Found[] = [];
  for (const user of ctx.usersIn(caller.account)) {
    if (user.arn === caller.arn) continue;
    // A console password is of no use against a user with an MFA device: sign-in asks for it
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html).
    if (action !== 'iam:CreateAccessKey' && ctx.userSpec(user.arn)?.mfa === true) continue;
    const step = callStep(ctx, caller, action, user.arn);
    if (!step.outcome.permitted) continue;
    const assumptions: Assumption[] = [assumption(code, { user: user.arn })];
    found.push({
      to: user.arn,
      technique: technique.id,
      steps: [step],
      assumptions: Object.freeze(assumptions),
    });
  }
  return found;
}

/** A user adding itself to a group of its account it is not in: it gets the group's policies. */
function joinGroups(ctx: EscalationContext, caller: PreparedPrincipal): Found[] {
  if (caller.kind !== 'user') return [];
  const member = new Set(ctx.userSpec(caller.arn)?.groups ?? []);
  const found: Found[] = [];
  for (const group of ctx.groupsIn(caller.account)) {
    if (member.has(group.arn)) continue;
    const step = callStep(ctx, caller, 'iam:AddUserToGroup', group.arn);
    if (step.outcome.permitted) found.push({ to: group.arn, technique: 'iam:AddUserToGroup', steps: [step] });
  }
  return found;
}
