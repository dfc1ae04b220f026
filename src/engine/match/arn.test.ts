import { describe, it, expect } from 'vitest';
import {
  compileActionPattern,
  compileArnConditionPattern,
  compileResourceElement,
  compileResourcePattern,
  parseArn,
} from './arn';

const RESOURCE_DOC =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html';
const ARN_OP_DOC =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN';
const ACTION_DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html';

describe('parseArn', () => {
  it('splits the first five colons and keeps colons in the resource', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111122223333:log-group:g:log-stream:s')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '111122223333',
      resource: 'log-group:g:log-stream:s',
    });
    expect(parseArn('arn:aws:s3:::bucket/key')?.resource).toBe('bucket/key');
  });

  it('rejects non-ARNs', () => {
    expect(parseArn('arn:aws:s3')).toBeUndefined();
    expect(parseArn('urn:aws:s3:::b')).toBeUndefined();
    expect(parseArn('*')).toBeUndefined();
  });
});

describe(`Resource patterns (${RESOURCE_DOC})`, () => {
  it('"*" alone matches everything', () => {
    const m = compileResourcePattern('*');
    expect(m('arn:aws:s3:::b/k')).toBe(true);
    expect(m('*')).toBe(true);
  });

  it('exact ARNs match exactly and case-sensitively ("the IAM user name is case sensitive")', () => {
    const m = compileResourcePattern('arn:aws:iam::111122223333:user/Bob');
    expect(m('arn:aws:iam::111122223333:user/Bob')).toBe(true);
    expect(m('arn:aws:iam::111122223333:user/bob')).toBe(false);
  });

  it('docs example: b/* matches objects whose keys hold many slashes', () => {
    const m = compileResourcePattern('arn:aws:s3:::amzn-s3-demo-bucket/*');
    expect(m('arn:aws:s3:::amzn-s3-demo-bucket/1///test///my-object.jpg')).toBe(true);
    expect(m('arn:aws:s3:::amzn-s3-demo-bucket')).toBe(false);
    expect(m('arn:aws:s3:::amzn-s3-demo-bucket2/x')).toBe(false);
  });

  it('docs example: b/*/test/* needs a literal /test/', () => {
    const m = compileResourcePattern('arn:aws:s3:::amzn-s3-demo-bucket/*/test/*');
    for (const ok of [
      '1/test/object.jpg',
      '1/2/test/object.jpg',
      '1/2/test/3/object.jpg',
      '1/2/3/test/4/object.jpg',
      '1///test///object.jpg',
      '1/test/.jpg',
      '/test/object.jpg',
      '1/test/',
    ]) {
      expect(m(`arn:aws:s3:::amzn-s3-demo-bucket/${ok}`), ok).toBe(true);
    }
    for (const no of ['1-test/object.jpg', 'test/object.jpg', '1/2/test.jpg']) {
      expect(m(`arn:aws:s3:::amzn-s3-demo-bucket/${no}`), no).toBe(false);
    }
  });

  it('a wildcard in the resource part crosses colons', () => {
    const m = compileResourcePattern('arn:aws:logs:us-east-1:111122223333:log-group:app-*');
    expect(m('arn:aws:logs:us-east-1:111122223333:log-group:app-1:log-stream:s')).toBe(true);
  });

  it('a non-final * in a leading segment stays within the segment', () => {
    const m = compileResourcePattern('arn:aws:ec2:us-*-1:111122223333:instance/*');
    expect(m('arn:aws:ec2:us-east-1:111122223333:instance/i-1')).toBe(true);
    // "us-" … "-1" cannot be stretched across the region/account colon.
    expect(m('arn:aws:ec2:us-east:9-1:111122223333:instance/i-1')).toBe(false);
  });

  it('? in a leading segment does not match a colon', () => {
    const m = compileResourcePattern('arn:aws:sqs:us-east-?:111122223333:q');
    expect(m('arn:aws:sqs:us-east-2:111122223333:q')).toBe(true);
    const n = compileResourcePattern('arn:aws:sqs:us-east-1?111122223333:q');
    expect(n('arn:aws:sqs:us-east-1:111122223333:q')).toBe(false);
  });

  it('"If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon boundaries"', () => {
    // A trailing * in the region segment may swallow the rest of the ARN.
    expect(compileResourcePattern('arn:aws:s3:*')('arn:aws:s3:::bucket/key')).toBe(true);
    expect(compileResourcePattern('arn:aws:iam::*')('arn:aws:iam::111122223333:role/R')).toBe(true);
    expect(compileResourcePattern('arn:aws:iam::111*')('arn:aws:iam::111122223333:role/R')).toBe(true);
    expect(compileResourcePattern('arn:aws:iam::*:role/R')('arn:aws:iam::111122223333:role/R')).toBe(true);
    expect(compileResourcePattern('arn:aws:iam::*:role/R')('arn:aws:iam::111122223333:user/R')).toBe(false);
  });

  it('the service segment is matched like the others (a pattern without it matches nothing else)', () => {
    expect(compileResourcePattern('arn:aws:s3:::b')('arn:aws:sqs:::b')).toBe(false);
  });

  it('substituted variable values are literal in Resource', () => {
    const m = compileResourcePattern([
      { text: 'arn:aws:s3:::b/home/', literal: false },
      { text: 'Bob*', literal: true },
      { text: '/*', literal: false },
    ]);
    expect(m('arn:aws:s3:::b/home/Bob*/x')).toBe(true);
    expect(m('arn:aws:s3:::b/home/Bobby/x')).toBe(false);
  });
});

