/**
 * Effective permissions at the end of escalation edges. A user that can add itself to a group
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html) then holds the
 * group's policies beside its own (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html),
 * still under its permissions boundary and its account's SCPs
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html). A new
 * access key for another user acts as that user; passing a role to a service acts as the role.
 */
import { describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import {
  ACCOUNT_A,
  FULL_AWS_ACCESS_SCP,
  aGroup,
  aManagedPolicy,
  aResource,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anOrgUnit,
  anOrganization,
  anS3Bucket,
  anScp,
  arns,
} from '../../model/builders';
import type { Scenario } from '../../model/scenario';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { prepareScenario } from '../graph/analysis/prepareScenario';
import { explainPermission } from './explainPermission';
import type { PermissionRow, PermissionsOptions } from './types';
import { whatCanDo } from './whatCanDo';
import { whoCanAccess } from './whoCanAccess';

const catalogue = serviceCatalogue();
const BOB = arns.user(ACCOUNT_A, 'bob');
const ALICE = arns.user(ACCOUNT_A, 'alice');
const READERS = arns.group(ACCOUNT_A, 'DataReaders');
const READ_POLICY = arns.policy(ACCOUNT_A, 'DataLakeRead');
const BUCKET = arns.s3Bucket('example-data-lake');
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const BOUNDARY = arns.policy(ACCOUNT_A, 'IamOnlyBoundary');

/** bob may add users to DataReaders, as a help-desk policy would say it. */
const JOIN_READERS = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ManageReaderMembership',
      Effect: 'Allow',
      Action: ['iam:AddUserToGroup', 'iam:RemoveUserFromGroup', 'iam:GetGroup'],
      Resource: READERS,
    },
  ],
};

/** The group's customer managed policy: read the data lake. */
const DATA_LAKE_READ = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ListLake', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET },
    { Sid: 'ReadLake', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
  ],
};

/** The group's inline policy: decrypt with the lake's key. */
const DECRYPT_LAKE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY }],
};

/**
 * The default key policy: the account's IAM policies decide
 * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 */
const DEFAULT_KEY_POLICY = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: arns.root(ACCOUNT_A) },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};

function lake(options: { boundary?: boolean; scp?: boolean; alice?: boolean } = {}): Scenario {
  const users = [
    aUser(BOB, {
      inline: { HelpDesk: JOIN_READERS },
      mfa: false,
      ...(options.boundary ? { boundary: BOUNDARY } : {}),
    }),
  ];
  if (options.alice)
    users.push(
      aUser(ALICE, {
        inline: {
          RotateBobsKeys: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: BOB }],
          },
        },
        mfa: false,
      }),
    );
  return aScenario({
    users,
    groups: [aGroup(READERS, { managed: [READ_POLICY], inline: { DecryptLake: DECRYPT_LAKE } })],
    managedPolicies: [
      aManagedPolicy(READ_POLICY, DATA_LAKE_READ),
      aManagedPolicy(BOUNDARY, {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['iam:*', 's3:ListBucket'], Resource: '*' }],
      }),
    ],
    resources: [
      anS3Bucket('example-data-lake', ACCOUNT_A),
      aResource(KEY, 'kms', { policy: DEFAULT_KEY_POLICY }),
    ],
    ...(options.scp ? { organization: noObjectReads() } : {}),
  });
}

/** An SCP on bob's OU denying object reads. */
function noObjectReads() {
  return anOrganization({
    managementAccountId: '999900001111',
    root: anOrgUnit('r-ab12', 'Root', {
      scps: ['p-FullAWSAccess'],
      accounts: ['999900001111'],
      children: [
        anOrgUnit('ou-ab12-data', 'Data', { scps: ['p-FullAWSAccess', 'p-NoReads'], accounts: [ACCOUNT_A] }),
      ],
    }),
    policies: [
      FULL_AWS_ACCESS_SCP,
      anScp('p-NoReads', 'NoReads', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }],
      }),
    ],
  });
}

function rowsOf(scenario: Scenario, node: string, options: PermissionsOptions = {}): PermissionRow[] {
  return whatCanDo(prepareScenario(scenario), analyzeScenario(scenario), catalogue, node, options);
}

