import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorContext } from './policyLocation';

/** The text with the first `|` removed, and that position as the offset. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no cursor marker');
  return cursorContext(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

const policy = (statement: string) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statement}\n  ]\n}`;

describe('cursorContext', () => {
  it('finds an action in a string and in a list', () => {
    const single = at(policy('{ "Effect": "Allow", "Action": "sts:Assume|Role", "Resource": "*" }'));
    expect(single).toMatchObject({
      kind: 'action',
      element: 'Action',
      prefix: 'sts:Assume',
      text: 'sts:AssumeRole',
    });
    const list = at(policy('{ "Effect": "Allow", "NotAction": ["s3:Get*", "iam:|"] }'));
    expect(list).toMatchObject({ kind: 'action', element: 'NotAction', prefix: 'iam:', text: 'iam:' });
    expect(list.statementNotActions).toEqual(['s3:Get*', 'iam:']);
  });

  it('reports the content offsets of the string', () => {
    const text = '{"Statement":{"Action":"s3:GetObject"}}';
    const ctx = cursorContext(text, text.indexOf('Get'));
    expect(ctx.kind).toBe('action');
    expect(text.slice(ctx.contentStart, ctx.contentEnd)).toBe('s3:GetObject');
    expect(ctx.prefix).toBe('s3:');
  });

  it('counts the position before the closing quote as inside, after it as outside', () => {
    expect(at('{"Statement":{"Action":"s3:|"}}').kind).toBe('action');
    expect(at('{"Statement":{"Action":"s3:"|}}').kind).toBe('other');
    expect(at('{"Statement":{"Action":|"s3:"}}').kind).toBe('other');
  });

  it('copes with half-typed JSON: unterminated strings, missing commas and brackets', () => {
    expect(at('{"Statement":[{"Effect":"Allow","Action":["s3:Ge|')).toMatchObject({
      kind: 'action',
      prefix: 's3:Ge',
    });
    expect(at('{"Statement":[{"Effect":"Allow" "Action":"ec2:|"\n "Resource": "*"}]}')).toMatchObject({
      kind: 'action',
      prefix: 'ec2:',
    });
    expect(
      at('{"Statement":[{"Effect":"Allow",\n "Action": "s3:|\n "Resource": ["arn:aws:s3:::b"],}]}').kind,
    ).toBe('action');
    expect(at('// note\n{"Statement":{/* c */"Action":"s3:|"}}').kind).toBe('action');
  });

  it('finds resources and their statement actions', () => {
    const ctx = at(
      policy('{ "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": ["arn:|"] }'),
    );
    expect(ctx).toMatchObject({ kind: 'resource', element: 'Resource', prefix: 'arn:' });
    expect(ctx.statementActions).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(at(policy('{ "Effect": "Deny", "NotResource": "|" }')).kind).toBe('resource');
  });

  it('finds condition keys and operators', () => {
    const key = at(
      policy('{ "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "sts:Ext|": "x" } } }'),
    );
    expect(key).toMatchObject({ kind: 'conditionKey', operator: 'StringEquals', prefix: 'sts:Ext' });
    expect(key.statementActions).toEqual(['sts:AssumeRole']);
    const typing = at(policy('{ "Action": "s3:*", "Condition": { "Bool": { "aws:|'));
    expect(typing).toMatchObject({ kind: 'conditionKey', operator: 'Bool', prefix: 'aws:' });
    expect(at(policy('{ "Condition": { "String|Equals": {} } }')).kind).toBe('conditionOperator');
    // A condition value is not a key.
    expect(at(policy('{ "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-|" } } }')).kind).toBe(
      'other',
    );
  });

  it('ignores look-alikes outside a statement and other elements', () => {
    expect(at('{"Action":"s3:|"}').kind).toBe('other');
    expect(at('{"Statement":[{"Sid":"s3:|"}]}').kind).toBe('other');
    expect(at('{"Statement":[{"Principal":{"AWS":"arn:|"}}]}').kind).toBe('other');
    expect(at('{"Statement":[{"Effect":"Allow|"}]}').kind).toBe('other');
    expect(at('|').kind).toBe('other');
    expect(at('[|]').kind).toBe('other');
  });

  it('keeps the text as written: escapes, an escaped quote at the end of an unfinished line', () => {
    const escaped = at('{"Statement":{"Resource":"arn:aws:s3:::a\\u0062|c"}}');
    expect(escaped).toMatchObject({ kind: 'resource', text: 'arn:aws:s3:::a\\u0062c' });
    const open = at('{"Statement":{"Resource":"arn:\\"|\n}}');
    expect(open).toMatchObject({ kind: 'resource', text: 'arn:\\"', prefix: 'arn:\\"' });
  });

  it('tolerates trailing commas and reads the first of repeated keys', () => {
    expect(at('{"Statement":[{"Action":["s3:Get*",],"Resource":"|",},],}').kind).toBe('resource');
    const repeated = at('{"Statement":{"Action":"s3:|","Action":"ec2:Run*"}}');
    expect(repeated.statementActions).toEqual(['s3:', 'ec2:Run*']);
  });

  it('finds nothing in a Condition that is not an object, or below a condition key', () => {
    expect(at('{"Statement":{"Condition":["String|Equals"]}}').kind).toBe('other');
    expect(at('{"Statement":{"Condition":{"StringEquals":{"aws:x":{"nested|":1}}}}}').kind).toBe('other');
    expect(at('{"Statement":{"Action":[["s3:|"]]}}').kind).toBe('other');
  });

  it('accepts a Statement object as well as a list', () => {
    expect(at('{"Statement":{"Effect":"Allow","Action":"iam:Pass|"}}').kind).toBe('action');
  });

  it('never throws, whatever the text and offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]:,"\'\\ /*\nab') }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const ctx = cursorContext(text, offset);
        expect(ctx.contentStart).toBeLessThanOrEqual(ctx.contentEnd);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives very deep nesting', () => {
    const deep = '{"Statement":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}';
    expect(cursorContext(deep, 20_000).kind).toBe('other');
    const deepAction = '{"Statement":{"Action":"s3:","Condition":' + '['.repeat(50_000) + '}}';
    expect(cursorContext(deepAction, deepAction.indexOf('s3:') + 3).kind).toBe('other');
  });
});
