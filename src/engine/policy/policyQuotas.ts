/**
 * How long a policy may be, by where it is attached, counted as AWS counts: characters other than
 * whitespace. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 * and, for SCPs and RCPs,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
 * Only AWS refuses to store a policy over its quota: one that came from an export was stored, so it
 * is evaluated as written and the quota is at most a warning there.
 */
import type { PolicyKind } from '../types';

/** Where a document sits, which decides its quota (identity policies differ by owner). */
export type PolicyPlacement =
  | 'managed'
  | 'awsManaged'
  | 'roleInline'
  | 'userInline'
  | 'groupInline'
  | 'trust'
  | 'scp'
  | 'rcp'
  | 'session'
  | 'resource';

export interface PolicyQuota {
  limit: number;
  /** Quotas that can be raised, or differ by service, only warn even on a typed policy. */
  firm: boolean;
}

/** AWS managed policies have no length quota (ReadOnlyAccess is several times 6,144). */
export const POLICY_QUOTAS: Record<PolicyPlacement, PolicyQuota | undefined> = {
  managed: { limit: 6144, firm: true },
  awsManaged: undefined,
  roleInline: { limit: 10240, firm: true },
  userInline: { limit: 2048, firm: true },
  groupInline: { limit: 5120, firm: true },
  trust: { limit: 2048, firm: false },
  scp: { limit: 5120, firm: true },
  rcp: { limit: 5120, firm: true },
  session: { limit: 2048, firm: true },
  resource: { limit: 20480, firm: false },
};

/** The placement a policy of `kind` has when nothing says where it is attached (the linter, a bundle). */
export const DEFAULT_PLACEMENT: Record<PolicyKind, PolicyPlacement> = {
  identity: 'managed',
  boundary: 'managed',
  trust: 'trust',
  scp: 'scp',
  rcp: 'rcp',
  session: 'session',
  resource: 'resource',
};

export function countNonWhitespace(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) count++;
  }
  return count;
}
