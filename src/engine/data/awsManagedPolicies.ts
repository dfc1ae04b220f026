/**
 * Documents of common AWS managed policies, so scenarios that attach them by ARN evaluate as in AWS.
 * Written from the AWS Managed Policy Reference (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/);
 * a policy not listed here is shown as unknown and grants nothing in the analysis.
 */
const all = (actions: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
});

export const awsManagedPolicies: Readonly<Record<string, unknown>> = {
  'arn:aws:iam::aws:policy/AdministratorAccess': all(['*']),
  'arn:aws:iam::aws:policy/PowerUserAccess': {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: [
          'account:GetAccountInformation',
          'account:GetPrimaryEmail',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeOrganization',
        ],
        Resource: '*',
      },
    ],
  },
  'arn:aws:iam::aws:policy/IAMFullAccess': all([
    'iam:*',
    'organizations:DescribeAccount',
    'organizations:DescribeOrganization',
    'organizations:DescribeOrganizationalUnit',
    'organizations:DescribePolicy',
    'organizations:ListChildren',
    'organizations:ListParents',
    'organizations:ListPoliciesForTarget',
    'organizations:ListRoots',
    'organizations:ListPolicies',
    'organizations:ListTargetsForPolicy',
  ]),
  'arn:aws:iam::aws:policy/AmazonS3FullAccess': all(['s3:*', 's3-object-lambda:*']),
  'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess': all([
    's3:Get*',
    's3:List*',
    's3:Describe*',
    's3-object-lambda:Get*',
    's3-object-lambda:List*',
  ]),
  'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole': all([
    'logs:CreateLogGroup',
    'logs:CreateLogStream',
    'logs:PutLogEvents',
  ]),
  'arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy': all([
    'ec2:DescribeInstances',
    'ec2:DescribeInstanceTypes',
    'ec2:DescribeRouteTables',
    'ec2:DescribeSecurityGroups',
    'ec2:DescribeSubnets',
    'ec2:DescribeVolumes',
    'ec2:DescribeVolumesModifications',
    'ec2:DescribeVpcs',
    'eks:DescribeCluster',
    'eks-auth:AssumeRoleForPodIdentity',
  ]),
};

/** `arn:aws:iam::aws:policy/…` (and the China and GovCloud partitions). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}

/** The AWS managed policies the engine knows, to offer when attaching one. */
export const awsManagedPolicyArns: readonly string[] = Object.keys(awsManagedPolicies);
