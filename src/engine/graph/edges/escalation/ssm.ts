/**
 * Running commands on, or opening a shell in, an instance of the caller's account whose profile
 * holds a role: the commands run with the instance's credentials. Whether the instance is a running
 * managed node (the SSM Agent, registered) is not in an export: an assumption on the edge.
 */
import { assumption } from '../../analysis/assumptions';
import type { PreparedPrincipal } from '../../analysis/prepareScenario';
import { callStep, type Found } from './calls';
import type { EscalationTechnique } from './catalogue';
import type { EscalationContext } from './context';

export function decideSsmTechnique(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  technique: EscalationTechnique,
): Found[] {
  const found: Found[] = [];
  for (const instance of ctx.instancesIn(caller.account)) {
    if (instance.role.arn === caller.arn) continue;
    const trust = ctx.serviceHop('ec2.amazonaws.com', instance.role, instance.arn);
    if (!trust?.permitted) continue;
    const step = callStep(ctx, caller, technique.id, instance.arn);
    if (!step.outcome.permitted) continue;
    found.push({
      to: instance.role.arn,
      technique: technique.id,
      steps: [step, { action: 'sts:AssumeRole', outcome: trust }],
      via: instance.arn,
      assumptions: Object.freeze([assumption('managed-node-assumed', { instance: instance.arn })]),
    });
  }
  return found;
}
