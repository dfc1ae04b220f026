/**
 * What a session made by a CLI profile with session policies can do, in cases written from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session: the
 * session's permissions are the intersection of the role's identity policies and the session
 * policies, an explicit Deny in either denies, and a resource policy naming the session's ARN
 * grants past the session policies.
 */
import { describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import { anS3Bucket } from '../../model/builders';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import { cliProfileId, type CliProfileSpec, type Scenario } from '../../model/scenario';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { prepareScenario } from '../graph/analysis/prepareScenario';
import type { PermissionRow } from './types';
import { permissionChains, whatCanDo } from './whatCanDo';

const catalogue = serviceCatalogue();
const ROLE_FOR_B = 'arn:aws:iam::111122223333:role/RoleForB';
const READER = cliProfileId('reader');

const allow = (action: string | string[], resource: string | string[] = '*') => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
});
const document = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });

function withReader(extra: Partial<CliProfileSpec>, change: (s: Scenario) => Scenario = (s) => s): Scenario {
  const profile: CliProfileSpec = {
    name: 'reader',
    roleArn: ROLE_FOR_B,
    credentialSource: 'Ec2InstanceMetadata',
    ...extra,
  };
  return change({ ...structuredClone(ec2CrossAccountScenario), cliProfiles: [profile] });
}

/** The rows of the reader profile's chain to RoleForB. */
function readerRows(scenario: Scenario, includeDenied = false): PermissionRow[] {
  const rows = whatCanDo(prepareScenario(scenario), analyzeScenario(scenario), catalogue, READER, {
    service: 's3',
    includeDenied,
  });
  return rows.filter((r) => r.via.join() === [READER, ROLE_FOR_B].join());
}

const actions = (rows: PermissionRow[], decision = 'Allowed') =>
  rows.filter((r) => r.decision === decision).map((r) => r.action);

describe('a CLI profile’s session policies', () => {
  it('without them, the session can do what the role can', () => {
    expect(actions(readerRows(withReader({})))).toEqual(['s3:ListBucket', 's3:GetObject']);
    expect(readerRows(withReader({}))[0]?.sessionPolicies).toBeUndefined();
  });

  it('leave the session only what they and the role both allow, and the rows say so', () => {
    const rows = readerRows(withReader({ sessionPolicy: document(allow('s3:ListBucket')) }));
    expect(actions(rows)).toEqual(['s3:ListBucket']);
    expect(rows[0]?.sessionPolicies).toEqual({ profile: 'reader', policies: [`${READER}#session`] });
  });

  it('never grant beyond the role’s own policies', () => {
    const rows = readerRows(withReader({ sessionPolicy: document(allow(['s3:*', 'iam:*'])) }));
    expect(actions(rows)).toEqual(['s3:ListBucket', 's3:GetObject']);
  });

  it('deny with an explicit Deny, which --all names', () => {
    const policy = document(allow('s3:*'), { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' });
    const rows = readerRows(withReader({ sessionPolicy: policy }), true);
    expect(actions(rows)).toEqual(['s3:ListBucket']);
    const denied = rows.find((r) => r.decision === 'ExplicitlyDenied');
    expect(denied?.action).toBe('s3:GetObject');
    expect(denied?.deniedBy).toMatchObject({ documentId: `${READER}#session`, index: 1 });
  });

  it('take AWS managed policies by ARN, from the policies AWS publishes', () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    const rows = readerRows(withReader({ sessionPolicyArns: [arn] }));
    expect(actions(rows)).toEqual(['s3:ListBucket', 's3:GetObject']);
    expect(rows[0]?.sessionPolicies?.policies).toEqual([arn]);
  });

  it('read an unknown managed ARN as allowing nothing, as an assumption of the profile’s edge', () => {
    const arn = 'arn:aws:iam::111122223333:policy/NotImported';
    const scenario = withReader({ sessionPolicyArns: [arn] });
    expect(readerRows(scenario)).toEqual([]);
    const edge = analyzeScenario(scenario).edges.find((e) => e.from === READER);
    expect(edge?.assumptions.map((a) => [a.code, a.params.policy])).toContainEqual([
      'session-policy-unknown',
      arn,
    ]);
  });

  it('do not limit what a bucket policy grants to the session ARN itself, but do limit the role ARN', () => {
    const session = 'arn:aws:sts::111122223333:assumed-role/RoleForB/reader-session';
    const grant = (principal: string) =>
      document({
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::account-a-drop/*',
      });
    const bucket = (principal: string) => (s: Scenario) => ({
      ...s,
      resources: [anS3Bucket('account-a-drop', '111122223333', grant(principal))],
    });
    const profile = { roleSessionName: 'reader-session', sessionPolicy: document(allow('s3:ListBucket')) };
    expect(actions(readerRows(withReader(profile, bucket(session))))).toContain('s3:PutObject');
    expect(actions(readerRows(withReader(profile, bucket(ROLE_FOR_B))))).not.toContain('s3:PutObject');
  });

  it('limit the next hops of the session: a role chained from it needs sts:AssumeRole in them', () => {
    const next = 'arn:aws:iam::111122223333:role/Auditor';
    const withNext = (s: Scenario): Scenario => ({
      ...s,
      roles: [
        ...(s.roles ?? []).map((r) =>
          r.arn === ROLE_FOR_B
            ? {
                ...r,
                inlinePolicies: [
                  ...(r.inlinePolicies ?? []),
                  { name: 'Chain', document: document(allow('sts:AssumeRole', next)) },
                ],
              }
            : r,
        ),
        {
          arn: next,
          trustPolicy: document({
            Effect: 'Allow',
            Principal: { AWS: ROLE_FOR_B },
            Action: 'sts:AssumeRole',
          }),
        },
      ],
    });
    const reaches = (sessionPolicy: object) => {
      const s = withReader({ sessionPolicy }, withNext);
      return permissionChains(prepareScenario(s), analyzeScenario(s), READER).some(
        (c) => c.via.join() === [READER, ROLE_FOR_B, next].join(),
      );
    };
    expect(reaches(document(allow('s3:*')))).toBe(false);
    expect(reaches(document(allow(['s3:*', 'sts:AssumeRole'])))).toBe(true);
  });
});
