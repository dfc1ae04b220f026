/** Effective permissions as plain data: one row per principal, chain, action and outcome. */
import type { Reason, StatementRef } from '../evaluate/types';
import type { EdgeCondition } from '../graph/types';
import type { PathHop } from '../graph/queries/paths';
import type { ContextValue } from '../types';
import type { AccessLevel } from './catalogue';

/** Implicit denials are never listed. */
export type PermissionDecision = 'Allowed' | 'Conditional' | 'ExplicitlyDenied';

export interface PermissionRow {
  /** The node asked about (or, for who can access, the node that starts the chain). */
  principal: string;
  /** The chain: node ids from the principal to the user or role whose session acts. */
  via: string[];
  /** The chain's hops: each edge's kind, and for an escalation its technique and what it acts through. */
  hops: PathHop[];
  /** `s3:GetObject`, as the service reference spells it. */
  action: string;
  service: string;
  accessLevel: AccessLevel;
  decision: PermissionDecision;
  /** ARNs, ARN patterns or `*`: what the requests named. */
  resources: string[];
  /** How the scenario names those of its own resources (`account-a-reports/*`). */
  resourceNames: string[];
  /** The scenario nodes those resources belong to. */
  resourceNodes: string[];
  /** Conditional: what the caller must bring to the request. */
  conditions: EdgeCondition[];
  /** Conditional: a request context that brings it. */
  context: Record<string, ContextValue>;
  /** What the chain's own hops need the caller to bring. */
  viaConditions: EdgeCondition[];
  /** Why, as data: the reason of the first resource's decision. */
  reason: Reason;
  /** ExplicitlyDenied: the Deny statement. */
  deniedBy?: StatementRef;
  /**
   * The session policies the chain's last hop passed (a CLI profile's): the row is within them, and
   * what the role could do beyond them is not listed.
   */
  sessionPolicies?: SessionPolicyLimit;
}

/** The profile that passed session policies, and their document ids (ARNs for managed ones). */
export interface SessionPolicyLimit {
  profile: string;
  policies: string[];
}

export interface PermissionsOptions {
  /** Only this service's actions (its prefix, `s3`). */
  service?: string;
  /** Only this action (who can access). */
  action?: string;
  /** List ExplicitlyDenied rows too. */
  includeDenied?: boolean;
  /** Who can access: only the users and roles acting as themselves, no chain into them. */
  direct?: boolean;
  /** What a node can do: only its first chains, nearest first (a node can reach thousands of roles). */
  maxChains?: number;
}
