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
  /** Said after the figures: what the limit is, or how it can differ. */
  note: string;
  /** Quotas that can be raised, or differ by service, only warn even on a typed policy. */
  firm: boolean;
}

const INLINE_NOTE = 'This limit is for all inline policies of the entity together.';

/** AWS managed policies have no length quota (ReadOnlyAccess is several times 6,144). */
export const POLICY_QUOTAS: Record<PolicyPlacement, PolicyQuota | undefined> = {
  managed: { limit: 6144, note: 'This is the managed policy limit.', firm: true },
  awsManaged: undefined,
  roleInline: { limit: 10240, note: INLINE_NOTE, firm: true },
  userInline: { limit: 2048, note: INLINE_NOTE, firm: true },
  groupInline: { limit: 5120, note: INLINE_NOTE, firm: true },
  trust: {
    limit: 2048,
    note: 'This is the default quota; it can be raised to 4096 with Service Quotas.',
    firm: false,
  },
  scp: { limit: 5120, note: '', firm: true },
  rcp: { limit: 5120, note: '', firm: true },
  session: { limit: 2048, note: '', firm: true },
  resource: { limit: 20480, note: 'This is the S3 bucket policy limit; other services differ.', firm: false },
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
