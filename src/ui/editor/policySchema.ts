/**
 * JSON Schema (draft-07) of an IAM policy document, for Monaco's JSON worker: completion of element
 * names, enum values and condition operators, and hover text. Descriptions summarise AWS's "IAM JSON
 * policy element reference". Trustscope's own engine (markers owner 'trustscope') stays the judge of
 * validity; see monacoSetup.ts for how the schema is registered. Pure data: no Monaco import.
 */

export const policySchemaUri = 'trustscope://schema/policy.json';

type Schema = Record<string, unknown>;

const stringOrStrings = (description: string): Schema => ({
  description,
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
});

const principalDescription =
  'The principal allowed or denied access: "*" for everyone (anonymous included), or a map of principal ' +
  'types (AWS, Service, Federated, CanonicalUser) to one value or a list. Only in resource-based and ' +
  'role trust policies.';

const principal = (description: string): Schema => ({
  description,
  anyOf: [
    { type: 'string', enum: ['*'], description: 'Everyone, including anonymous users.' },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        AWS: stringOrStrings(
          'AWS account or IAM principals: an account ID or root ARN (arn:aws:iam::123456789012:root) means the ' +
            'account, which then delegates through its own identity policies; a role, user or assumed-role ' +
            'session ARN names that principal; "*" means any AWS principal.',
        ),
        Service: stringOrStrings(
          'AWS service principals, for example "ec2.amazonaws.com" or "lambda.amazonaws.com". Lets the ' +
            'service assume the role or act on the resource.',
        ),
        Federated: stringOrStrings(
          'A web identity or SAML provider: an IAM OIDC/SAML provider ARN, or "cognito-identity.amazonaws.com", ' +
            '"accounts.google.com", "graph.facebook.com", "www.amazon.com". Used with ' +
            'sts:AssumeRoleWithWebIdentity / sts:AssumeRoleWithSAML.',
        ),
        CanonicalUser: stringOrStrings(
          'An Amazon S3 canonical user ID (an obfuscated account ID), used by S3 and CloudFront origin access identities.',
        ),
      },
    },
  ],
});

/** Condition operators (AWS "IAM JSON policy elements: Condition operators"). */
const operators: Record<string, string> = {
  StringEquals: 'Exact, case-sensitive string match.',
  StringNotEquals: 'Negated exact, case-sensitive string match.',
  StringEqualsIgnoreCase: 'Exact string match, ignoring case.',
  StringNotEqualsIgnoreCase: 'Negated string match, ignoring case.',
  StringLike: 'Case-sensitive match with wildcards: * matches any run of characters, ? one character.',
  StringNotLike: 'Negated case-sensitive match with wildcards (* and ?).',
  NumericEquals: 'Number is equal.',
  NumericNotEquals: 'Number is not equal.',
  NumericLessThan: 'Number is less than the value.',
  NumericLessThanEquals: 'Number is less than or equal to the value.',
  NumericGreaterThan: 'Number is greater than the value.',
  NumericGreaterThanEquals: 'Number is greater than or equal to the value.',
  DateEquals: 'Date is equal (ISO 8601 or epoch seconds).',
  DateNotEquals: 'Date is not equal.',
  DateLessThan: 'Date is before the value.',
  DateLessThanEquals: 'Date is at or before the value.',
  DateGreaterThan: 'Date is after the value.',
  DateGreaterThanEquals: 'Date is at or after the value.',
  Bool: 'Boolean match: "true" or "false".',
  BinaryEquals: 'Byte-for-byte match of a base64-encoded binary value.',
  IpAddress: 'The IP address is in the given address or CIDR range.',
  NotIpAddress: 'The IP address is not in the given address or CIDR range.',
  ArnEquals: 'ARN match, segment by segment, with wildcards allowed in each segment (same as ArnLike).',
  ArnLike: 'ARN match, segment by segment, with wildcards (* and ?) allowed in each segment.',
  ArnNotEquals: 'Negated ARN match (same as ArnNotLike).',
  ArnNotLike: 'Negated ARN match with wildcards.',
  Null: '"true": the key must be absent from the request context; "false": it must be present (and not null).',
};

