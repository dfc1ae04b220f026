/** The request, inputs, result and trace of one evaluation: plain data, JSON- and structured-clone-safe. */
import type { ParsedPrincipal } from '../context/principal';
import type { ContextValue, Effect, PolicyKind, SourceRange } from '../types';

export type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

export interface EvaluationRequest {
  /**
   * Who calls: an IAM user, role or root ARN, an assumed-role or federated-user session ARN, a service
   * principal (`ec2.amazonaws.com`), an OIDC/SAML provider ARN (for AssumeRoleWithWebIdentity/SAML), or
   * `anonymous` (`ANONYMOUS`; a bundle writes `{"type": "Anonymous"}`) for an unsigned request.
   */
  principal: string;
  action: string;
  resource: { resource: string; accountId?: string };
  context?: Record<string, ContextValue>;
}

/** Facts about the caller that its ARN alone does not carry. */
export interface PrincipalFacts {
  /** The path of the role behind a session: `aws:PrincipalArn` of a session is the role ARN with its path. */
  rolePath?: string;
  userId?: string;
  orgId?: string;
  /** Shared by the principals of an account (prepareScenario.ts): never changed in place. */
  orgPaths?: readonly string[];
  tags?: Record<string, string>;
  /** Service-linked roles are outside SCPs (and cannot have a boundary). */
  serviceLinkedRole?: boolean;
}

export interface OrgLevel<P> {
  /** `r-…` root, `ou-…` organizational unit or a 12-digit account id. */
  orgIdentifier: string;
  policies: P[];
}

/** Everything the engine needs for one request, with policies of type P (text, values or compiled). */
export interface EvaluationInputs<P> {
  identityPolicies?: P[];
  resourcePolicy?: P;
  permissionBoundaries?: P[];
  /**
   * The session's policies: the inline one and the managed ones passed with `PolicyArns`; the session
   * may do what one of them allows and its identity policies allow
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
   */
  sessionPolicies?: P[];
  serviceControlPolicies?: OrgLevel<P>[];
  resourceControlPolicies?: OrgLevel<P>[];
}

/** How a statement's Principal named the caller; the same-account rules depend on it (domain 1.3). */
export type PrincipalMatchKind =
  | 'user'
  | 'role'
  | 'session'
  | 'federatedSession'
  | 'account'
  | 'star'
  | 'service'
  | 'federated'
  | 'canonicalUser';

/** Why an element matched or not when its pattern does not say (`ElementTrace.noteCode`). */
export type ElementNoteCode =
  | 'not-action-excluded'
  | 'not-action-unlisted'
  | 'resource-implied'
  | 'resource-missing'
  | 'not-resource-excluded'
  | 'no-principal'
  | 'caller-unrecognised'
  | 'principal-deleted-id'
  | 'principal-unrecognised'
  | 'not-principal-listed'
  | 'not-principal-unlisted';

export interface ElementTrace {
  element: string;
  matched: boolean;
  /** The pattern or principal that matched (or, for Not* elements, the one that excluded). */
  by?: string;
  /** The English of `noteCode` and `noteValue` (reasonWords.ts). */
  note?: string;
  noteCode?: ElementNoteCode;
  /** The action, resource, principal or caller ARN the note names. */
  noteValue?: string;
}

export interface ConditionTrace {
  operator: string;
  key: string;
  policyValues: string[];
  /** What the request carried for the key; null when the key was absent. */
  requestValues: string[] | null;
  matched: boolean;
  note?: string;
}

export interface StatementTrace {
  index: number;
  sid?: string;
  effect: Effect;
  /** Whether the statement applied: every element and condition matched. */
  applies: boolean;
  action: ElementTrace;
  resource: ElementTrace;
  principal?: ElementTrace & { kind?: PrincipalMatchKind };
  conditions: ConditionTrace[];
  range?: SourceRange;
}

export interface PolicyTrace {
  kind: PolicyKind;
  name: string;
  documentId?: string;
  /** For SCPs and RCPs: the organization level the policy is attached to. */
  level?: string;
  /** Statements whose action matched the request; others are only counted. */
  statements: StatementTrace[];
  otherStatements: number;
  outcome: 'Allow' | 'Deny' | 'NoMatch';
}

export type StepName =
  | 'aws-rule'
  | 'explicit-deny'
  | 'resource-control-policies'
  | 'service-control-policies'
  | 'resource-policy'
  | 'identity-policies'
  | 'permission-boundary'
  | 'session-policy';

export interface StepTrace {
  step: StepName;
  outcome: 'pass' | 'fail' | 'skipped' | 'decided';
  /** What the step found, as data: `message` is its English wording (reasonWords.ts). */
  reason: StepReason;
  message: string;
}

export interface StatementRef {
  kind: PolicyKind;
  policy: string;
  documentId?: string;
  level?: string;
  index: number;
  sid?: string;
  range?: SourceRange;
}

/**
 * AWS behaviours that decide a request whatever the policies say (awsRules.ts): stable codes, so a
 * catalogue can word them, and the AWS page each one comes from.
 */
export type AwsRuleCode =
  | 'get-caller-identity'
  | 'aws-managed-policy'
  | 'identity-center-role'
  | 'service-linked-role'
  | 'aws-managed-kms-alias';

