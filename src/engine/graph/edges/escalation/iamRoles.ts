/**
 * Techniques that change a role of the caller's account and then assume it: rewrite its trust to
 * name the caller (iam:UpdateAssumeRolePolicy), or give it any permission before assuming it as its
 * trust already allows (iam:AttachRolePolicy, iam:PutRolePolicy, iam:CreatePolicyVersion on a
 * customer managed policy it has). AWS-owned roles and AWS managed policies cannot be changed.
 */
import type { PreparedPrincipal } from '../../analysis/prepareScenario';
import { allSteps, assumeStep, callStep, isAwsManaged, isAwsOwnedRole, type Found } from './calls';
import { ADMINISTRATOR_POLICY, type EscalationTechnique } from './catalogue';
import type { EscalationContext } from './context';

export function decideRoleTechnique(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  technique: EscalationTechnique,
): Found[] {
  const found: Found[] = [];
  const chained = caller.kind === 'role';
  for (const role of ctx.rolesIn(caller.account)) {
    if (role.arn === caller.arn || isAwsOwnedRole(role)) continue;
    const add = (steps: Found['steps'] | undefined, via?: string) => {
      if (steps)
        found.push({ to: role.arn, technique: technique.id, steps, chained, ...(via ? { via } : {}) });
    };
    switch (technique.id) {
      case 'iam:UpdateAssumeRolePolicy':
        add(
          allSteps(
            () => callStep(ctx, caller, 'iam:UpdateAssumeRolePolicy', role.arn),
            () => assumeStep(ctx, caller, role, true),
          ),
        );
        break;
      case 'iam:AttachRolePolicy+sts:AssumeRole':
        add(
          allSteps(
            () =>
              callStep(ctx, caller, 'iam:AttachRolePolicy', role.arn, {
                'iam:PolicyARN': ADMINISTRATOR_POLICY,
              }),
            () => assumeStep(ctx, caller, role),
          ),
        );
        break;
      case 'iam:PutRolePolicy+sts:AssumeRole':
        add(
          allSteps(
            () => callStep(ctx, caller, 'iam:PutRolePolicy', role.arn),
            () => assumeStep(ctx, caller, role),
          ),
        );
        break;
      case 'iam:CreatePolicyVersion+sts:AssumeRole':
        for (const policy of ctx.roleSpec(role.arn)?.managedPolicies ?? []) {
          if (isAwsManaged(policy)) continue;
          add(
            allSteps(
              () => callStep(ctx, caller, 'iam:CreatePolicyVersion', policy),
              () => assumeStep(ctx, caller, role),
            ),
            policy,
          );
        }
        break;
    }
  }
  return found;
}