const conditionValue: Schema = {
  anyOf: [
    { type: ['string', 'number', 'boolean'] },
    { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
  ],
};

const conditionBlock = (description: string): Schema => ({
  type: 'object',
  description,
  additionalProperties: {
    ...conditionValue,
    description: 'The values to compare the condition key with (OR-ed).',
  },
});

const operatorProperties = Object.fromEntries(
  Object.entries(operators).flatMap(([op, text]) => {
    const entries: [string, Schema][] = [
      [
        op,
        conditionBlock(
          `${text}\n\nMaps condition keys to values. Keys are AND-ed; the values of one key are OR-ed.`,
        ),
      ],
    ];
    if (op !== 'Null') {
      entries.push([
        `${op}IfExists`,
        conditionBlock(`${text}\n\n…IfExists: also true when the key is absent from the request context.`),
      ]);
    }
    return entries;
  }),
);

const condition: Schema = {
  type: 'object',
  description:
    'Conditions under which the statement is in effect: a map of condition operators to maps of condition ' +
    'keys to values. All operators and keys must match (AND); any value of one key may match (OR).',
  properties: operatorProperties,
  patternProperties: {
    '^(ForAllValues|ForAnyValue):[A-Za-z]+$': conditionBlock(
      'Set operator for multivalued keys. ForAnyValue: true if at least one request value matches one of the ' +
        'condition values. ForAllValues: true if every request value matches one of the condition values ' +
        '(and also when the key is absent or empty, so pair it with a Null check in Allow statements).',
    ),
  },
  additionalProperties: conditionBlock('A condition operator.'),
};

const statement: Schema = {
  type: 'object',
  description: 'One permission rule: Effect, actions, resources, principals (where allowed) and conditions.',
  additionalProperties: false,
  required: ['Effect'],
  properties: {
    Sid: {
      type: 'string',
      description:
        'Statement ID: an optional identifier for the statement, unique within the policy. Some services ' +
        '(SQS, SNS) restrict it to ASCII letters and digits.',
    },
    Effect: {
      type: 'string',
      enum: ['Allow', 'Deny'],
      enumDescriptions: [
        'Allow the actions, unless an explicit Deny or a guardrail (SCP, RCP, boundary, session policy) stops them.',
        'Explicitly deny the actions: a Deny always overrides an Allow.',
      ],
      description: 'Whether the statement allows or explicitly denies access.',
    },
    Principal: principal(principalDescription),
    NotPrincipal: principal(
      'Every principal except the ones listed. Only with "Effect": "Deny" in practice; AWS recommends ' +
        'conditions such as aws:PrincipalArn instead.',
    ),
    Action: stringOrStrings(
      'The actions the statement covers, as "service:ActionName" (case-insensitive), with * and ? wildcards, ' +
        'e.g. "s3:GetObject", "s3:Get*", or "*" for all.',
    ),
    NotAction: stringOrStrings(
      'Every action except the ones listed. With Allow it grants everything else (often more than intended); ' +
        'with Deny it denies everything else.',
    ),
    Resource: stringOrStrings(
      'The resources the statement covers, as ARNs with * and ? wildcards, or "*" for all. Required in identity ' +
        'policies; in resource-based policies it names the resource itself.',
    ),
    NotResource: stringOrStrings('Every resource except the ones listed (ARNs with wildcards).'),
    Condition: condition,
  },
};

export const policySchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: policySchemaUri,
  title: 'AWS IAM policy document',
  type: 'object',
  additionalProperties: false,
  required: ['Statement'],
  properties: {
    Version: {
      type: 'string',
      enum: ['2012-10-17', '2008-10-17'],
      enumDescriptions: [
        'The current policy language version. Use it: policy variables such as ${aws:username} only work with it.',
        'An older version: policy variables are not substituted (treated as literal text).',
      ],
      description: 'The policy language version. Always write "2012-10-17".',
      default: '2012-10-17',
    },
    Id: {
      type: 'string',
      description:
        'An optional identifier for the policy (some services, such as SQS and SNS, use it; a UUID is common).',
    },
    Statement: {
      description: 'One statement or a list of statements; each is evaluated on its own.',
      anyOf: [statement, { type: 'array', items: statement }],
    },
  },
};
