/**
 * Who can reach a resource, through chains: cases from AWS's documentation, each citing its page.
 */
import { describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aPod,
  aPodIdentityAssociation,
  aResource,
  aRole,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  anEksCluster,
  anIdentityPolicy,
  anS3Bucket,
  arns,
  PolicyBuilder,
} from '../../model/builders';
import { podId, type Scenario } from '../../model/scenario';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { prepareScenario } from '../graph/analysis/prepareScenario';
import type { PermissionRow, PermissionsOptions } from './types';
import { whoCanAccess } from './whoCanAccess';

const catalogue = serviceCatalogue();

function who(scenario: Scenario, resource: string, options: PermissionsOptions = {}): PermissionRow[] {
  return whoCanAccess(prepareScenario(scenario), analyzeScenario(scenario), catalogue, resource, options);
}

const short = (id: string) => id.slice(id.lastIndexOf('/') + 1);
const lines = (rows: PermissionRow[]) =>
  rows.map((r) => `${r.via.map(short).join(' > ')} ${r.action} ${r.decision}`);

const CLUSTER = arns.eksCluster(ACCOUNT_B, 'main');
const POD_ROLE = arns.role(ACCOUNT_B, 'orders-pod');
const READER = arns.role(ACCOUNT_A, 'ReportsReader');
const BUCKET = arns.s3Bucket('reports');

/** pod → its Pod Identity role → a role in another account → the bucket. */
function podChain(bucketPolicy?: PolicyBuilder): Scenario {
  return aScenario({
    roles: [
      aRole(POD_ROLE, {
        trust: aTrustPolicy.forPodIdentity(),
        inline: { Assume: anIdentityPolicy.allow('sts:AssumeRole', READER) },
      }),
      aRole(READER, {
        trust: aTrustPolicy.forRole(POD_ROLE),
        inline: { Read: anIdentityPolicy.allow('s3:GetObject', `${BUCKET}/*`) },
      }),
    ],
    eksClusters: [
      anEksCluster(CLUSTER, {
        serviceAccounts: [aServiceAccount('shop', 'orders')],
        pods: [aPod('shop', 'orders-1', 'orders')],
        podIdentityAssociations: [aPodIdentityAssociation('shop', 'orders', POD_ROLE)],
      }),
    ],
    resources: [anS3Bucket('reports', ACCOUNT_A, bucketPolicy)],
  });
}

describe('who can reach a resource', () => {
  it('follows chains: pod → role → role in another account → bucket', () => {
    // https://docs.aws.amazon.com/eks/latest/userguide/pod-id-assign-target-role.html
    // (the pod runs as its service account, which the association maps to the role)
    const rows = who(podChain(), BUCKET);
    expect(lines(rows)).toEqual([
      'ReportsReader s3:GetObject Allowed',
      'orders-pod > ReportsReader s3:GetObject Allowed',
      'orders > orders-pod > ReportsReader s3:GetObject Allowed',
      'orders-1 > orders > orders-pod > ReportsReader s3:GetObject Allowed',
    ]);
    const fromPod = rows.find((r) => r.principal === podId(CLUSTER, 'shop', 'orders-1'));
    expect(fromPod?.resources).toEqual([`${BUCKET}/*`]);
    expect(fromPod?.resourceNames).toEqual(['reports/*']);
  });

  it('a bucket policy Deny for a role shows with --all, and hides the rows without it', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
    const deny = new PolicyBuilder([
      { Effect: 'Deny', Principal: { AWS: READER }, Action: 's3:GetObject', Resource: `${BUCKET}/*` },
    ]);
    expect(who(podChain(deny), BUCKET)).toEqual([]);
    const all = who(podChain(deny), BUCKET, { includeDenied: true });
    expect(new Set(all.map((r) => r.decision))).toEqual(new Set(['ExplicitlyDenied']));
    expect(all[0]?.deniedBy?.kind).toBe('resource');
  });

  it('a role is reached by those who can assume it, and by IAM actions on it', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage-assume.html
    const admin = arns.role(ACCOUNT_A, 'IamAdmin');
    const scenario = aScenario({
      roles: [
        aRole(READER, { trust: aTrustPolicy.forAccount(ACCOUNT_B) }),
        aRole(arns.role(ACCOUNT_B, 'Caller'), {
          inline: { A: anIdentityPolicy.allow('sts:AssumeRole', READER) },
        }),
        aRole(admin, { inline: { Iam: anIdentityPolicy.allow('iam:UpdateAssumeRolePolicy', '*') } }),
      ],
    });
    expect(lines(who(scenario, READER))).toEqual([
      'IamAdmin iam:UpdateAssumeRolePolicy Allowed',
      'Caller sts:AssumeRole Allowed',
    ]);
    expect(lines(who(scenario, READER, { action: 'sts:AssumeRole' }))).toEqual([
      'Caller sts:AssumeRole Allowed',
    ]);
  });

  it('a KMS key is reached only by whom its key policy lets in', () => {
    // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
    const key = `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const user = arns.role(ACCOUNT_A, 'KeyUser');
    const policy = new PolicyBuilder([
      { Effect: 'Allow', Principal: { AWS: user }, Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*' },
    ]);
    const scenario = aScenario({
      roles: [
        aRole(user),
        aRole(arns.role(ACCOUNT_A, 'Other'), { inline: { K: anIdentityPolicy.allow('kms:*', '*') } }),
      ],
      resources: [aResource(key, 'kms', { policy })],
    });
    expect(lines(who(scenario, key))).toEqual(['KeyUser kms:Decrypt Allowed', 'KeyUser kms:Encrypt Allowed']);
  });
});
