/** The request, inputs, result and trace of one evaluation: plain data, JSON- and structured-clone-safe. */
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
  sessionPolicy?: P;
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

export interface ElementTrace {
  element: string;
  matched: boolean;
  /** The pattern or principal that matched (or, for Not* elements, the one that excluded). */
  by?: string;
  note?: string;
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

export interface EvaluationResult {
  decision: Decision;
  /** One sentence a person can follow. */
  explanation: string;
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