describe(`ArnEquals / ArnLike patterns (${ARN_OP_DOC})`, () => {
  it('matches each of the six components separately', () => {
    const m = compileArnConditionPattern('arn:aws:iam::*:role/*');
    expect(m('arn:aws:iam::123456789012:role/AdminRole')).toBe(true);
    expect(m('arn:aws:iam::123456789012:user/User')).toBe(false);
    const i = compileArnConditionPattern('arn:aws:ec2:*:*:instance/i-?????');
    expect(i('arn:aws:ec2:us-east-1:123456789012:instance/i-12345')).toBe(true);
    expect(i('arn:aws:ec2:us-east-1:123456789012:instance/i-123456')).toBe(false);
  });

  it('a * does not cross a colon, unlike StringLike', () => {
    // StringLike "arn:aws:*" would match this; the ARN operators need all six components.
    const m = compileArnConditionPattern('arn:aws:*');
    expect(m('arn:aws:s3:::bucket')).toBe(false);
    const n = compileArnConditionPattern('arn:aws:sns:*:123456789012:*');
    expect(n('arn:aws:sns:us-east-1:123456789012:topic')).toBe(true);
    expect(n('arn:aws:sns:us-east-1:999:123456789012:topic')).toBe(false);
  });

  it('is case-sensitive', () => {
    expect(compileArnConditionPattern('arn:aws:iam::*:role/Admin')('arn:aws:iam::1:role/admin')).toBe(false);
  });

  it('the sixth component may contain colons', () => {
    const m = compileArnConditionPattern('arn:aws:logs:*:*:log-group:*');
    expect(m('arn:aws:logs:us-east-1:1:log-group:g:log-stream:s')).toBe(true);
  });

  it('non-ARN request values never match', () => {
    expect(compileArnConditionPattern('arn:*:*:*:*:*')('not-an-arn')).toBe(false);
  });

  it('substituted values are literal', () => {
    const m = compileArnConditionPattern([
      { text: 'arn:aws:iam::1:user/', literal: false },
      { text: 'a*', literal: true },
    ]);
    expect(m('arn:aws:iam::1:user/a*')).toBe(true);
    expect(m('arn:aws:iam::1:user/ab')).toBe(false);
  });
});

describe(`Action patterns (${ACTION_DOC})`, () => {
  it('prefix and action name are case-insensitive', () => {
    expect(compileActionPattern('iam:ListAccessKeys')('IAM:listaccesskeys')).toBe(true);
  });
  it('wildcards anywhere', () => {
    const m = compileActionPattern('iam:*AccessKey*');
    expect(m('iam:CreateAccessKey')).toBe(true);
    expect(m('iam:ListAccessKeys')).toBe(true);
    expect(m('iam:ListUsers')).toBe(false);
    expect(compileActionPattern('s3:Get?bject')('s3:GetObject')).toBe(true);
  });
  it('"*" is every action', () => {
    expect(compileActionPattern('*')('anything:AtAll')).toBe(true);
  });
});

describe('compileResourceElement: variables in Resource (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html)', () => {
  const lookup = (values: Record<string, string>) => (k: string) => values[k];
  it('substitutes in the resource part under 2012-10-17', () => {
    const r = compileResourceElement('arn:aws:s3:::b/home/${aws:username}/*', '2012-10-17');
    expect(r.hasVariables).toBe(true);
    expect(r.matches('arn:aws:s3:::b/home/alice/x', lookup({ 'aws:username': 'alice' }))).toBe(true);
    expect(r.matches('arn:aws:s3:::b/home/bob/x', lookup({ 'aws:username': 'alice' }))).toBe(false);
  });
  it('an unresolved variable makes the entry match nothing', () => {
    const r = compileResourceElement('arn:aws:s3:::b/home/${aws:username}/*', '2012-10-17');
    expect(r.matches('arn:aws:s3:::b/home/${aws:username}/x', lookup({}))).toBe(false);
  });
  it('substituted values are literal, not wildcards', () => {
    const r = compileResourceElement('arn:aws:s3:::b/${aws:username}', '2012-10-17');
    expect(r.matches('arn:aws:s3:::b/Bobby', lookup({ 'aws:username': 'Bob*' }))).toBe(false);
    expect(r.matches('arn:aws:s3:::b/Bob*', lookup({ 'aws:username': 'Bob*' }))).toBe(true);
  });
  it('no substitution under 2008-10-17 or without Version', () => {
    for (const v of ['2008-10-17', undefined] as const) {
      const r = compileResourceElement('arn:aws:s3:::b/${aws:username}', v);
      expect(r.hasVariables).toBe(false);
      expect(r.matches('arn:aws:s3:::b/${aws:username}', lookup({ 'aws:username': 'alice' }))).toBe(true);
      expect(r.matches('arn:aws:s3:::b/alice', lookup({ 'aws:username': 'alice' }))).toBe(false);
    }
  });
  it('variables before the fifth colon are left as text', () => {
    const r = compileResourceElement('arn:aws:s3:::${aws:username}', '2012-10-17');
    expect(r.hasVariables).toBe(true);
    const q = compileResourceElement('arn:aws:iam::${aws:PrincipalAccount}:user/x', '2012-10-17');
    expect(q.hasVariables).toBe(false);
    expect(q.matches('arn:aws:iam::1:user/x', lookup({ 'aws:principalaccount': '1' }))).toBe(false);
  });
});
