/**
 * The one registry of diagnostic codes. Codes are part of the public surface (tests, the CLI and
 * share links refer to them), so a code is never renumbered or reused: retire it instead.
 *
 * Numbering: TS1xxx malformed JSON, TS2xxx document level, TS3xxx statement structure,
 * TS4xxx Principal / NotPrincipal, TS5xxx Action / Resource, TS6xxx Condition.
 */
import type { PolicyPlacement } from './policy/policyQuotas';
import { def, diagnosticOf, didYouMean, type CodeDef } from '../foundation/diagnosticCode';
import { jsonDiagnosticCodes } from '../foundation/json/jsonDiagnostics';
import type { Diagnostic, PolicyKind, PolicyVersion, PrincipalType, Severity, SourceRange } from './types';
import {
  expectedLabel,
  foundText,
  kindLabel,
  notSerializableText,
  placementLabel,
  principalExpected,
  quotaNote,
  subjectText,
  versionText,
  type ExpectedShape,
  type Found,
  type NotSerializable,
  type Subject,
} from './diagnosticArgs';

export const diagnosticCodes = {
  ...jsonDiagnosticCodes,
  // --- Document level --------------------------------------------------------------------------
  NOT_AN_OBJECT: def(
    'TS2001',
    'error',
    (found: Found) => `A policy document must be a JSON object, but this is ${foundText(found)}.`,
  ),
  UNKNOWN_TOP_LEVEL_ELEMENT: def(
    'TS2002',
    'error',
    (name: string, suggestion: string | undefined) =>
      `Unknown policy element "${name}": a policy has only Version, Id and Statement.${didYouMean(suggestion)}`,
  ),
  DUPLICATE_ELEMENT: def(
    'TS2003',
    'error',
    (name: string) =>
      `"${name}" appears more than once here; AWS rejects duplicate elements. Only the first is used.`,
  ),
  WRONG_TYPE: def(
    'TS2004',
    'error',
    (subject: Subject, expected: ExpectedShape, found: Found) =>
      `${subjectText(subject)} must be ${expectedLabel[expected]}, but this is ${foundText(found)}.`,
  ),
  MISSING_STATEMENT: def('TS2005', 'error', () => 'The policy has no Statement element.'),
  MISSING_VERSION: def(
    'TS2006',
    'warning',
    () =>
      'No Version element: AWS treats the policy as "2008-10-17", where policy variables such as ${aws:username} are literal text. Add "Version": "2012-10-17".',
  ),
  INVALID_VERSION: def(
    'TS2007',
    'error',
    (value: string) =>
      `Invalid Version "${value}": the only valid values are "2012-10-17" (current) and "2008-10-17".`,
  ),
  VARIABLE_WITHOUT_VERSION: def(
    'TS2008',
    'warning',
    (variable: string, version: PolicyVersion | undefined) =>
      `${variable} is literal text, not a policy variable, because the policy Version is ${versionText(version)}. Policy variables need "Version": "2012-10-17".`,
  ),
  ID_IN_IDENTITY_POLICY: def(
    'TS2009',
    'warning',
    (kind: PolicyKind) =>
      `The Id element is for resource-based policies; IAM does not accept it in ${kindLabel[kind]}.`,
  ),
  POLICY_TOO_LARGE: def(
    'TS2010',
    'error',
    (size: number, limit: number, placement: PolicyPlacement) =>
      `The policy is ${size} characters long (not counting whitespace); the limit for ${placementLabel[placement]} is ${limit}.${quotaNote[placement]}`,
  ),
  INPUT_NOT_SERIALIZABLE: def(
    'TS2011',
    'error',
    (reason: NotSerializable) =>
      `The policy value could not be turned into JSON: ${notSerializableText(reason)}.`,
  ),

  // --- Statement structure ---------------------------------------------------------------------
  UNKNOWN_STATEMENT_ELEMENT: def(
    'TS3001',
    'error',
    (name: string, suggestion: string | undefined) =>
      `Unknown statement element "${name}": a statement has Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource and Condition.${didYouMean(suggestion)}`,
  ),
  MISSING_EFFECT: def(
    'TS3002',
    'error',
    () => 'The statement has no Effect: add "Effect": "Allow" or "Effect": "Deny".',
  ),
  INVALID_EFFECT: def('TS3003', 'error', (value: string, suggestion: string | undefined) =>
    suggestion === undefined
      ? `Invalid Effect "${value}": it must be exactly "Allow" or "Deny".`
      : `Invalid Effect "${value}": Effect is case-sensitive, write "${suggestion}".`,
  ),
  ACTION_AND_NOT_ACTION: def(
    'TS3004',
    'error',
    () => 'A statement cannot have both Action and NotAction: keep one.',
  ),
  MISSING_ACTION: def('TS3005', 'error', () => 'The statement needs an Action or a NotAction element.'),
  RESOURCE_AND_NOT_RESOURCE: def(
    'TS3006',
    'error',
    () => 'A statement cannot have both Resource and NotResource: keep one.',
  ),
  MISSING_RESOURCE: def(
    'TS3007',
    'error',
    (kind: PolicyKind) => `A statement in ${kindLabel[kind]} needs a Resource or a NotResource element.`,
  ),
  DUPLICATE_SID: def(
    'TS3008',
    'error',
    (sid: string, firstLine: number) =>
      `Sid "${sid}" is already used by the statement at line ${firstLine}; Sids must be unique within a policy.`,
  ),
  SID_NOT_ALPHANUMERIC: def(
    'TS3009',
    'warning',
    (sid: string) =>
      `Sid "${sid}" has characters other than A-Z, a-z and 0-9; IAM accepts only alphanumeric Sids (some services such as SQS and SNS allow more).`,
  ),
  EMPTY_ELEMENT: def(
    'TS3010',
    'error',
    (element: string) => `${element} is an empty list: it must name at least one value.`,
  ),

  // --- Principal / NotPrincipal ----------------------------------------------------------------
  PRINCIPAL_NOT_ALLOWED: def(
    'TS4001',
    'error',
    (kind: PolicyKind) =>
      `Principal is not allowed in ${kindLabel[kind]}: the principal is whoever the policy is attached to.`,
  ),
  MISSING_PRINCIPAL: def(
    'TS4002',
    'error',
    (kind: PolicyKind) =>
      `A statement in ${kindLabel[kind]} must say who it applies to: add a Principal element.`,
  ),
  NOT_PRINCIPAL_NOT_ALLOWED: def(
    'TS4003',
    'error',
    (kind: PolicyKind) => `NotPrincipal is not allowed in ${kindLabel[kind]}.`,
  ),
  NOT_PRINCIPAL_WITH_ALLOW: def(
    'TS4004',
    'warning',
    () =>
      'NotPrincipal with "Allow" grants access to everyone not listed, including anonymous users; AWS discourages it. Use "Principal": "*" with an ArnNotEquals condition on aws:PrincipalArn.',
  ),
  PRINCIPAL_PARTIAL_WILDCARD: def(
    'TS4005',
    'error',
    (value: string) =>
      `"${value}": you cannot use a wildcard to match part of a principal name or ARN. Use "*" alone, or "Principal": "*" with an ArnLike condition on aws:PrincipalArn.`,
  ),
  UNKNOWN_PRINCIPAL_TYPE: def(
    'TS4006',
    'error',
    (key: string, suggestion: string | undefined) =>
      `Unknown principal type "${key}": use AWS, Service, Federated or CanonicalUser.${didYouMean(suggestion)}`,
  ),
  INVALID_PRINCIPAL_VALUE: def(
    'TS4007',
    'error',
    (type: PrincipalType, value: string) =>
      `Invalid ${type} principal "${value}": expected ${principalExpected[type]}.`,
  ),
  UNRESOLVED_PRINCIPAL_ID: def(
    'TS4008',
    'warning',
    (value: string) =>
      `"${value}" is a unique principal ID, not an ARN: IAM shows one when the role or user it named was deleted. It matches nothing, even if a principal with the same name is created again.`,
  ),
  SCRUBBED_PRINCIPAL: def(
    'TS4010',
    'warning',
    (value: string) =>
      `"${value}" has "aws" where its account id belongs, as in an export whose account ids were removed before sharing: it matches no principal here.`,
  ),
  RCP_PRINCIPAL_NOT_WILDCARD: def(
    'TS4009',
    'error',
    () => 'In a resource control policy the Principal must be "*": limit principals with conditions instead.',
  ),

  // --- Action / Resource -----------------------------------------------------------------------
  INVALID_ACTION_FORMAT: def(
    'TS5001',
    'warning',
    (value: string) =>
      `Invalid action "${value}": it matches no action. Write "service:ActionName" (for example "s3:GetObject") or "*".`,
  ),
  UNKNOWN_SERVICE_PREFIX: def(
    'TS5002',
    'warning',
    (prefix: string) =>
      `Unknown service prefix "${prefix}": no AWS service uses it, so this action matches nothing.`,
  ),
  UNKNOWN_ACTION: def(
    'TS5003',
    'warning',
    (prefix: string, action: string) =>
      `Unknown action "${action}" for service "${prefix}": it matches nothing.`,
  ),
  INVALID_RESOURCE_ARN: def(
    'TS5004',
    'error',
    (value: string) =>
      `Invalid resource "${value}": write an ARN "arn:partition:service:region:account:resource" (six colon-separated parts) or "*".`,
  ),
  RESOURCE_SERVICE_WILDCARD: def(
    'TS5005',
    'error',
    (value: string) => `"${value}": you cannot use a wildcard in the service part of a resource ARN.`,
  ),
  VARIABLE_OUTSIDE_RESOURCE_PART: def(
    'TS5006',
    'error',
    (value: string) =>
      `"${value}": policy variables work only in the resource part of an ARN (after the fifth colon).`,
  ),

  // --- Condition -------------------------------------------------------------------------------
  UNKNOWN_CONDITION_OPERATOR: def(
    'TS6001',
    'error',
    (operator: string, suggestion: string | undefined) =>
      `Unknown condition operator "${operator}".${didYouMean(suggestion)}`,
  ),
  SET_OPERATOR_ON_SINGLE_VALUED_KEY: def(
    'TS6002',
    'warning',
    (qualifier: string, key: string) =>
      `${qualifier} is for multivalued keys, but ${key} is single-valued; drop the ${qualifier}: prefix. ForAllValues on a single-valued key is also true when the key is missing.`,
  ),
  IF_EXISTS_ON_NULL: def(
    'TS6003',
    'error',
    () => 'The IfExists suffix cannot be used with the Null operator.',
  ),
  INVALID_NULL_VALUE: def(
    'TS6004',
    'error',
    (value: string) =>
      `Invalid Null value "${value}": use "true" (the key is absent) or "false" (the key is present).`,
  ),
  INVALID_BOOL_VALUE: def(
    'TS6005',
    'error',
    (value: string) => `Invalid Bool value "${value}": use "true" or "false".`,
  ),
  INVALID_NUMERIC_VALUE: def(
    'TS6006',
    'error',
    (operator: string, value: string) =>
      `${operator} needs a number, but "${value}" is not one (policy variables are not allowed here).`,
  ),
  INVALID_DATE_VALUE: def(
    'TS6007',
    'error',
    (operator: string, value: string) =>
      `${operator} needs an ISO 8601 date (for example "2024-01-31T12:00:00Z") or epoch seconds, but got "${value}".`,
  ),
  INVALID_IP_VALUE: def(
    'TS6008',
    'error',
    (operator: string, value: string) =>
      `${operator} needs an IPv4 or IPv6 address or CIDR range (for example "203.0.113.0/24"), but got "${value}".`,
  ),
  EMPTY_CONDITION_VALUES: def('TS6009', 'error', (key: string) => `Condition key ${key} has no values.`),
} as const;

export type DiagnosticKey = keyof typeof diagnosticCodes;

/** The registry's type: each language's wording is checked against it (src/i18n/diagnosticText.ts). */
export type DiagnosticRegistry = typeof diagnosticCodes;

/** The message arguments of a registry entry. */
export type DiagnosticArgs<K extends DiagnosticKey> = Parameters<(typeof diagnosticCodes)[K]['message']>;

/** Builds a diagnostic from the registry; `severity` overrides the default where context decides it. */
export function makeDiagnostic<K extends DiagnosticKey>(
  key: K,
  range: SourceRange,
  args: DiagnosticArgs<K>,
  severity?: Severity,
): Diagnostic {
  return diagnosticOf(diagnosticCodes[key] as CodeDef<DiagnosticArgs<K>>, range, args, severity);
}
