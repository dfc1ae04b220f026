/**
 * A `get-account-authorization-details` export of a given size, written for the huge-input tests:
 * realistic roles (trust policy, inline and attached policies, tags) until the text reaches `bytes`.
 */
export function largeGaad(bytes: number, account = '123456789012'): string {
  const roles: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const role = {
      Path: '/app/',
      RoleName: `app-role-${i}`,
      RoleId: `AROA${String(i).padStart(17, '0')}`,
      Arn: `arn:aws:iam::${account}:role/app/app-role-${i}`,
      CreateDate: '2024-01-01T00:00:00+00:00',
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account}:role/app/app-role-${i + 1}` },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      InstanceProfileList: [],
      RolePolicyList: [
        {
          PolicyName: 'ReadOwnBucket',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['s3:GetObject', 's3:ListBucket'],
                Resource: [`arn:aws:s3:::app-bucket-${i}`, `arn:aws:s3:::app-bucket-${i}/*`],
              },
              {
                Effect: 'Allow',
                Action: 'sts:AssumeRole',
                Resource: `arn:aws:iam::${account}:role/app/app-role-${i + 1}`,
              },
            ],
          },
        },
      ],
      AttachedManagedPolicies: [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      ],
      Tags: [
        { Key: 'team', Value: `team-${i % 40}` },
        { Key: 'description', Value: 'x'.repeat(400) },
      ],
      RoleLastUsed: {},
    };
    size += JSON.stringify(role).length + 2;
    roles.push(role);
  }
  return JSON.stringify(
    { UserDetailList: [], GroupDetailList: [], RoleDetailList: roles, Policies: [] },
    null,
    1,
  );
}
