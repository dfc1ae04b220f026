import type { Scenario } from '../scenario';

/**
 * An EC2 instance in account B whose role assumes a role in account A (seed 003): you cannot attach a
 * role of another account to an instance, so the instance's own role calls sts:AssumeRole instead.
 */
export const ec2CrossAccountScenario: Scenario = {
  version: 1,
  name: 'EC2 in account B assumes a role in account A',
  description:
    'The instance profile gives the instance the role AssumeRoleInA in account B; that role may call ' +
    'sts:AssumeRole on RoleForB in account A, which trusts account B and grants read-only access.',
  accounts: [
    { id: '111122223333', name: 'Account A (resources)' },
    { id: '444455556666', name: 'Account B (workloads)' },
  ],
  roles: [
    {
      arn: 'arn:aws:iam::111122223333:role/RoleForB',
      description: 'Cross-account role in account A, trusted by account B.',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'sts:AssumeRole',
        },
      },
      inlinePolicies: [
        {
          name: 'ReadOnlyS3',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['s3:GetObject', 's3:ListBucket'],
                Resource: ['arn:aws:s3:::account-a-reports', 'arn:aws:s3:::account-a-reports/*'],
              },
            ],
          },
        },
      ],
    },
    {
      arn: 'arn:aws:iam::444455556666:role/AssumeRoleInA',
      description: 'The role of the EC2 instance profile in account B.',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      },
      inlinePolicies: [
        {
          name: 'AssumeRoleForB',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 'sts:AssumeRole',
                Resource: ['arn:aws:iam::111122223333:role/RoleForB'],
              },
            ],
          },
        },
      ],
    },
  ],
  instances: [
    {
      id: 'i-0a1b2c3d4e5f67890',
      account: '444455556666',
      region: 'us-east-1',
      instanceProfileArn: 'arn:aws:iam::444455556666:instance-profile/ec2-profile',
      roleArn: 'arn:aws:iam::444455556666:role/AssumeRoleInA',
    },
  ],
};
