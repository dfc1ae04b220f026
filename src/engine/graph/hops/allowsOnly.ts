/**
 * A compiled policy without its Deny statements: what its Allow statements grant, asked when a hop is
 * denied to tell a guardrail's cut from a hop the policies never allowed (cutHops.ts). Statements and
 * their indices are shared; only the action index leaves the Deny statements out, and a request
 * looks only at the statements that index gives it (candidateStatements).
 */
import type { CompiledPolicy } from '../../evaluate/compilePolicy';

const made = new WeakMap<CompiledPolicy, CompiledPolicy>();

export function allowsOnly(policy: CompiledPolicy): CompiledPolicy {
  if (policy.statements.every((s) => s.effect === 'Allow')) return policy;
  let out = made.get(policy);
  if (out) return out;
  const allows = (list: number[]) => list.filter((i) => policy.statements[i]?.effect === 'Allow');
  const byAction = new Map<string, number[]>();
  for (const [action, list] of policy.byAction) {
    const kept = allows(list);
    if (kept.length > 0) byAction.set(action, kept);
  }
  out = { ...policy, byAction, wildcardStatements: allows(policy.wildcardStatements) };
  made.set(policy, out);
  return out;
}
