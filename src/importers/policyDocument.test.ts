import { describe, expect, it } from 'vitest';
import { importFiles } from './importFiles';

const paste = (document: unknown) =>
  importFiles([{ name: 'pasted', text: JSON.stringify(document, null, 2) }]);
const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });

describe('a policy pasted on its own', () => {
  it.each([
    [
      'a trust policy',
      doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: 'sts:AssumeRole',
      }),
      'trust',
    ],
    [
      'a permission policy',
      doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/RoleForB' }),
      'identity',
    ],
    [
      'a bucket policy',
      doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/RoleForB' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::reports/*',
      }),
      'resource',
    ],
    [
      'a guardrail SCP',
      doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
      'scp',
    ],
    [
      'an RCP',
      doc({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
      'rcp',
    ],
  ])('is recognised as %s, handed back to attach, and changes nothing by itself', (_, document, kind) => {
    const result = paste(document);
    expect(result.detected).toEqual([{ file: 'pasted', format: 'policy-document' }]);
    expect(result.policies).toEqual([{ file: 'pasted', document, kind }]);
    expect(result.problems).toEqual([]);
    expect(result.scenario.roles ?? []).toEqual([]);
  });

  it('is not taken for a policy when it holds anything else', () => {
    const result = paste({ ...doc({ Effect: 'Allow', Action: '*', Resource: '*' }), Notes: 'mine' });
    expect(result.policies).toEqual([]);
    expect(result.problems[0]?.message).toContain('a policy document on its own');
    expect(result.problems[0]?.message).not.toContain('docs/');
  });
});
