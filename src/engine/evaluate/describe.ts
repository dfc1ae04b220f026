/** Names for people: how a caller, a policy or a statement reads in an explanation. */
import type { ParsedPrincipal } from '../context/principal';
import type { CompiledPolicy, CompiledStatement } from './compilePolicy';
import type { PolicyKind } from '../types';
import type { StatementRef } from './types';

export function describeCaller(caller: ParsedPrincipal | undefined, raw: string): string {
  switch (caller?.kind) {
    case 'user':
      return `user ${caller.name}`;
    case 'role':
      return `a session of role ${caller.name}`;
    case 'assumedRole':
      return `session ${caller.sessionName} of role ${caller.name}`;
    case 'federatedUser':
      return `federated user ${caller.name}`;
    case 'root':
      return `the root user of account ${caller.account}`;
    case 'service':
      return `the service ${caller.name}`;
    case 'oidcProvider':
      return `a web identity from ${caller.name}`;
    case 'samlProvider':
      return `a SAML assertion from ${caller.name}`;
    case 'anonymous':
      return 'an anonymous caller';
    default:
      return `"${raw}"`;
  }
}

/** `arn:aws:iam::1:role/a/B` → `role B`; other resources as written. */
export function describeResource(resource: string): string {
  // Read by hand rather than with a RegExp: this runs for every request the engine decides.
  const account = resource.indexOf(':iam::');
  if (!resource.startsWith('arn:') || account < 5 || resource.indexOf(':', 4) !== account) return resource;
  const role = account + ':iam::'.length + 12;
  if (!resource.startsWith(':role/', role) || !/^\d{12}$/.test(resource.slice(account + 6, role)))
    return resource;
  const name = resource.slice(resource.lastIndexOf('/') + 1);
  return name === '' ? resource : `role ${name}`;
}

const KIND_NAMES = {
  identity: 'identity policy',
  trust: 'trust policy',
  resource: 'resource policy',
  scp: 'SCP',
  rcp: 'RCP',
  boundary: 'permissions boundary',
  session: 'session policy',
} as const;

/** Trust and resource policies are named after what they are attached to ("trust policy of role X"). */
export function describePolicy(kind: PolicyKind, name: string, level?: string): string {
  const where = level !== undefined ? ` at ${level}` : '';
  if (kind === 'trust' || kind === 'resource') return `${KIND_NAMES[kind]} of ${name}`;
  return `${KIND_NAMES[kind]} "${name}"${where}`;
}

export function describeStatement(statement: { index: number; sid?: string | undefined }): string {
  const sid = statement.sid;
  return sid ? `statement "${sid}"` : `statement #${statement.index + 1}`;
}

export function statementRef(
  policy: CompiledPolicy,
  statement: CompiledStatement,
  level?: string,
): StatementRef {
  const ref: StatementRef = { kind: policy.kind, policy: policy.name, index: statement.source.index };
  if (level !== undefined) ref.level = level;
  if (policy.documentId !== undefined) ref.documentId = policy.documentId;
  if (statement.source.sid !== undefined) ref.sid = statement.source.sid;
  if (statement.source.range) ref.range = statement.source.range;
  return ref;
}
