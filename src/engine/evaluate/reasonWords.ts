/**
 * The English words of a decision's reason and of each step's: the one place evaluateRequest's
 * explanations and step messages are written. The app words the same codes and parameters from its
 * message catalogues (src/i18n/reasonText.ts), so deciding and wording stay apart.
 */
import { awsOwnedWords } from './awsRules';
import { describeCaller, describePolicy, describeResource, describeStatement } from './describe';
import type {
  Decision,
  ElementNoteCode,
  ElementTrace,
  MissedCondition,
  PrincipalMatchKind,
  Reason,
  ReasonCode,
  ReasonLimit,
  ReasonParams,
  StatementRef,
  StepReason,
  StepReasonCode,
} from './types';

const who = (p: ReasonParams): string => p.callerWords ?? describeCaller(p.caller, p.principal);
const resourceOf = (p: ReasonParams): string => p.resourceWords ?? describeResource(p.resource);
const what = (p: ReasonParams): string => `${p.action} on ${resourceOf(p)}`;

/** The statement's policy by name ("identity policy "Ops" at ou-1"). */
function policyOf(ref: StatementRef, withLevel = false): string {
  return describePolicy(ref.kind, ref.policy, withLevel ? ref.level : undefined);
}

/** The resource or trust policy: the one whose statement allowed, or the one that allowed nothing. */
function resourcePolicyOf(p: ReasonParams): string {
  if (p.statement) return policyOf(p.statement);
  return p.policy ? describePolicy(p.policy.kind, p.policy.name) : 'no resource policy';
}

function identityOf(p: ReasonParams): string {
  const identity = p.identity;
  if (identity === undefined || identity === 'root') return 'the root user has full access';
  return `${policyOf(identity)} allows it`;
}

const LIMITS: Record<ReasonLimit, string> = {
  boundary: 'the permissions boundary does not allow it',
  'no-session-policy': 'a federated user session without a session policy has no permissions of its own',
  'session-policy': 'the session policy does not allow it',
};

/** " (statement #1 requires StringEquals k = a | b; the request has c)", or nothing. */
function missedOf(missed: MissedCondition | undefined): string {
  if (!missed) return '';
  const has = missed.actual === null ? 'no such key' : missed.actual.join(', ') || 'an empty value';
  const name = missed.sid !== undefined ? `statement "${missed.sid}"` : `statement #${missed.index + 1}`;
  return ` (${name} requires ${missed.operator} ${missed.key} = ${missed.expected.join(' | ')}; the request has ${has})`;
}

function ownedOf(p: ReasonParams): string {
  const words = p.rule ? awsOwnedWords(p.rule) : undefined;
  return `${resourceOf(p)} is ${words?.what ?? 'owned by AWS'}; ${words?.only ?? 'only AWS changes it'}`;
}

const callerIdentity = (p: ReasonParams): string =>
  `${p.action} needs no permission, and no policy can deny it, not even an explicit Deny.`;