export interface AwsRuleRef {
  code: AwsRuleCode;
  source: string;
}

/**
 * How a decision was reached, one code per way (docs/evaluation.md lists them). The engine words it
 * in English (`explanation`, from reasonWords.ts); the app words the same code and parameters in
 * the learner's language.
 */
export type ReasonCode =
  | 'get-caller-identity'
  | 'explicit-deny'
  | 'unknown-caller'
  | 'root-cannot-assume'
  | 'anonymous-cannot-assume'
  | 'aws-owned'
  | 'no-rcp-allows'
  | 'no-scp-allows'
  | 'unsigned-allowed'
  | 'unsigned-star-allowed'
  | 'unsigned-not-allowed'
  | 'unsigned-no-resource-policy'
  | 'anonymous-not-allowed'
  | 'anonymous-no-resource-policy'
  | 'cross-account-no-resource-allow'
  | 'cross-account-no-resource-policy'
  | 'cross-account-no-identity-allow'
  | 'cross-account-allowed'
  | 'role-not-granted'
  | 'role-without-trust'
  | 'key-not-granted'
  | 'key-without-policy'
  | 'named-directly-allowed'
  | 'star-allowed'
  | 'role-arn-allowed'
  | 'role-arn-limited'
  | 'account-trust-no-identity-allow'
  | 'account-trust-allowed'
  | 'no-identity-allow'
  | 'no-identity-or-resource-allow'
  | 'identity-allowed'
  | 'identity-allow-limited';

/** What one step of the flow found (`StepTrace.reason`). */
export type StepReasonCode =
  | 'get-caller-identity'
  | 'aws-owned'
  | 'deny-applies'
  | 'no-deny'
  | 'level-fails'
  | 'levels-allow'
  | 'levels-not-governing'
  | 'levels-absent'
  | 'resource-policy-absent'
  | 'resource-policy-allows'
  | 'resource-policy-no-allow'
  | 'identity-absent'
  | 'root-full-access'
  | 'identity-allows'
  | 'identity-no-allow'
  | 'boundary-absent'
  | 'boundary-allows'
  | 'boundary-denies'
  | 'federated-without-session-policy'
  | 'session-policy-absent'
  | 'not-a-session'
  | 'session-policy-allows'
  | 'session-policy-denies';

/** A policy named without a statement: a resource or trust policy that allowed nothing. */
export interface PolicyRef {
  kind: PolicyKind;
  name: string;
  documentId?: string;
}

/** An Allow that named the caller and the action but whose condition failed, with the values compared. */
export interface MissedCondition {
  index: number;
  sid?: string;
  operator: string;
  key: string;
  /** The policy's values. */
  expected: string[];
  /** What the request carried; null when it lacked the key. */
  actual: string[] | null;
}

/** What stops an allow that identity or role-ARN trust gave (a boundary, a session policy). */
export type ReasonLimit = 'boundary' | 'session-policy' | 'no-session-policy';

/** The data a reason is worded from; a field is present when its code needs it. */
export interface ReasonParams {
  principal: string;
  /** The caller as parsed from `principal`; absent when AWS would not recognise it. */
  caller?: ParsedPrincipal;
  /** How the English names the caller instead of describing it (the trust graph's shared hops). */
  callerWords?: string;
  action: string;
  resource: string;
  /** How the English names the resource instead of describing it. */
  resourceWords?: string;
  /** The resource's account (no resource policy across accounts) or the account a trust names. */
  account?: string;
  /** The statement that decided: the Deny, or the resource policy's Allow. */
  statement?: StatementRef;
  /** The resource or trust policy, when it allowed nothing. */
  policy?: PolicyRef;
  /** The identity side's allow: a statement, or the root user's full access. */
  identity?: StatementRef | 'root';
  /** How the resource policy's Allow named the caller. */
  principalKind?: PrincipalMatchKind;
  /** The organization level (root, OU or account) none of whose SCPs or RCPs allows. */
  level?: string;
  /** Every level, root first, when each allowed. */
  levels?: string[];
  orgPolicy?: 'SCP' | 'RCP';
  limit?: ReasonLimit;
  missed?: MissedCondition;
  rule?: AwsRuleCode;
}

export interface Reason {
  code: ReasonCode;
  params: ReasonParams;
}

export interface StepReason {
  code: StepReasonCode;
  params: ReasonParams;
}

export interface EvaluationResult {
  decision: Decision;
  /** One English sentence a person can follow, worded from `reason`. */
  explanation: string;
  /** How the decision was reached, as data. */
  reason: Reason;
  /** The statement that decided, when one did (the explicit deny, or the allow that granted). */
  decidedBy?: StatementRef;
  /** The AWS rule that decided, when no policy could (sts:GetCallerIdentity, things AWS owns). */
  rule?: AwsRuleRef;
  trace: {
    request: {
      principal: string;
      action: string;
      resource: string;
      principalAccount?: string;
      resourceAccount?: string;
      sameAccount: boolean;
      context: Record<string, ContextValue>;
    };
    steps: StepTrace[];
    policies: PolicyTrace[];
  };
}
