/** The trust graph: plain data, sorted deterministically, ready for the UI, the CLI and JSON. */
import type { EvaluationResult, Reason } from '../evaluate/types';
import type { ContextValue, Diagnostic, SourceRange } from '../types';
import type { AccessLevel } from '../permissions/catalogue';

export type NodeKind =
  | 'account'
  | 'externalAccount'
  | 'user'
  | 'role'
  | 'ec2Instance'
  | 'eksCluster'
  | 'serviceAccount'
  | 'pod'
  | 'lambdaFunction'
  | 'ecsTask'
  | 'identityProvider'
  | 'servicePrincipal'
  | 'externalPrincipal'
  | 'cliProfile'
  /** An IAM group: its members' `MemberOf` edges lead here, and `iam:AddUserToGroup` escalations. */
  | 'group'
  | 'resource';

export interface GraphNode {
  /** Stable: ARNs for IAM entities, 12-digit ids for accounts, see docs/trust-graph.md. */
  id: string;
  kind: NodeKind;
  label: string;
  /** The account that holds it, when it has one. */
  account?: string;
  /** For service accounts and pods: the cluster node that holds them. */
  parent?: string;
  /** For roles: service-linked, max session seconds. */
  serviceLinked?: boolean;
  maxSessionDuration?: number;
  /** Ids of the scenario documents that belong to this node (see model/documents.ts). */
  documents?: string[];
}

export type EdgeKind =
  | 'AssumeRole'
  | 'AssumeRoleWithWebIdentity'
  | 'PodIdentity'
  | 'InstanceProfile'
  | 'AssumeRoleWithSAML'
  | 'ExecutionRole'
  | 'RunsAs'
  | 'CliProfile'
  | 'SourceProfile'
  /** A user is a member of a group: it has the group's policies. */
  | 'MemberOf'
  /**
   * Privilege escalation: `from` can obtain `to`'s permissions without an AssumeRole it is allowed
   * today, by the calls of `technique` (docs/trust-graph.md, "Escalation edges").
   */
  | 'Escalation'
  /** The access layer: a user's or role's session can act on a resource (engine/permissions). */
  | 'Access';

/** Something the caller must still bring for the hop to succeed. */
export interface EdgeCondition {
  /** The condition key, e.g. `sts:ExternalId`, `aws:MultiFactorAuthPresent`. */
  key: string;
  operator: string;
  values: string[];
  /** A short badge: "ExternalId", "MFA", "sub", "tags", "source IP", "session name". */
  label: string;
  /** Where the condition is written. */
  documentId?: string;
  range?: SourceRange;
  /** A Deny's condition the request must fail (e.g. "deny unless MFA"), not an Allow's it must meet. */
  liftsDeny?: true;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** Some configuration points this way (an instance profile, an annotation, an association). */
  configured: boolean;
  /** AWS's policies allow the hop (under `conditions`, when conditional). */
  permitted: boolean;
  /** True when the hop holds only under some request context; `conditions` says which. */
  conditional: boolean;
  conditions: EdgeCondition[];
  /** One sentence: why the hop is allowed, or why a configured hop is broken. */
  explanation: string;
  /** The engine's decisions for the hop (two for Pod Identity: AssumeRole and TagSession). */
  decisions: HopDecision[];
  /** A role session assuming a role: chained sessions are capped at one hour. */
  chained: boolean;
  /** Facts the input does not tell, taken as true for this hop (empty, and shared, when none). */
  assumptions: readonly Assumption[];
  /** Access edges: the access levels the session has on the resource. */
  accessLevels?: AccessLevel[];
  /**
   * Why, as data, when no evaluation decides the hop (a configuration AWS refuses, an undecided hop);
   * on an escalation edge, what it does (`escalation`); on a cut edge (not permitted, not
   * configured), the guardrail that cuts it (`cut-…`).
   */
  note?: EdgeNote;
  /** Escalation edges: the technique's id, its actions joined by `+` (`iam:PassRole+ec2:RunInstances`). */
  technique?: string;
  /** Escalation edges: the instance, function or policy the technique acts through, when one. */
  via?: string;
  /** Escalation edges: other techniques that also lead from `from` to `to`, in catalogue order. */
  otherTechniques?: string[];
  /**
   * Edges from a group: the user that adds itself to the group (an `iam:AddUserToGroup` escalation
   * edge into it) and then makes this hop as itself, with the group's policies beside its own. A
   * group is never a principal (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html):
   * paths take the edge only right after that user's join (queries/groupWalk.ts).
   */
  joiner?: string;
}

/** What an edge that no evaluation decides rests on: `explanation` is its English wording (edgeNotes.ts). */
export type EdgeNoteCode =
  | 'role-not-in-scenario'
  | 'role-not-imported'
  | 'passrole-other-account'
  | 'instance-profile-no-role'
  | 'pod-identity-other-account'
  | 'target-role-not-in-scenario'
  | 'cluster-no-issuer'
  | 'no-oidc-provider'
  | 'profile-no-credentials'
  | 'profile-signer-unknown'
  | 'profile-chained-duration'
  | 'profile-duration-over-max'
  | 'source-profile'
  | 'pod-runs-as'
  | 'access'
  | 'access-conditional'
  | 'member-of'
  | 'escalation'
  | 'escalation-via'
  /** Edges from a group (`joiner`): what the user can do once it has added itself to the group. */
  | 'joined-assume-role'
  | 'joined-escalation'
  | 'joined-escalation-via'
  /**
   * A cut hop (cutHops.ts): the trust and the caller's identity policies would allow it, but a
   * guardrail refuses it: an SCP or RCP (a Deny, or no Allow at a level), a permissions boundary (a
   * Deny, or no Allow), or a Deny statement of an identity or trust policy. Its params name the
   * action refused (`action`) and what would allow it (`allowedBy`, cutHops.ts CutWording).
   */
  | CutNoteCode;