/** "Denied: " and the reason, its first letter lower-cased. */
function denied(text: string): string {
  return `Denied: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** An Allow of the resource policy that names the caller; "*" lets everyone in, this caller among them. */
function namedBy(p: ReasonParams, why: string, star: boolean): string {
  const statement = `${describeStatement(p.statement as StatementRef)} of the ${resourcePolicyOf(p)}`;
  return star
    ? `Allowed: ${statement} allows any principal ("*"), ${who(p)} included: ${why}.`
    : `Allowed: ${statement} names ${who(p)} directly, and ${why}.`;
}

const UNSIGNED = 'such a caller has no identity policies to consult';
const SAME_ACCOUNT = 'in the same account that alone grants access';
const EXPLICIT_GRANT = 'must be granted explicitly by its own policy, whatever the identity policies say.';

/** The decision's sentence: `EvaluationResult.explanation`. */
export function wordReason({ code, params: p }: Reason): string {
  switch (code) {
    case 'get-caller-identity':
      return `Allowed: ${callerIdentity(p)}`;
    case 'explicit-deny': {
      const s = p.statement as StatementRef;
      return `Explicitly denied: ${describeStatement(s)} of ${policyOf(s, true)} denies ${who(p)} ${what(p)}, and an explicit deny overrides every allow.`;
    }
    case 'aws-owned':
      return `Denied by AWS: ${ownedOf(p)}.`;
    case 'unsigned-allowed':
      return namedBy(p, UNSIGNED, false);
    case 'unsigned-star-allowed':
      return namedBy(p, UNSIGNED, true);
    case 'named-directly-allowed':
      return namedBy(p, SAME_ACCOUNT, false);
    case 'star-allowed':
      return namedBy(p, SAME_ACCOUNT, true);
    case 'role-arn-allowed':
      return `Allowed: ${describeStatement(p.statement as StatementRef)} of the ${resourcePolicyOf(p)} names ${who(p)} by its role ARN; only a permissions boundary or session policy could limit that.`;
    case 'cross-account-allowed':
      return `Allowed: the ${resourcePolicyOf(p)} allows ${who(p)} and ${identityOf(p)}.`;
    case 'account-trust-allowed':
      return `Allowed: the ${resourcePolicyOf(p)} trusts account ${p.account ?? '?'} and ${identityOf(p)}.`;
    case 'identity-allowed':
      return `Allowed: ${identityOf(p)}.`;
    default:
      return denied(deniedWords(code, p));
  }
}

type WordedAlone =
  | 'get-caller-identity'
  | 'explicit-deny'
  | 'aws-owned'
  | 'unsigned-allowed'
  | 'unsigned-star-allowed'
  | 'named-directly-allowed'
  | 'star-allowed'
  | 'role-arn-allowed'
  | 'cross-account-allowed'
  | 'account-trust-allowed'
  | 'identity-allowed';

/** The reasons an implicit deny gives, before "Denied: ". */
function deniedWords(code: Exclude<ReasonCode, WordedAlone>, p: ReasonParams): string {
  const rbp = resourcePolicyOf(p);
  switch (code) {
    case 'unknown-caller':
      return `"${p.principal}" is not a principal AWS recognises, so nothing can allow it.`;
    case 'root-cannot-assume':
      return 'the root user cannot assume a role: AWS requires IAM user or role credentials for sts:AssumeRole.';
    case 'anonymous-cannot-assume':
      return 'an anonymous caller cannot assume a role: every way to assume one needs credentials or a token.';
    case 'no-rcp-allows':
      return `no resource control policy at ${p.level ?? '?'} allows ${what(p)}.`;
    case 'no-scp-allows':
      return `no service control policy at ${p.level ?? '?'} allows ${who(p)} ${what(p)}.`;
    case 'unsigned-not-allowed':
      return `the ${rbp} does not allow ${who(p)} ${what(p)}${missedOf(p.missed)}, and ${who(p)} has no identity policies of its own.`;
    case 'unsigned-no-resource-policy':
      return `there is no resource policy to allow ${who(p)} ${what(p)}, and ${who(p)} has no identity policies of its own.`;
    case 'anonymous-not-allowed':
      return `the ${rbp} does not allow ${who(p)} ${what(p)}${missedOf(p.missed)}, and ${ANONYMOUS_ONLY}.`;
    case 'anonymous-no-resource-policy':
      return `there is no resource policy to allow ${who(p)} ${what(p)}, and ${ANONYMOUS_ONLY}.`;
    case 'cross-account-no-resource-allow':
      return `across accounts both sides must allow, and the ${rbp} does not allow ${who(p)} ${what(p)}${missedOf(p.missed)}.`;
    case 'cross-account-no-resource-policy':
      return `across accounts the resource's account must allow through a resource policy, and ${resourceOf(p)} in account ${p.account ?? '?'} has none.`;
    case 'cross-account-no-identity-allow':
      return `the ${rbp} allows ${who(p)}, but across accounts an identity policy of ${who(p)} must also allow ${what(p)}, and none does.`;
    case 'role-not-granted':
      return `the ${rbp} does not allow ${who(p)} ${what(p)}${missedOf(p.missed)}; a role ${EXPLICIT_GRANT}`;
    case 'key-not-granted':
      return `the ${rbp} does not allow ${who(p)} ${what(p)}${missedOf(p.missed)}; a KMS key ${EXPLICIT_GRANT}`;
    case 'role-without-trust':
      return `${resourceOf(p)} has no trust policy here, and a role ${EXPLICIT_GRANT}`;
    case 'key-without-policy':
      return `${resourceOf(p)} has no key policy here, and a KMS key ${EXPLICIT_GRANT}`;
    case 'role-arn-limited':
      return `the ${rbp} names the role, but ${LIMITS[p.limit ?? 'boundary']}.`;
    case 'account-trust-no-identity-allow':
      return `the ${rbp} trusts account ${p.account ?? '?'}, so an identity policy of ${who(p)} must also allow ${what(p)}, and none does.`;
    case 'no-identity-allow':
      return `no identity policy of ${who(p)} allows ${what(p)}.`;
    case 'no-identity-or-resource-allow':
      return `no identity policy of ${who(p)} allows ${what(p)} and the ${rbp} does not either.`;
    case 'identity-allow-limited':
      return `${identityOf(p)}, but ${LIMITS[p.limit ?? 'boundary']}.`;
  }
}

