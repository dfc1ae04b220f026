import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  hasPlaceholder,
  matchActionNames,
  matchesTemplate,
  servicesOf,
  splitAction,
  templateToSnippet,
  wildcardToRegExp,
} from './iamPatterns';

const s3 = ['GetObject', 'GetObjectAcl', 'GetBucketPolicy', 'PutObject', 'ListBucket', 'DeleteObject'];

describe('splitAction', () => {
  it('splits and lower-cases the service prefix', () => {
    expect(splitAction('S3:GetObject')).toEqual({ service: 's3', name: 'GetObject' });
    expect(splitAction('s3:')).toEqual({ service: 's3', name: '' });
    expect(splitAction('*')).toBeUndefined();
    expect(splitAction(':GetObject')).toBeUndefined();
  });
});

describe('matchActionNames', () => {
  it('matches * and ? wildcards case-insensitively', () => {
    expect(matchActionNames('Get*', s3)).toEqual(['GetObject', 'GetObjectAcl', 'GetBucketPolicy']);
    expect(matchActionNames('get*acl', s3)).toEqual(['GetObjectAcl']);
    expect(matchActionNames('*', s3)).toHaveLength(s3.length);
    expect(matchActionNames('?utObject', s3)).toEqual(['PutObject']);
    expect(matchActionNames('GetObject', s3)).toEqual(['GetObject']);
    expect(matchActionNames('Nope*', s3)).toEqual([]);
  });
  it('treats regex metacharacters literally', () => {
    expect(wildcardToRegExp('a.b(c)+').test('a.b(c)+')).toBe(true);
    expect(wildcardToRegExp('a.b').test('axb')).toBe(false);
  });
});

describe('servicesOf', () => {
  it('lists distinct services, skipping * and junk', () => {
    expect(servicesOf(['s3:GetObject', 'S3:Put*', 'sts:AssumeRole', '*', 'bad service:x', ''])).toEqual([
      's3',
      'sts',
    ]);
  });
});

describe('templates', () => {
  it('matches concrete names against ${Placeholder} templates', () => {
    expect(matchesTemplate('aws:RequestTag/${TagKey}', 'aws:requesttag/Environment')).toBe(true);
    expect(matchesTemplate('aws:RequestTag/${TagKey}', 'aws:RequestTag/')).toBe(false);
    expect(matchesTemplate('aws:SourceIp', 'AWS:SOURCEIP')).toBe(true);
    expect(
      matchesTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::bucket/key/*'),
    ).toBe(true);
    expect(
      matchesTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'arn:aws:s3:::b'),
    ).toBe(false);
  });
  it('turns templates into snippets with numbered tab stops', () => {
    expect(templateToSnippet('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}')).toBe(
      'arn:${1:aws}:iam::${2:Account}:role/${3:RoleNameWithPath}',
    );
    expect(templateToSnippet('plain$text}')).toBe('plain\\$text\\}');
    expect(hasPlaceholder('aws:TagKeys')).toBe(false);
    expect(hasPlaceholder('aws:ResourceTag/${TagKey}')).toBe(true);
  });
  it('escapes markdown', () => {
    expect(escapeMarkdown('a*b_c [d]')).toBe('a\\*b\\_c \\[d\\]');
  });
});
