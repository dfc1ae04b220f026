/** One document per diagnostic code that makes the policy reader report it; shared by the tests of its wordings. */
import type { DiagnosticKey } from './diagnostics';
import { parsePolicy, parsePolicyValue, type ActionCatalog } from './policy/parsePolicy';
import { allowS3, statementPolicy } from './policy/policyFixtures';
import type { Diagnostic, PolicyKind } from './types';

/** One document per registry entry that triggers it. */
export const TRIGGERS: Record<
  DiagnosticKey,
  { text: string; kind?: PolicyKind; catalog?: ActionCatalog } | { value: unknown }
> = {
  JSON_EMPTY: { text: '   ' },
  JSON_UNEXPECTED_CHARACTER: { text: '{"Version": @}' },
  JSON_UNEXPECTED_END: { text: '{"Version": "2012-10-17",' },
  JSON_TRAILING_COMMA: { text: '{"Version": "2012-10-17", "Statement": [],}' },
  JSON_COMMENT: { text: '// policy\n{}' },
  JSON_SINGLE_QUOTE: { text: "{'Version': '2012-10-17'}" },
  JSON_UNQUOTED_KEY: { text: '{Version: "2012-10-17"}' },
  JSON_UNTERMINATED_STRING: { text: '{"Version": "2012-10-17}' },
  JSON_BAD_ESCAPE: { text: '{"Id": "a\\xb"}' },
  JSON_CONTROL_CHARACTER: { text: '{"Id": "a\u0001b"}' },
  JSON_INVALID_NUMBER: { text: '{"Id": 007}' },
  JSON_MISSING_COMMA: { text: '{"Id": "a" "Version": "2012-10-17"}' },
  JSON_TRAILING_CONTENT: { text: '{} {}' },
  JSON_TOO_DEEP: { text: '['.repeat(300) },
  JSON_INVALID_LITERAL: { text: '{"Id": undefined}' },
  JSON_MISSING_COLON: { text: '{"Id" "a"}' },
  JSON_NONSTANDARD_WHITESPACE: { text: '{\u200b}' },
  JSON_CURLY_QUOTE: { text: '{“Id”: 1}' },
  NOT_AN_OBJECT: { text: '[]' },
  UNKNOWN_TOP_LEVEL_ELEMENT: { text: '{"Statment": []}' },
  DUPLICATE_ELEMENT: {
    text: statementPolicy(allowS3).replace('"Effect": "Allow",', '"Effect": "Allow", "Effect": "Deny",'),
  },
  WRONG_TYPE: { text: statementPolicy({ ...allowS3, Sid: 5 }) },
  MISSING_STATEMENT: { text: '{"Version": "2012-10-17"}' },
  MISSING_VERSION: { text: statementPolicy(allowS3, null) },
  INVALID_VERSION: { text: statementPolicy(allowS3, '2012-10-18') },
  VARIABLE_WITHOUT_VERSION: {
    text: statementPolicy({ ...allowS3, Resource: 'arn:aws:s3:::b/${aws:username}/*' }, '2008-10-17'),
  },
  ID_IN_IDENTITY_POLICY: { text: '{"Version": "2012-10-17", "Id": "x", "Statement": []}' },
  POLICY_TOO_LARGE: {
    text: statementPolicy({ ...allowS3, Action: Array.from({ length: 400 }, (_, i) => `s3:Get${i}`) }),
    kind: 'session',
  },
  INPUT_NOT_SERIALIZABLE: { value: { n: 1n } },
  UNKNOWN_STATEMENT_ELEMENT: { text: statementPolicy({ ...allowS3, Actions: 's3:*' }) },
  MISSING_EFFECT: { text: statementPolicy({ Action: '*', Resource: '*' }) },
  INVALID_EFFECT: { text: statementPolicy({ ...allowS3, Effect: 'allow' }) },
  ACTION_AND_NOT_ACTION: { text: statementPolicy({ ...allowS3, NotAction: 'iam:*' }) },
  MISSING_ACTION: { text: statementPolicy({ Effect: 'Allow', Resource: '*' }) },
  RESOURCE_AND_NOT_RESOURCE: { text: statementPolicy({ ...allowS3, NotResource: '*' }) },
  MISSING_RESOURCE: { text: statementPolicy({ Effect: 'Allow', Action: '*' }) },
  DUPLICATE_SID: {
    text: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', ...allowS3 },
        { Sid: 'A', ...allowS3 },
      ],
    }),
  },
  SID_NOT_ALPHANUMERIC: { text: statementPolicy({ Sid: 'read-only', ...allowS3 }) },
  EMPTY_ELEMENT: { text: statementPolicy({ ...allowS3, Action: [] }) },
  PRINCIPAL_NOT_ALLOWED: { text: statementPolicy({ ...allowS3, Principal: '*' }) },
  MISSING_PRINCIPAL: { text: statementPolicy({ Effect: 'Allow', Action: 'sts:AssumeRole' }), kind: 'trust' },
  NOT_PRINCIPAL_NOT_ALLOWED: {
    text: statementPolicy({
      Effect: 'Deny',
      NotPrincipal: { AWS: '111122223333' },
      Action: 'sts:AssumeRole',
    }),
    kind: 'trust',
  },
  NOT_PRINCIPAL_WITH_ALLOW: {
    text: statementPolicy({ ...allowS3, NotPrincipal: { AWS: '111122223333' } }),
    kind: 'resource',
  },
  PRINCIPAL_PARTIAL_WILDCARD: {
    text: statementPolicy({ ...allowS3, Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }),
    kind: 'resource',
  },
  UNKNOWN_PRINCIPAL_TYPE: {
    text: statementPolicy({ ...allowS3, Principal: { Services: 'ec2.amazonaws.com' } }),
    kind: 'resource',
  },
  INVALID_PRINCIPAL_VALUE: {
    text: statementPolicy({ ...allowS3, Principal: { AWS: 'arn:aws:iam::1234:root' } }),
    kind: 'resource',
  },
  UNRESOLVED_PRINCIPAL_ID: {
    text: statementPolicy({ ...allowS3, Principal: { AWS: 'AROA1234567890EXAMPLE' } }),
    kind: 'resource',
  },
  SCRUBBED_PRINCIPAL: {
    text: statementPolicy({ ...allowS3, Principal: { AWS: 'arn:aws:iam::aws:role/deploy' } }),
    kind: 'resource',
  },
  RCP_PRINCIPAL_NOT_WILDCARD: {
    text: statementPolicy({
      Effect: 'Deny',
      Principal: { AWS: '111122223333' },
      Action: 's3:*',
      Resource: '*',
    }),
    kind: 'rcp',
  },
  INVALID_ACTION_FORMAT: { text: statementPolicy({ ...allowS3, Action: 's3.GetObject' }) },
  UNKNOWN_SERVICE_PREFIX: {
    text: statementPolicy({ ...allowS3, Action: 's4:GetObject' }),
    catalog: { hasService: (p) => p === 's3', hasAction: () => true },
  },
  UNKNOWN_ACTION: {
    text: statementPolicy({ ...allowS3, Action: 's3:GetObjekt' }),
    catalog: { hasService: () => true, hasAction: () => false },
  },
  INVALID_RESOURCE_ARN: { text: statementPolicy({ ...allowS3, Resource: 'arn:aws:s3:bucket' }) },
  RESOURCE_SERVICE_WILDCARD: { text: statementPolicy({ ...allowS3, Resource: 'arn:aws:*:::bucket' }) },
  VARIABLE_OUTSIDE_RESOURCE_PART: {
    text: statementPolicy({ ...allowS3, Resource: 'arn:aws:iam::${aws:PrincipalAccount}:user/x' }),
  },
  UNKNOWN_CONDITION_OPERATOR: {
    text: statementPolicy({ ...allowS3, Condition: { StringEqual: { 'aws:username': 'a' } } }),
  },
  SET_OPERATOR_ON_SINGLE_VALUED_KEY: {
    text: statementPolicy({
      ...allowS3,
      Condition: { 'ForAllValues:StringEquals': { 'aws:SourceVpc': 'vpc-1' } },
    }),
  },
  IF_EXISTS_ON_NULL: {
    text: statementPolicy({ ...allowS3, Condition: { NullIfExists: { 'aws:TokenIssueTime': 'true' } } }),
  },
  INVALID_NULL_VALUE: {
    text: statementPolicy({ ...allowS3, Condition: { Null: { 'aws:TokenIssueTime': 'yes' } } }),
  },
  INVALID_BOOL_VALUE: {
    text: statementPolicy({ ...allowS3, Condition: { Bool: { 'aws:SecureTransport': 1 } } }),
  },
  INVALID_NUMERIC_VALUE: {
    text: statementPolicy({ ...allowS3, Condition: { NumericLessThan: { 's3:max-keys': 'ten' } } }),
  },
  INVALID_DATE_VALUE: {
    text: statementPolicy({ ...allowS3, Condition: { DateLessThan: { 'aws:CurrentTime': '31/12/2024' } } }),
  },
  INVALID_IP_VALUE: {
    text: statementPolicy({ ...allowS3, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } } }),
  },
  EMPTY_CONDITION_VALUES: {
    text: statementPolicy({ ...allowS3, Condition: { StringEquals: { 'aws:username': [] } } }),
  },
};

/** Every diagnostic the trigger of `key` makes. */
export function triggerDiagnostics(key: DiagnosticKey): Diagnostic[] {
  const trigger = TRIGGERS[key];
  return 'value' in trigger
    ? parsePolicyValue(trigger.value, 'identity').diagnostics
    : parsePolicy(
        trigger.text,
        trigger.kind ?? 'identity',
        trigger.catalog === undefined ? {} : { catalog: trigger.catalog },
      ).diagnostics;
}