const ANONYMOUS_ONLY = 'only a resource policy naming "*" can allow an anonymous caller';

const KIND_WORDS: Record<PrincipalMatchKind, string> = {
  user: 'the user ARN',
  role: 'the role ARN',
  session: 'the exact session ARN',
  federatedSession: 'the federated user ARN',
  account: 'its account',
  star: '"*"',
  service: 'the service principal',
  federated: 'the identity provider',
  canonicalUser: 'a principal',
};

/** A step's sentence: `StepTrace.message`. */
export function wordStep({ code, params: p }: StepReason): string {
  switch (code) {
    case 'get-caller-identity':
      return callerIdentity(p);
    case 'aws-owned':
      return `AWS refuses this request whatever the policies say: ${ownedOf(p)}.`;
    case 'deny-applies': {
      const s = p.statement as StatementRef;
      return `${describeStatement(s)} of ${policyOf(s, true)} denies ${what(p)}.`;
    }
    case 'no-deny':
      return 'No Deny statement applies.';
    case 'level-fails':
      return `No ${p.orgPolicy ?? 'SCP'} at ${p.level ?? '?'} allows ${what(p)}.`;
    case 'levels-allow':
      return `An ${p.orgPolicy ?? 'SCP'} allows the request at every level (${(p.levels ?? []).join(' → ')}).`;
    case 'levels-not-governing':
      return `${p.orgPolicy ?? 'SCP'}s do not govern this request.`;
    case 'levels-absent':
      return `No ${p.orgPolicy ?? 'SCP'}s take part.`;
    default:
      return policyStep(code, p);
  }
}

/** The sentences of the four policy steps: resource, identity, boundary, session. */
function policyStep(
  code: Exclude<
    StepReasonCode,
    | 'get-caller-identity'
    | 'aws-owned'
    | 'deny-applies'
    | 'no-deny'
    | 'level-fails'
    | 'levels-allow'
    | 'levels-not-governing'
    | 'levels-absent'
  >,
  p: ReasonParams,
): string {
  switch (code) {
    case 'resource-policy-absent':
      return 'No resource policy takes part.';
    case 'resource-policy-allows':
      return `${describeStatement(p.statement as StatementRef)} of the ${resourcePolicyOf(p)} allows ${who(p)} (named as ${p.principalKind ? KIND_WORDS[p.principalKind] : 'a principal'}).`;
    case 'resource-policy-no-allow':
      return `The ${resourcePolicyOf(p)} has no statement allowing ${who(p)} ${what(p)}.`;
    case 'identity-absent':
      return `${who(p)} has no identity policies.`;
    case 'root-full-access':
      return 'The root user has full access in its own account.';
    case 'identity-allows': {
      const s = p.identity as StatementRef;
      return `${describeStatement(s)} of ${policyOf(s)} allows ${what(p)}.`;
    }
    case 'identity-no-allow':
      return `No identity policy of ${who(p)} allows ${what(p)}.`;
    case 'boundary-absent':
      return 'No permissions boundary applies.';
    case 'boundary-allows':
      return `The permissions boundary allows ${what(p)}.`;
    case 'boundary-denies':
      return `The permissions boundary does not allow ${what(p)}.`;
    case 'federated-without-session-policy':
      return 'A federated user session passed no session policy, so it has no permissions of its own.';
    case 'session-policy-absent':
      return 'No session policy was passed.';
    case 'not-a-session':
      return 'Not a session: session policies do not apply.';
    case 'session-policy-allows':
      return `The session policy allows ${what(p)}.`;
    case 'session-policy-denies':
      return `The session policy does not allow ${what(p)}.`;
  }
}

