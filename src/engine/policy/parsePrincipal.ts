/**
 * Principal and NotPrincipal. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { JsonNode } from '../../foundation/json/parseJson';
import type { PrincipalType, PrincipalValue, SourceRange } from '../types';
import { describeNode, indexProperties, readStringList, report, type PolicyCheck } from './policyContext';

const PRINCIPAL_TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

const PARTITION = '[a-z][a-z0-9-]*';
const ACCOUNT_ID_RE = /^\d{12}$/;
// CloudFront origin access identities are IAM users in the reserved "cloudfront" account.
const AWS_ARN_RE = new RegExp(`^arn:${PARTITION}:(?:iam::(?:\\d{12}|cloudfront)|sts::\\d{12}):.+$`);
// IAM writes the unique ID of a deleted role (AROA) or user (AIDA) in place of its ARN.
const UNIQUE_ID_RE = /^A(?:ROA|IDA)[A-Z0-9]{12,}$/;
const HOSTNAME_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const FEDERATED_ARN_RE = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:(?:oidc-provider|saml-provider)/.+$`);
const CANONICAL_USER_RE = /^[0-9a-f]{64}$/i;

function isValidPrincipal(type: PrincipalType, value: string): boolean {
  switch (type) {
    case 'AWS':
      return ACCOUNT_ID_RE.test(value) || AWS_ARN_RE.test(value);
    case 'Service':
      return HOSTNAME_RE.test(value);
    case 'Federated':
      return FEDERATED_ARN_RE.test(value) || HOSTNAME_RE.test(value);
    case 'CanonicalUser':
      return CANONICAL_USER_RE.test(value);
  }
}

/**
 * A user or role ARN whose account reads `aws`: exports shared publicly often have their account ids
 * replaced like this. AWS stored a real account there, so it is kept and matches nothing here.
 */
const SCRUBBED_RE = /^arn:aws[\w-]*:(iam|sts)::aws:(user|role|assumed-role)\//;

function checkValue(check: PolicyCheck, type: PrincipalType, value: string, range: SourceRange): void {
  if (value === '*') return;
  if (value.includes('*') || value.includes('?')) {
    report(check, 'PRINCIPAL_PARTIAL_WILDCARD', range, value);
  } else if (type === 'AWS' && UNIQUE_ID_RE.test(value)) {
    report(check, 'UNRESOLVED_PRINCIPAL_ID', range, value);
  } else if (type === 'AWS' && SCRUBBED_RE.test(value)) {
    report(check, 'SCRUBBED_PRINCIPAL', range, value);
  } else if (!isValidPrincipal(type, value)) {
    report(check, 'INVALID_PRINCIPAL_VALUE', range, type, value);
  }
}

/**
 * Reads a Principal or NotPrincipal value into a flat list. Entries under an unknown type key are
 * dropped; malformed values are reported but kept as written so the editor can still show them.
 */
export function parsePrincipal(
  check: PolicyCheck,
  element: 'Principal' | 'NotPrincipal',
  node: JsonNode,
): PrincipalValue[] | undefined {
  if (node.kind === 'string') {
    if (node.value === '*') return [{ type: 'AWS', value: '*', range: node.range }];
    report(check, 'WRONG_TYPE', node.range, { kind: 'element', name: element }, 'principal', {
      kind: 'theString',
      text: node.value,
    });
    return undefined;
  }
  if (node.kind !== 'object') {
    report(
      check,
      'WRONG_TYPE',
      node.range,
      { kind: 'element', name: element },
      'principal',
      describeNode(node),
    );
    return undefined;
  }
  const byType = indexProperties(check, node, PRINCIPAL_TYPES, (property, suggestion) =>
    report(check, 'UNKNOWN_PRINCIPAL_TYPE', property.keyRange, property.key, suggestion),
  );
  const principals: PrincipalValue[] = [];
  for (const [key, property] of byType) {
    const type = key as PrincipalType;
    const values = readStringList(check, `${element} ${type}`, property.value) ?? [];
    for (const { value, range } of values) {
      checkValue(check, type, value, range);
      principals.push({ type, value, range });
    }
  }
  if (node.properties.length === 0) report(check, 'EMPTY_ELEMENT', node.range, element);
  return principals;
}
