import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('get-account-authorization-details', () => {
  const result = importFiles([load('gaad-account-a.json'), load('gaad-account-b.json')]);
  const { scenario } = result;

  it('merges two accounts into one scenario, taking account ids from the ARNs', () => {
    expect(result.problems).toEqual([]);
    expect(scenario.accounts.map((a) => a.id)).toEqual(['111122223333', '444455556666']);
    const role = scenario.roles?.find((r) => r.arn.endsWith(':role/RoleForB'));
    expect(role?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }],
    });
    expect(role?.managedPolicies).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::111122223333:policy/ReportsBucketRead',
    ]);
    expect(role?.tags).toEqual({ purpose: 'cross-account-read' });
    expect(role?.roleId).toBe('AROAQXH5EXAMPLEROLEA');
  });

  it('decodes URL-encoded documents and keeps instance profiles and boundaries', () => {
    const role = scenario.roles?.find((r) => r.arn === 'arn:aws:iam::444455556666:role/AssumeRoleInA');
    expect(role?.trustPolicy).toMatchObject({ Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] });
    expect(role?.inlinePolicies?.[0]).toMatchObject({
      name: 'AssumeRoleForB',
      document: {
        Statement: [{ Action: 'sts:AssumeRole', Resource: ['arn:aws:iam::111122223333:role/RoleForB'] }],
      },
    });
    expect(role?.instanceProfiles).toEqual(['arn:aws:iam::444455556666:instance-profile/ec2-profile']);
    expect(role?.permissionsBoundary).toBe('arn:aws:iam::444455556666:policy/WorkloadBoundary');
    const boundary = scenario.managedPolicies?.find((p) => p.arn.endsWith('WorkloadBoundary'));
    expect(boundary?.document).toMatchObject({
      Statement: [{ Action: ['sts:AssumeRole', 's3:*', 'logs:*'] }],
    });
  });

  it('keeps service-linked and service-role paths in the ARN', () => {
    const arns = scenario.roles?.map((r) => r.arn) ?? [];
    expect(arns).toContain(
      'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport',
    );
    expect(arns).toContain('arn:aws:iam::444455556666:role/service-role/report-builder-role-x1y2z3');
  });

  it('takes the default policy version and keeps AWS managed policies once', () => {
    const reports = scenario.managedPolicies?.find((p) => p.arn.endsWith(':policy/ReportsBucketRead'));
    expect(reports?.document).toMatchObject({ Statement: [{ Action: ['s3:GetObject', 's3:ListBucket'] }] });
    const readOnly = scenario.managedPolicies?.filter(
      (p) => p.arn === 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
    expect(readOnly).toHaveLength(1);
    expect(readOnly?.[0]?.name).toBe('ReadOnlyAccess');
  });

  it('maps users to their groups by name', () => {
    const alice = scenario.users?.[0];
    expect(alice).toMatchObject({
      arn: 'arn:aws:iam::111122223333:user/alice',
      groups: ['arn:aws:iam::111122223333:group/Admins'],
      tags: { team: 'platform' },
      userId: 'AIDAJQABLZS4A3QDU576Q',
    });
    expect(alice?.inlinePolicies?.[0]?.name).toBe('ManageOwnAccessKeys');
    expect(scenario.groups?.[0]?.managedPolicies).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
  });

  it('falls back to DefaultVersionId when no version is flagged as default', () => {
    const text = JSON.stringify({
      Policies: [
        {
          PolicyName: 'P',
          Arn: 'arn:aws:iam::111122223333:policy/P',
          DefaultVersionId: 'v3',
          PolicyVersionList: [{ VersionId: 'v3', Document: { Version: '2012-10-17', Statement: [] } }],
        },
      ],
    });
    const { scenario: s, problems } = importFiles([{ name: 'p.json', text }]);
    expect(problems).toEqual([]);
    expect(s.managedPolicies?.[0]?.document).toEqual({ Version: '2012-10-17', Statement: [] });
  });

  it('reports bad items with field, line and column and imports the rest', () => {
    const broken = importFiles([load('gaad-broken.json')]);
    expect(broken.scenario.roles?.map((r) => r.arn)).toEqual(['arn:aws:iam::111122223333:role/Good']);
    expect(broken.scenario.roles?.[0]?.inlinePolicies).toBeUndefined();
    expect(broken.problems).toEqual([
      expect.objectContaining({
        file: 'gaad-broken.json',
        field: 'RoleDetailList[0].RolePolicyList[0].PolicyDocument',
        line: 14,
        column: 61,
        severity: 'error',
      }),
      expect.objectContaining({ field: 'RoleDetailList[1].AssumeRolePolicyDocument', line: 21, column: 41 }),
      expect.objectContaining({
        field: 'RoleDetailList[2]',
        line: 23,
        code: 'gaad-entry-without-arn',
        params: { list: 'RoleDetailList' },
      }),
    ]);
  });

  it('keeps a __proto__ tag key as data', () => {
    const text =
      '{"RoleDetailList":[{"Arn":"arn:aws:iam::111122223333:role/R","AssumeRolePolicyDocument":{"__proto__":{"x":1},"Statement":[]},' +
      '"Tags":[{"Key":"__proto__","Value":"polluted"}]}]}';
    const { scenario: s } = importFiles([{ name: 'proto.json', text }]);
    const role = s.roles?.[0];
    expect(Object.getPrototypeOf(role?.tags)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(role?.tags, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