/** Every reason code with the decision it gives: the app's catalogues and tests walk this list. */
export const REASON_DECISIONS: Readonly<Record<ReasonCode, Decision>> = {
  'get-caller-identity': 'Allowed',
  'explicit-deny': 'ExplicitlyDenied',
  'unknown-caller': 'ImplicitlyDenied',
  'root-cannot-assume': 'ImplicitlyDenied',
  'anonymous-cannot-assume': 'ImplicitlyDenied',
  'aws-owned': 'ExplicitlyDenied',
  'no-rcp-allows': 'ImplicitlyDenied',
  'no-scp-allows': 'ImplicitlyDenied',
  'unsigned-allowed': 'Allowed',
  'unsigned-star-allowed': 'Allowed',
  'unsigned-not-allowed': 'ImplicitlyDenied',
  'unsigned-no-resource-policy': 'ImplicitlyDenied',
  'anonymous-not-allowed': 'ImplicitlyDenied',
  'anonymous-no-resource-policy': 'ImplicitlyDenied',
  'cross-account-no-resource-allow': 'ImplicitlyDenied',
  'cross-account-no-resource-policy': 'ImplicitlyDenied',
  'cross-account-no-identity-allow': 'ImplicitlyDenied',
  'cross-account-allowed': 'Allowed',
  'role-not-granted': 'ImplicitlyDenied',
  'role-without-trust': 'ImplicitlyDenied',
  'key-not-granted': 'ImplicitlyDenied',
  'key-without-policy': 'ImplicitlyDenied',
  'named-directly-allowed': 'Allowed',
  'star-allowed': 'Allowed',
  'role-arn-allowed': 'Allowed',
  'role-arn-limited': 'ImplicitlyDenied',
  'account-trust-no-identity-allow': 'ImplicitlyDenied',
  'account-trust-allowed': 'Allowed',
  'no-identity-allow': 'ImplicitlyDenied',
  'no-identity-or-resource-allow': 'ImplicitlyDenied',
  'identity-allowed': 'Allowed',
  'identity-allow-limited': 'ImplicitlyDenied',
};

export const REASON_CODES = Object.keys(REASON_DECISIONS) as ReasonCode[];

const STEP_CODES: Readonly<Record<StepReasonCode, true>> = {
  'get-caller-identity': true,
  'aws-owned': true,
  'deny-applies': true,
  'no-deny': true,
  'level-fails': true,
  'levels-allow': true,
  'levels-not-governing': true,
  'levels-absent': true,
  'resource-policy-absent': true,
  'resource-policy-allows': true,
  'resource-policy-no-allow': true,
  'identity-absent': true,
  'root-full-access': true,
  'identity-allows': true,
  'identity-no-allow': true,
  'boundary-absent': true,
  'boundary-allows': true,
  'boundary-denies': true,
  'federated-without-session-policy': true,
  'session-policy-absent': true,
  'not-a-session': true,
  'session-policy-allows': true,
  'session-policy-denies': true,
};

export const STEP_REASON_CODES = Object.keys(STEP_CODES) as StepReasonCode[];

const NOTES: Readonly<Record<ElementNoteCode, (value: string) => string>> = {
  'not-action-excluded': (v) => `${v} is excluded by NotAction`,
  'not-action-unlisted': (v) => `${v} is not listed in NotAction`,
  'resource-implied': () => 'no Resource element: the policy applies to the resource it is attached to',
  'resource-missing': () => 'the statement has no Resource element, which AWS rejects',
  'not-resource-excluded': (v) => `${v} is excluded by NotResource`,
  'no-principal': () => 'the statement names no principal',
  'caller-unrecognised': () => 'the caller is not a principal AWS recognises',
  'principal-deleted-id': (v) => `${v} is a unique id left by a deleted user or role: it matches nobody`,
  'principal-unrecognised': (v) => `"${v}" is not a principal AWS recognises`,
  'not-principal-listed': () => 'the caller is listed in NotPrincipal',
  'not-principal-unlisted': (v) => `${v} is not listed in NotPrincipal`,
};

export const ELEMENT_NOTE_CODES = Object.keys(NOTES) as ElementNoteCode[];

/** An element's trace with its note as data and in English (traced evaluations only). */
export function noted<T extends ElementTrace>(trace: T, code: ElementNoteCode, value?: string): T {
  trace.noteCode = code;
  if (value !== undefined) trace.noteValue = value;
  trace.note = NOTES[code](value ?? '');
  return trace;
}
