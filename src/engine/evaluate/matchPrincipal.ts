/**
 * Does a Principal entry name the caller, and how? The answer's kind drives the same-account rules
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html): naming the account delegates to its identity policies, naming the user, role
 * or session grants directly. Sources:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { ParsedPrincipal } from '../context/principal';
import { parsePrincipalArn } from '../context/principal';
import type { PrincipalValue } from '../types';
import type { PrincipalMatchKind } from './types';

/** A Principal entry prepared once: what it names, or `never` for entries that can match nothing. */
export type CompiledPrincipal =
  | { kind: 'star'; source: PrincipalValue }
  | { kind: 'account'; account: string; source: PrincipalValue }
  | { kind: 'user'; arn: string; source: PrincipalValue }
  | { kind: 'role'; account: string; name: string; source: PrincipalValue }
  | { kind: 'session'; arn: string; source: PrincipalValue }
  | { kind: 'federatedSession'; arn: string; source: PrincipalValue }
  | { kind: 'service'; name: string; source: PrincipalValue }
  | { kind: 'federated'; provider: string; source: PrincipalValue }
  | { kind: 'canonicalUser'; id: string; source: PrincipalValue }
  | { kind: 'never'; source: PrincipalValue; note: 'principal-deleted-id' | 'principal-unrecognised' };

const ACCOUNT_ID = /^\d{12}$/;
const UNIQUE_ID = /^(AROA|AIDA|AGPA|ANPA|AIPA)[A-Z0-9]+$/;

export function compilePrincipal(source: PrincipalValue): CompiledPrincipal {
  const { type, value } = source;
  if (type === 'Service') return { kind: 'service', name: value, source };
  if (type === 'Federated') return { kind: 'federated', provider: value, source };
  if (type === 'CanonicalUser') return { kind: 'canonicalUser', id: value, source };
  if (value === '*') return { kind: 'star', source };
  if (ACCOUNT_ID.test(value)) return { kind: 'account', account: value, source };
  if (UNIQUE_ID.test(value)) {
    // A unique id left by a deleted user or role: it matches nobody.
    return { kind: 'never', source, note: 'principal-deleted-id' };
  }
  const parsed = parsePrincipalArn(value);
  switch (parsed?.kind) {
    case 'root':
      return { kind: 'account', account: parsed.account, source };
    case 'user':
      return { kind: 'user', arn: value, source };
    case 'role':
      return { kind: 'role', account: parsed.account, name: parsed.name, source };
    case 'assumedRole':
      return { kind: 'session', arn: value, source };
    case 'federatedUser':
      return { kind: 'federatedSession', arn: value, source };
    default:
      return { kind: 'never', source, note: 'principal-unrecognised' };
  }
}

function accountOf(caller: ParsedPrincipal): string | undefined {
  return caller.kind === 'service' || caller.kind === 'anonymous' ? undefined : caller.account;
}

/** The kind of match when `entry` names `caller`, else undefined. */
export function matchPrincipal(
  entry: CompiledPrincipal,
  caller: ParsedPrincipal,
): PrincipalMatchKind | undefined {
  switch (entry.kind) {
    case 'star':
      return 'star';
    case 'account':
      // Delegates to the whole account: users, role sessions, federated users and root alike.
      return caller.kind !== 'oidcProvider' &&
        caller.kind !== 'samlProvider' &&
        accountOf(caller) === entry.account
        ? 'account'
        : undefined;
    case 'user':
      return caller.kind === 'user' && caller.arn === entry.arn ? 'user' : undefined;
    case 'role':
      // Role names are unique within an account whatever their path, so account + name identify the
      // role even when the caller is a session ARN (which drops the path).
      return (caller.kind === 'assumedRole' || caller.kind === 'role') &&
        caller.account === entry.account &&
        caller.name === entry.name
        ? 'role'
        : undefined;
    case 'session':
      return caller.kind === 'assumedRole' && caller.arn === entry.arn ? 'session' : undefined;
    case 'federatedSession':
      return caller.kind === 'federatedUser' && caller.arn === entry.arn ? 'federatedSession' : undefined;
    case 'service':
      return caller.kind === 'service' && caller.name === entry.name ? 'service' : undefined;
    case 'federated':
      return (caller.kind === 'oidcProvider' ||
        caller.kind === 'samlProvider' ||
        caller.kind === 'service') &&
        caller.arn === entry.provider
        ? 'federated'
        : undefined;
    case 'canonicalUser':
    case 'never':
      return undefined;
  }
}

/**
 * The identities AWS checks, in turn, against a NotPrincipal list: the account, then the role, then
 * the session. A Deny with NotPrincipal exempts the caller only when every one of them is listed
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
 */
export function identityChain(caller: ParsedPrincipal): ParsedPrincipal[] {
  const chain: ParsedPrincipal[] = [];
  const account = accountOf(caller);
  if (
    account !== undefined &&
    caller.kind !== 'root' &&
    caller.kind !== 'service' &&
    caller.kind !== 'anonymous'
  ) {
    const root = parsePrincipalArn(
      `arn:${'partition' in caller ? caller.partition : 'aws'}:iam::${account}:root`,
    );
    if (root) chain.push(root);
  }
  if (caller.kind === 'assumedRole') {
    const role = parsePrincipalArn(caller.roleArn);
    if (role) chain.push(role);
  }
  chain.push(caller);
  return chain;
}

/** For NotPrincipal: does `entry` name exactly this identity (an account names only the account itself)? */
export function namesExactly(entry: CompiledPrincipal, identity: ParsedPrincipal): boolean {
  switch (entry.kind) {
    case 'account':
      return identity.kind === 'root' && identity.account === entry.account;
    case 'role':
      return identity.kind === 'role' && identity.account === entry.account && identity.name === entry.name;
    default:
      return matchPrincipal(entry, identity) !== undefined;
  }
}
