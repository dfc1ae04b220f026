/**
 * A help desk's escalations, for the command line's tests: alice may create access keys for bob;
 * bob may add users to DataReaders, whose policy reads the data lake; alice may also run commands
 * on the instance whose profile holds lake-worker. Realistic documents, in the shapes AWS prints.
 */
import {
  ACCOUNT_A,
  aGroup,
  aManagedPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anInstance,
  anS3Bucket,
  arns,
} from '../model/builders';

export const ESC = {
  alice: arns.user(ACCOUNT_A, 'alice'),
  bob: arns.user(ACCOUNT_A, 'bob'),
  readers: arns.group(ACCOUNT_A, 'DataReaders'),
  worker: arns.role(ACCOUNT_A, 'lake-worker'),
  instance: `arn:aws:ec2:us-east-1:${ACCOUNT_A}:instance/i-0a1b2c3d4e5f67890`,
  bucket: arns.s3Bucket('example-data-lake'),
};

const READ_POLICY = arns.policy(ACCOUNT_A, 'DataLakeRead');
const PROFILE = arns.instanceProfile(ACCOUNT_A, 'lake-worker');
const allow = (Action: string | string[], Resource: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action, Resource }],
});

export const escalationStory = JSON.stringify(
  aScenario({
    users: [
      aUser(ESC.alice, {
        inline: {
          RotateBobsKeys: allow('iam:CreateAccessKey', ESC.bob),
          RunOnWorkers: allow(['ssm:SendCommand'], '*'),
        },
        mfa: false,
      }),
      aUser(ESC.bob, {
        inline: { HelpDesk: allow(['iam:AddUserToGroup', 'iam:GetGroup'], ESC.readers) },
        mfa: false,
      }),
    ],
    groups: [aGroup(ESC.readers, { managed: [READ_POLICY] })],
    managedPolicies: [
      aManagedPolicy(READ_POLICY, {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'ListLake', Effect: 'Allow', Action: 's3:ListBucket', Resource: ESC.bucket },
          { Sid: 'ReadLake', Effect: 'Allow', Action: 's3:GetObject', Resource: `${ESC.bucket}/*` },
        ],
      }),
    ],
    roles: [
      aRole(ESC.worker, {
        trust: aTrustPolicy.forService('ec2'),
        inline: { WriteLake: allow('s3:PutObject', `${ESC.bucket}/*`) },
        instanceProfiles: [PROFILE],
      }),
    ],
    instances: [anInstance({ instanceProfileArn: PROFILE, roleArn: ESC.worker })],
    resources: [anS3Bucket('example-data-lake', ACCOUNT_A)],
  }),
);
