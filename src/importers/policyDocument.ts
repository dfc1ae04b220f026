/**
 * A bare policy document, pasted or dropped on its own: `{"Version", "Statement"}` and nothing around
 * it. It belongs to no entity yet, so the import hands it back with a guess of its kind for the user
 * to attach. The guess reads the grammar of each kind
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html): a trust policy
 * names a principal and an sts:AssumeRole* action; a resource control policy names `"*"` as its
 * principal in Deny statements only; any other policy with a principal is a resource policy; a
 * policy of Deny statements only and no principal reads like a service control policy; the rest
 * are identity policies.
 */
import type { PolicyKind } from '../foundation/types';
import { hasProp, type Located } from './located';

const POLICY_KEYS = new Set(['Version', 'Id', 'Statement']);

export function looksLikePolicyDocument(doc: Located): boolean {
  if (doc.node.kind !== 'object' || !hasProp(doc, 'Statement')) return false;
  return doc.node.properties.every((p) => POLICY_KEYS.has(p.key));
}

type Statement = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const isStatement = (v: unknown): v is Statement => typeof v === 'object' && v !== null && !Array.isArray(v);
const everyone = (p: unknown) => p === '*' || (isStatement(p) && list(p.AWS).every((a) => a === '*'));

export function guessPolicyKind(document: unknown): Exclude<PolicyKind, 'session'> {
  const statements = isStatement(document) ? list(document.Statement).filter(isStatement) : [];
  const withPrincipal = statements.filter((s) => s.Principal !== undefined || s.NotPrincipal !== undefined);
  const assumes = (s: Statement) =>
    list(s.Action).some((a) => typeof a === 'string' && /^sts:assumerole/i.test(a));
  const denies = statements.length > 0 && statements.every((s) => s.Effect === 'Deny');
  if (withPrincipal.some(assumes)) return 'trust';
  if (withPrincipal.length > 0)
    return denies &&
      withPrincipal.length === statements.length &&
      statements.every((s) => everyone(s.Principal))
      ? 'rcp'
      : 'resource';
  return denies ? 'scp' : 'identity';
}
