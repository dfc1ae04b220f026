/**
 * Which actions a principal's identity policies could allow at all: some Allow statement whose
 * Action (or NotAction) covers it, whatever its Resource and Condition. A technique is tried only
 * for principals that may call every one of its actions, so the principals of a large organization
 * that may change no IAM, pass no role and run no command cost one look each.
 */
import { candidateStatements, type CompiledPolicy } from '../../../evaluate/compilePolicy';
import { actionApplies } from '../../../evaluate/evaluatePolicy';
import type { PreparedPrincipal } from '../../analysis/prepareScenario';

/** By statement list (shared by documents of one text), then action. */
const answers = new WeakMap<readonly unknown[], Map<string, boolean>>();

function policyAllows(policy: CompiledPolicy, action: string): boolean {
  let byAction = answers.get(policy.statements);
  if (!byAction) answers.set(policy.statements, (byAction = new Map<string, boolean>()));
  let answer = byAction.get(action);
  if (answer === undefined) {
    const lower = action.toLowerCase();
    answer = candidateStatements(policy, lower).some((i) => {
      const s = policy.statements[i];
      return s !== undefined && s.effect === 'Allow' && actionApplies(s, lower);
    });
    byAction.set(action, answer);
  }
  return answer;
}

/** Whether some identity policy of the principal allows the action somewhere, under some condition. */
export function mayCall(principal: PreparedPrincipal, action: string): boolean {
  return principal.identityPolicies.some((p) => policyAllows(p, action));
}
