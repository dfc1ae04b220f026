/**
 * What the policies of an AssumeRole hop read of the caller, for sharedHops.ts: the conditions of the
 * statements that can apply to sts:AssumeRole, whether a Resource has a policy variable, whether a
 * Principal names accounts or ARNs; and small numbers for policies, so lists of them make short keys.
 */
import type { CompiledCondition } from '../../conditions/evaluateCondition';
import type { RequestContext } from '../../context/requestContext';
import { candidateStatements, type CompiledPolicy } from '../../evaluate/compilePolicy';
import { actionApplies } from '../../evaluate/evaluatePolicy';

export const ACTION_LOWER = 'sts:assumerole';

/** What a policy's statements for sts:AssumeRole read of the caller. */
export interface Reads {
  /** The conditions of the statements that can match sts:AssumeRole, Allow and Deny. */
  conditions: CompiledCondition[];
  /** A Resource entry has a policy variable: the caller's keys shape the match. */
  variableResource: boolean;
  /** A Principal or NotPrincipal entry names an account / a user, role or session. */
  byAccount: boolean;
  byArn: boolean;
  /** Some statement's Action applies to sts:AssumeRole: only then can the policy decide a hop. */
  acts: boolean;
}

/**
 * By statement list: what a policy reads depends on its statements alone, and documents of the
 * same text share them (see `idOf`), so a 10k-role organization reads a few hundred lists, not
 * one per document.
 */
const readsOf = new WeakMap<readonly unknown[], Reads>();

export function policyReads(policy: CompiledPolicy): Reads {
  let reads = readsOf.get(policy.statements);
  if (reads) return reads;
  reads = { conditions: [], variableResource: false, byAccount: false, byArn: false, acts: false };
  // Every candidate statement, Allow and Deny alike, whether or not its action pattern matches in
  // the end: reading more than needed only shares less.
  for (const i of candidateStatements(policy, ACTION_LOWER)) {
    const s = policy.statements[i];
    if (!s) continue;
    reads.conditions.push(...s.conditions);
    if (actionApplies(s, ACTION_LOWER)) reads.acts = true;
    if (s.resources.some((r) => r.hasVariables)) reads.variableResource = true;
    if (s.principalElement === 'NotPrincipal') reads.byArn = true;
    for (const p of s.principals) {
      if (p.kind === 'account') reads.byAccount = true;
      else if (
        p.kind === 'user' ||
        p.kind === 'role' ||
        p.kind === 'session' ||
        p.kind === 'federatedSession'
      )
        reads.byArn = true;
    }
  }
  readsOf.set(policy.statements, reads);
  return reads;
}

/**
 * Small numbers for compiled policies, so a list of them makes a short key. Documents with the same
 * text share their compiled statements (DocumentCache), and each is re-labelled with its own name
 * and document id; the decision and its words read the statements, the kind and the name (the
 * document id only points at the text), so policies equal in those three get one number: the same
 * boundary attached in every account.
 */
const policyIds = new WeakMap<readonly unknown[], Map<string, number>>();
let nextPolicyId = 0;
export function idOf(policy: CompiledPolicy): number {
  let byLabel = policyIds.get(policy.statements);
  if (!byLabel) policyIds.set(policy.statements, (byLabel = new Map<string, number>()));
  const label = `${policy.kind}\u0000${policy.name}`;
  let id = byLabel.get(label);
  if (id === undefined) byLabel.set(label, (id = nextPolicyId++));
  return id;
}

/** Small numbers for compiled statement lists: what a policy says, whatever it is called. */
const textIds = new WeakMap<readonly unknown[], number>();
export function textId(policy: CompiledPolicy): number {
  let id = textIds.get(policy.statements);
  if (id === undefined) textIds.set(policy.statements, (id = nextPolicyId++));
  return id;
}

export function levelPolicies(
  levels: readonly { policies: CompiledPolicy[] }[] | undefined,
): CompiledPolicy[] {
  return (levels ?? []).flatMap((l) => l.policies);
}

export function mergeReads(all: Reads[]): Reads {
  const merged: Reads = {
    conditions: [],
    variableResource: false,
    byAccount: false,
    byArn: false,
    acts: false,
  };
  for (const r of all) {
    merged.conditions.push(...r.conditions);
    merged.variableResource ||= r.variableResource;
    merged.byAccount ||= r.byAccount;
    merged.byArn ||= r.byArn;
    merged.acts ||= r.acts;
  }
  return merged;
}

/**
 * What a Reads says, as text: Reads with the same signature read the same of any caller (each
 * condition's operator, key, values and variables, and whether its values were read as templates).
 */
export function readsSignature(reads: Reads): string {
  let said = `${reads.variableResource ? 1 : 0}${reads.byAccount ? 1 : 0}${reads.byArn ? 1 : 0}${reads.acts ? 1 : 0}`;
  for (const c of reads.conditions)
    said += `\u0001${c.clause.operator}\u0002${c.clause.key}\u0002${c.clause.values.join('\u0003')}\u0002${c.variables.join('\u0003')}\u0002${c.templated ? 1 : 0}`;
  return said;
}

/** How the caller's own context meets each condition, as text. */
export function conditionsKey(conditions: readonly CompiledCondition[], context: RequestContext): string {
  let key = '';
  for (const c of conditions) {
    if (c.variables.length === 0) key += c.evaluate(context).matched ? '1' : '0';
    else
      for (const k of [c.key, ...c.variables])
        key += `\u0001${k}=${(context.getNormalized(k) ?? ['\u0000']).join('\u0002')}`;
  }
  return key;
}
