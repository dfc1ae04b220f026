/**
 * The arguments of the policy diagnostics that name a kind of thing rather than quote the document:
 * codes, so each language words them (src/i18n/diagnosticsZhHans.ts…), with their English words
 * for the registry's messages.
 */
import type { PolicyPlacement } from './policy/policyQuotas';
import type { PolicyKind, PolicyVersion, PrincipalType } from './types';

/** What a JSON value turned out to be, where another type was expected. */
export type Found =
  | { readonly kind: 'object' | 'array' | 'string' | 'emptyString' | 'null' }
  | { readonly kind: 'number' | 'boolean' | 'theString'; readonly text: string };

/** Which part of the policy has the wrong type. */
export type Subject =
  | { readonly kind: 'element' | 'eachValue'; readonly name: string }
  | { readonly kind: 'eachStatement' }
  | { readonly kind: 'conditionKey' | 'eachConditionValue'; readonly key: string }
  | { readonly kind: 'conditionOperator'; readonly operator: string };

/** The type a part of the policy must have. */
export type ExpectedShape =
  | 'string'
  | 'allowOrDeny'
  | 'versionString'
  | 'stringList'
  | 'object'
  | 'objects'
  | 'principal'
  | 'conditionValue'
  | 'conditionValues'
  | 'operatorBlock'
  | 'keyBlock';

/** Why a policy value has no JSON form: what JSON.stringify threw, or the value's `typeof`. */
export type NotSerializable =
  { readonly kind: 'threw'; readonly error: string } | { readonly kind: 'noJsonForm'; readonly type: string };

export const kindLabel: Record<PolicyKind, string> = {
  identity: 'an identity-based policy',
  trust: 'a role trust policy',
  resource: 'a resource-based policy',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
  boundary: 'a permissions boundary',
  session: 'a session policy',
};

export const placementLabel: Record<PolicyPlacement, string> = {
  managed: 'a customer managed policy',
  awsManaged: 'an AWS managed policy',
  roleInline: "a role's inline policies",
  userInline: "a user's inline policies",
  groupInline: "a group's inline policies",
  trust: 'a role trust policy',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
  session: 'a session policy',
  resource: 'a resource-based policy',
};

const INLINE_NOTE = ' This limit is for all inline policies of the entity together.';

/** Said after a quota's figures: what the limit is, or how it can differ. */
export const quotaNote: Record<PolicyPlacement, string> = {
  managed: ' This is the managed policy limit.',
  awsManaged: '',
  roleInline: INLINE_NOTE,
  userInline: INLINE_NOTE,
  groupInline: INLINE_NOTE,
  trust: ' This is the default quota; it can be raised to 4096 with Service Quotas.',
  scp: '',
  rcp: '',
  session: '',
  resource: ' This is the S3 bucket policy limit; other services differ.',
};

export const principalExpected: Record<PrincipalType, string> = {
  AWS: '"*", a 12-digit account ID, or an arn:aws:iam:: or arn:aws:sts:: ARN',
  Service: 'a service principal such as "ec2.amazonaws.com"',
  Federated:
    'an arn:aws:iam::ACCOUNT:oidc-provider/... or arn:aws:iam::ACCOUNT:saml-provider/... ARN, or an identity provider such as "cognito-identity.amazonaws.com"',
  CanonicalUser: 'a 64-character hexadecimal S3 canonical user ID',
};

export const expectedLabel: Record<ExpectedShape, string> = {
  string: 'a string',
  allowOrDeny: '"Allow" or "Deny"',
  versionString: 'the string "2012-10-17"',
  stringList: 'a string or an array of strings',
  object: 'an object',
  objects: 'an object or an array of objects',
  principal: '"*" or an object such as {"AWS": "123456789012"}',
  conditionValue: 'a string, number or boolean',
  conditionValues: 'a string, number or boolean, or an array of them',
  operatorBlock: 'an object of condition operators',
  keyBlock: 'an object of condition keys',
};

export function foundText(found: Found): string {
  switch (found.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'emptyString':
      return 'an empty string';
    case 'null':
      return 'null';
    case 'number':
      return `the number ${found.text}`;
    case 'boolean':
      return `the boolean ${found.text}`;
    case 'theString':
      return `the string "${found.text}"`;
  }
}

export function subjectText(subject: Subject): string {
  switch (subject.kind) {
    case 'element':
      return subject.name;
    case 'eachValue':
      return `Each ${subject.name} value`;
    case 'eachStatement':
      return 'Each statement';
    case 'conditionKey':
      return `The value of condition key ${subject.key}`;
    case 'eachConditionValue':
      return `Each value of condition key ${subject.key}`;
    case 'conditionOperator':
      return `Condition operator ${subject.operator}`;
  }
}

export const versionText = (version: PolicyVersion | undefined): string =>
  version === undefined ? 'missing (AWS then uses "2008-10-17")' : `"${version}"`;

export const notSerializableText = (reason: NotSerializable): string =>
  reason.kind === 'threw' ? reason.error : `a value of type ${reason.type} has no JSON form`;
