/**
 * Changing the code of an existing function of the caller's account, which then runs as the
 * function's execution role: invoked by the caller, or by whatever triggers it (an assumption: the
 * export does not show triggers).
 */
import { assumption } from '../../analysis/assumptions';
import type { PreparedPrincipal } from '../../analysis/prepareScenario';
import { allSteps, callStep, type Found } from './calls';
import type { EscalationTechnique } from './catalogue';
import type { EscalationContext } from './context';

export function decideLambdaTechnique(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  technique: EscalationTechnique,
): Found[] {
  const invoke = technique.id === 'lambda:UpdateFunctionCode+lambda:InvokeFunction';
  const found: Found[] = [];
  for (const fn of ctx.functionsIn(caller.account)) {
    if (fn.role.arn === caller.arn) continue;
    const trust = ctx.serviceHop('lambda.amazonaws.com', fn.role, fn.arn);
    if (!trust?.permitted) continue;
    const steps = allSteps(
      () => callStep(ctx, caller, 'lambda:UpdateFunctionCode', fn.arn),
      ...(invoke ? [() => callStep(ctx, caller, 'lambda:InvokeFunction', fn.arn)] : []),
    );
    if (!steps) continue;
    found.push({
      to: fn.role.arn,
      technique: technique.id,
      steps: [...steps, { action: 'sts:AssumeRole', outcome: trust }],
      via: fn.arn,
      ...(invoke
        ? {}
        : { assumptions: Object.freeze([assumption('function-invocation-assumed', { function: fn.arn })]) }),
    });
  }
  return found;
}
