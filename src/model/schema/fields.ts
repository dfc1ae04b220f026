/**
 * Building blocks of the scenario schema (src/model/schema/): each makes a valibot schema with a
 * title and description (for schema/scenario.schema.json and the editor's hovers) and messages in
 * the validator's words. A message starting "expected" or "must be one of" is completed with what
 * was found by checkTree.ts, which knows the value as written (valibot only sees plain data).
 */
import * as v from 'valibot';
import { describePattern, explainMismatch, PATTERNS, type PatternName } from '../validation/patterns';

/** Title and description of a field. */
export type Doc = readonly [title: string, description: string];

const documented = <S extends v.GenericSchema>(schema: S, [title, description]: Doc) =>
  v.pipe(schema, v.title(title), v.description(description));

export const optional = <S extends v.GenericSchema>(schema: S) => v.exactOptional(schema);

export const text = (doc: Doc) => documented(v.string('expected a string'), doc);

export const nonEmptyText = (doc: Doc) =>
  v.pipe(
    v.string('expected a string'),
    v.minLength(1, 'must not be empty'),
    v.title(doc[0]),
    v.description(doc[1]),
  );

export const patterned = (name: PatternName, doc: Doc) =>
  v.pipe(
    v.string(`expected ${describePattern(name)}`),
    v.regex(PATTERNS[name], (issue) => explainMismatch(name, String(issue.input))),
    v.title(doc[0]),
    v.description(doc[1]),
  );

export const wholeNumber = (min: number, max: number, doc: Doc) => {
  const expected = `expected a whole number from ${min} to ${max}`;
  return v.pipe(
    v.number(expected),
    v.integer(expected),
    v.minValue(min, expected),
    v.maxValue(max, expected),
    v.title(doc[0]),
    v.description(doc[1]),
  );
};

export const flag = (doc: Doc) => documented(v.boolean('expected true or false'), doc);

export const oneOf = <const T extends readonly [string, ...string[]]>(options: T, doc: Doc) =>
  documented(v.picklist(options, `must be one of ${options.map((o) => `"${o}"`).join(', ')}`), doc);

export const list = <S extends v.GenericSchema>(item: S, doc: Doc) =>
  documented(v.array(item, 'expected an array'), doc);

/**
 * A closed object: unknown properties are errors (checkTree reports each, with a suggestion).
 * `what` names it in messages: "a role".
 */
export const object = <E extends v.ObjectEntries>(what: string, entries: E, doc: Doc) =>
  documented(
    v.strictObject(entries, (issue) =>
      // valibot reports a missing key with the key, quoted, as what it expected.
      issue.expected?.startsWith('"')
        ? `missing; ${what} must have ${issue.expected}`
        : `expected ${what} (an object)`,
    ),
    doc,
  );

const isDocument = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));

/**
 * A policy document: a JSON object, or a string holding one (as the AWS CLI returns them). Its
 * statements are the policy linter's business, so its type stays `unknown`; the metadata gives the
 * JSON Schema the type the check enforces (write-schema ignores `check` actions).
 */
export const policyDocument = (doc: Doc) =>
  v.pipe(
    v.unknown(),
    v.check(isDocument, 'expected a policy document (an object or a JSON string)'),
    v.metadata({ type: ['object', 'string'] }),
    v.title(doc[0]),
    v.description(doc[1]),
  );

const TAG_KEY = 'tag keys have 1 to 128 characters';
const TAG_VALUE = 'expected a tag value (a string of up to 256 characters)';

/** Tags as IAM allows them: keys of 1–128 characters, values of up to 256. */
export const tags = (doc: Doc) =>
  documented(
    v.record(
      v.pipe(v.string(TAG_KEY), v.minLength(1, TAG_KEY), v.maxLength(128, TAG_KEY)),
      v.pipe(
        v.string(TAG_VALUE),
        v.maxLength(256, TAG_VALUE),
        v.title('Tag value'),
        v.description('The value of the tag.'),
      ),
      'expected tags (an object of strings)',
    ),
    doc,
  );

export const accountId = (title: string, description: string) => patterned('accountId', [title, description]);
export const roleArn = (title: string, description: string) => patterned('roleArn', [title, description]);
export const managedPolicyArns = (holder: string) =>
  optional(
    list(
      patterned('managedPolicyArn', [
        'Managed policy ARN',
        'arn:aws:iam::ACCOUNT:policy/NAME or arn:aws:iam::aws:policy/NAME.',
      ]),
      [
        'Managed policies',
        `ARNs of the customer or AWS managed policies attached to the ${holder}. Customer managed ones should be declared in "managedPolicies"; AWS managed ones (arn:aws:iam::aws:policy/…) are known to Trustscope.`,
      ],
    ),
  );
export const orgPolicyIds = (title: string, description: string) =>
  optional(list(patterned('orgPolicyId', ['Policy id', 'p-… id or policy ARN.']), [title, description]));