export type CutNoteCode =
  | 'cut-scp-deny'
  | 'cut-scp-no-allow'
  | 'cut-rcp-deny'
  | 'cut-rcp-no-allow'
  | 'cut-boundary-deny'
  | 'cut-boundary-no-allow'
  | 'cut-identity-deny'
  | 'cut-trust-deny';

export interface EdgeNote {
  code: EdgeNoteCode;
  params: Readonly<Record<string, string | number>>;
}

/**
 * The kinds of fact an analysis may take for granted when its input is silent: the input not saying
 * a thing exists is not the same as AWS saying it does not (docs/trust-graph.md, "Assumptions").
 */
export type AssumptionCode =
  | 'oidc-provider-assumed'
  | 'organization-unknown'
  | 'group-not-imported'
  | 'policy-not-imported'
  | 'outside-caller-assumed'
  | 'unreadable-document'
  | 'role-not-imported'
  | 'profile-signer-unknown'
  | 'profile-host-assumed'
  | 'session-policy-unknown'
  | 'access-key-slot-assumed'
  | 'login-profile-absent-assumed'
  | 'login-profile-present-assumed'
  | 'managed-node-assumed'
  | 'function-invocation-assumed';

/** One fact taken as true: a stable code, its parameters, and the sentence that words them. */
export interface Assumption {
  code: AssumptionCode;
  params: Record<string, string | number>;
  text: string;
}

/** One engine request behind an edge, kept so its full trace can be replayed on demand. */
export interface HopRecord {
  principal: string;
  /** The scenario user or role whose policies took part as the caller. */
  callerArn?: string;
  /** The caller is outside the scenario: its own account is assumed to allow sts:AssumeRole. */
  outsideCaller?: boolean;
  targetArn: string;
  action: string;
  context: Record<string, ContextValue>;
  /**
   * An escalation's call on something other than a role's trust (an IAM change, a new instance, a
   * function): `targetArn` is the request's resource and only the caller's side (identity policies,
   * boundary, SCPs) decides it.
   */
  identityOnly?: boolean;
  /** An escalation's AssumeRole after rewriting the trust: the trust is one that names the caller. */
  trustNamesCaller?: boolean;
  /** The caller's session is a CLI profile's: its session policies took part. */
  sessionProfile?: string;
  /** The caller had added itself to this group: the group's policies took part beside its own. */
  joinedGroup?: string;
}

export interface HopDecision {
  action: string;
  decision: EvaluationResult['decision'];
  /** Left out when it is the edge's own `explanation`: read it with `decisionExplanation`. */
  explanation?: string;
  /** Left out when the request is the edge itself: read it with `hopRequest`. */
  request?: HopRecord;
}

export type FindingSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** What kind of finding, whatever its wording (findingWords.ts words each in English). */
export type FindingCode =
  | 'deleted-principal'
  | 'anyone-can-assume'
  | 'principal-not-imported'
  | 'third-party-without-external-id'
  | 'third-party-without-external-id-cut'
  | 'account-trust-without-conditions'
  | 'github-oidc-without-sub'
  | 'web-identity-without-sub'
  | 'web-identity-wildcard-sub'
  | 'pod-identity-open-trust'
  | 'group-not-imported'
  | 'unknown-policy'
  | 'broken-edge'
  | 'outside-admin'
  | 'maybe-outside-admin'
  | 'self-escalation'
  | 'self-escalation-after-join';

export interface Finding {
  id: string;
  /** Stable and kebab-case, e.g. `outside-admin`: what kind of finding, whatever its wording. */
  code: FindingCode;
  /** What the finding's words name (role, account, …): `title` and `explanation` are worded from these. */
  params: Readonly<Record<string, string | number>>;
  severity: FindingSeverity;
  title: string;
  explanation: string;
  /** The nodes or edges it is about. */
  subjects: string[];
  /** What the finding rests on that the input does not tell (empty, and shared, when nothing). */
  assumptions: readonly Assumption[];
  /** A broken edge's why, as data: its note, or the reason of the request AWS refuses. */
  because?: { note: EdgeNote } | { reason: Reason };
  documentId?: string;
  range?: SourceRange;
}

/** A document's diagnostic: its English message and the arguments each language words. */
export interface DocumentProblem extends Diagnostic {
  documentId: string;
}

export interface Analysis {
  nodes: GraphNode[];
  edges: GraphEdge[];
  findings: Finding[];
  /** Diagnostics of every document, so broken policies are visible next to the graph. */
  problems: DocumentProblem[];
  stats: { evaluations: number; milliseconds: number };
}