const on = (rows: PermissionRow[], via: string[]) =>
  rows.filter((r) => r.via.join() === via.join()).map((r) => `${r.action} ${r.decision}`);

describe('a chain that joins a group', () => {
  it('acts as the user with the group’s managed and inline policies added, listing what they add', () => {
    const rows = rowsOf(lake(), BOB);
    const joined = on(rows, [BOB, READERS]);
    expect(joined).toEqual(
      expect.arrayContaining(['s3:GetObject Allowed', 's3:ListBucket Allowed', 'kms:Decrypt Allowed']),
    );
    // bob's own permissions are its own chain's rows, not repeated on the join.
    expect(joined.some((r) => r.startsWith('iam:'))).toBe(false);
    expect(on(rows, [BOB])).toContain('iam:AddUserToGroup Allowed');
    expect(on(rows, [BOB]).some((r) => r.startsWith('s3:'))).toBe(false);
    const read = rows.find((r) => r.via.length === 2 && r.action === 's3:GetObject');
    expect(read?.resourceNames).toEqual(['example-data-lake/*']);
  });

  it('the user’s permissions boundary still applies: only what it allows of the group’s policies', () => {
    const joined = on(rowsOf(lake({ boundary: true }), BOB), [BOB, READERS]);
    expect(joined).toEqual(['s3:ListBucket Allowed']);
  });

  it('an SCP of the user’s account still applies: its Deny decides', () => {
    const rows = rowsOf(lake({ scp: true }), BOB, { includeDenied: true });
    expect(on(rows, [BOB, READERS])).toContain('s3:GetObject ExplicitlyDenied');
    expect(on(rows, [BOB, READERS])).toContain('s3:ListBucket Allowed');
  });

  it('after another escalation: alice, with a new access key of bob’s, acts as bob, then as bob in the group', () => {
    const rows = rowsOf(lake({ alice: true }), ALICE);
    expect(on(rows, [ALICE, BOB])).toContain('iam:AddUserToGroup Allowed');
    expect(on(rows, [ALICE, BOB, READERS])).toContain('s3:GetObject Allowed');
  });

  it('who can reach the bucket names bob through the join, and the trace replays it', () => {
    const scenario = lake({ alice: true });
    const prepared = prepareScenario(scenario);
    const analysis = analyzeScenario(scenario);
    const rows = whoCanAccess(prepared, analysis, catalogue, BUCKET);
    const chains = rows.filter((r) => r.action === 's3:GetObject').map((r) => r.via.join(' > '));
    expect(chains).toEqual([`${BOB} > ${READERS}`, `${ALICE} > ${BOB} > ${READERS}`]);
    // Only the users and roles acting as themselves for the access layer: no join there.
    expect(whoCanAccess(prepared, analysis, catalogue, BUCKET, { direct: true })).toEqual([]);
    const trace = explainPermission(prepared, analysis, {
      via: [ALICE, BOB, READERS],
      action: 's3:GetObject',
      resource: `${BUCKET}/*`,
    });
    expect(trace?.decision).toBe('Allowed');
    expect(trace?.decidedBy?.policy).toBe('DataLakeRead');
  });
});

describe('other escalation edges act as their target', () => {
  it('iam:PassRole with ec2:RunInstances: the caller acts as the role the instance runs as', () => {
    // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/permission-to-pass-iam-roles.html
    const DEPLOY = arns.role(ACCOUNT_A, 'deploy');
    const WORKER = arns.role(ACCOUNT_A, 'lake-worker');
    const scenario = aScenario({
      roles: [
        aRole(DEPLOY, {
          trust: aTrustPolicy.forService('codebuild'),
          inline: {
            Launch: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
                {
                  Effect: 'Allow',
                  Action: 'iam:PassRole',
                  Resource: WORKER,
                  Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
                },
              ],
            },
          },
        }),
        aRole(WORKER, {
          trust: aTrustPolicy.forService('ec2'),
          inline: { Read: DATA_LAKE_READ },
          instanceProfiles: [arns.instanceProfile(ACCOUNT_A, 'lake-worker')],
        }),
      ],
      resources: [anS3Bucket('example-data-lake', ACCOUNT_A)],
    });
    expect(on(rowsOf(scenario, DEPLOY), [DEPLOY, WORKER])).toContain('s3:GetObject Allowed');
  });
});
