/**
 * What a principal can do, in cases written from AWS's documentation and the console's policy
 * summaries: each case cites the page that says what must happen.
 */
import { describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  FULL_AWS_ACCESS_SCP,
  aManagedPolicy,
  aPod,
  aPodIdentityAssociation,
  aResource,
  aRole,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  aUser,
  anEksCluster,
  anIdentityPolicy,
  anOrgUnit,
  anOrganization,
  anS3Bucket,
  anScp,
  arns,
  PolicyBuilder,
} from '../../model/builders';
import { podId, type Scenario } from '../../model/scenario';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { prepareScenario } from '../graph/analysis/prepareScenario';
import type { PermissionRow, PermissionsOptions } from './types';
import { whatCanDo } from './whatCanDo';

const catalogue = serviceCatalogue();
const ROLE = arns.role(ACCOUNT_A, 'App');

function rowsOf(scenario: Scenario, node: string, options: PermissionsOptions = {}): PermissionRow[] {
  return whatCanDo(prepareScenario(scenario), analyzeScenario(scenario), catalogue, node, options);
}

const actionsOf = (rows: PermissionRow[], decision = 'Allowed') =>
  new Set(rows.filter((r) => r.decision === decision).map((r) => r.action));

const catalogueActions = (prefix: string) =>
  (catalogue.services.find((s) => s.prefix === prefix)?.actions ?? []).map((a) => `${prefix}:${a.name}`);

describe('what a principal can do', () => {
  it('NotAction with Allow grants every action of every service except those listed', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    };
    const rows = rowsOf(aScenario({ roles: [aRole(ROLE, { inline: { NotIam: policy } })] }), ROLE);
    const allowed = actionsOf(rows);
    expect(allowed.has('s3:GetObject')).toBe(true);
    expect(allowed.has('dynamodb:PutItem')).toBe(true);
    expect([...allowed].some((a) => a.startsWith('iam:'))).toBe(false);
    expect(rows.find((r) => r.action === 's3:GetObject')?.resources).toEqual(['*']);
  });

  it('a Deny without MFA makes the action conditional on MFA for a user with a device and the role it assumes', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_mfa-dates.html
    // A Deny applies only when all its conditions match; a request with MFA fails BoolIfExists false:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
    const user = arns.user(ACCOUNT_A, 'alice');
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:DeleteObject', 's3:GetObject', 'sts:AssumeRole'], Resource: '*' },
        {
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    };
    const scenario = aScenario({
      users: [aUser(user, { inline: { Delete: policy }, mfa: true })],
      roles: [aRole(ROLE, { trust: aTrustPolicy.forUser(user), inline: { Delete: policy } })],
    });
    const rows = rowsOf(scenario, user, { includeDenied: true });
    const own = rows.filter((r) => r.via.length === 1);
    const del = own.find((r) => r.action === 's3:DeleteObject');
    expect(del?.decision).toBe('Conditional');
    expect(del?.conditions).toEqual([
      expect.objectContaining({ key: 'aws:MultiFactorAuthPresent', liftsDeny: true }),
    ]);
    expect(own.find((r) => r.action === 's3:GetObject')?.decision).toBe('Allowed');
    // MFA presented to AssumeRole carries into the role's session (not into a chained one):
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html
    const viaRole = rows.filter((r) => r.via.at(-1) === ROLE && r.action === 's3:DeleteObject');
    expect(viaRole.map((r) => r.decision)).toEqual(['Conditional']);
    const noDevice = { ...scenario, users: [aUser(user, { inline: { Delete: policy }, mfa: false })] };
    const withoutDevice = rowsOf(noDevice, user, { includeDenied: true });
    expect(withoutDevice.find((r) => r.via.length === 1 && r.action === 's3:DeleteObject')?.decision).toBe(
      'ExplicitlyDenied',
    );
  });

  it('wildcards expand to every matching action of each service, with its access level', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
    const policy = anIdentityPolicy.allow(['ec2:Describe*', 's3:List*'], '*');
    const rows = rowsOf(aScenario({ roles: [aRole(ROLE, { inline: { Read: policy } })] }), ROLE);
    const allowed = actionsOf(rows);
    const describe = catalogueActions('ec2').filter((a) => a.startsWith('ec2:Describe'));
    const list = catalogueActions('s3').filter((a) => a.startsWith('s3:List'));
    expect(allowed).toEqual(new Set([...describe, ...list]));
    expect(rows.find((r) => r.action === 's3:ListAllMyBuckets')?.accessLevel).toBe('List');
  });

  it('a permissions boundary cuts a managed policy to what both allow', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
    const full = arns.policy(ACCOUNT_A, 'S3Full');
    const boundary = arns.policy(ACCOUNT_A, 'ReadOnlyBoundary');
    const scenario = aScenario({
      managedPolicies: [
        aManagedPolicy(full, anIdentityPolicy.allow('s3:*', '*')),
        aManagedPolicy(boundary, anIdentityPolicy.allow(['s3:GetObject', 's3:ListBucket'], '*')),
      ],
      roles: [aRole(ROLE, { managed: [full], boundary })],
    });
    expect(actionsOf(rowsOf(scenario, ROLE))).toEqual(new Set(['s3:GetObject', 's3:ListBucket']));
  });

  it('an SCP that denies a service removes it, and --all names the SCP statement', () => {
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html
    const noDynamo = anScp('p-NoDynamo', 'NoDynamoDB', anIdentityPolicy.deny('dynamodb:*', '*'));
    const scenario = aScenario({
      roles: [aRole(ROLE, { inline: { Admin: anIdentityPolicy.allow('*', '*') } })],
      organization: anOrganization({
        root: anOrgUnit('r-ab12', 'Root', {
          scps: ['p-FullAWSAccess'],
          children: [
            anOrgUnit('ou-ab12-apps', 'Apps', {
              scps: ['p-FullAWSAccess', 'p-NoDynamo'],
              accounts: [ACCOUNT_A],
            }),
          ],
        }),
        managementAccountId: '999900001111',
        policies: [FULL_AWS_ACCESS_SCP, noDynamo],
      }),
    });
    const rows = rowsOf(scenario, ROLE, { service: 'dynamodb', includeDenied: true });
    expect(actionsOf(rows)).toEqual(new Set());
    const denied = rows.find((r) => r.action === 'dynamodb:PutItem');
    expect(denied?.decision).toBe('ExplicitlyDenied');
    expect(denied?.deniedBy?.kind).toBe('scp');
    expect(actionsOf(rowsOf(scenario, ROLE, { service: 'dynamodb' }))).toEqual(new Set());
    expect(actionsOf(rowsOf(scenario, ROLE, { service: 's3' })).has('s3:GetObject')).toBe(true);
  });

  it('a bucket policy that grants a role of another account, with that role’s own allow', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    const reader = arns.role(ACCOUNT_B, 'Reader');
    const stranger = arns.role(ACCOUNT_B, 'Stranger');
    const bucket = arns.s3Bucket('shared-reports');
    const read = { Read: anIdentityPolicy.allow('s3:GetObject', `${bucket}/*`) };
    const scenario = aScenario({
      roles: [aRole(reader, { inline: read }), aRole(stranger, { inline: read })],
      resources: [
        anS3Bucket(
          'shared-reports',
          ACCOUNT_A,
          new PolicyBuilder([
            { Effect: 'Allow', Principal: { AWS: reader }, Action: 's3:GetObject', Resource: `${bucket}/*` },
          ]),
        ),
      ],
    });
    const granted = rowsOf(scenario, reader).find((r) => r.action === 's3:GetObject');
    expect(granted).toMatchObject({
      decision: 'Allowed',
      resources: [`${bucket}/*`],
      resourceNames: ['shared-reports/*'],
    });
    expect(granted?.resourceNodes).toEqual([bucket]);
    expect(rowsOf(scenario, stranger).filter((r) => r.action === 's3:GetObject')).toEqual([]);
  });

  it('a KMS key whose key policy does not enable IAM policies cannot be used, whatever IAM allows', () => {
    // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
    const closed = `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const open = `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;
    const onlyAdmins = new PolicyBuilder([
      {
        Effect: 'Allow',
        Principal: { AWS: arns.role(ACCOUNT_A, 'KeyAdmin') },
        Action: 'kms:*',
        Resource: '*',
      },
    ]);
    const enableIam = new PolicyBuilder([
      { Effect: 'Allow', Principal: { AWS: arns.root(ACCOUNT_A) }, Action: 'kms:*', Resource: '*' },
    ]);
    const scenario = aScenario({
      roles: [aRole(ROLE, { inline: { Decrypt: anIdentityPolicy.allow('kms:Decrypt', '*') } })],
      resources: [
        aResource(closed, 'kms', { policy: onlyAdmins }),
        aResource(open, 'kms', { policy: enableIam }),
      ],
    });
    const decrypt = rowsOf(scenario, ROLE).filter((r) => r.action === 'kms:Decrypt');
    expect(decrypt.flatMap((r) => r.resources).sort()).toEqual(['*', open]);
  });

  it('Pod Identity session tags reach the role’s session: a PrincipalTag condition holds from the pod only', () => {
    // https://docs.aws.amazon.com/eks/latest/userguide/pod-id-abac.html
    const cluster = arns.eksCluster(ACCOUNT_A, 'main');
    const bucket = arns.s3Bucket('team-data');
    const perNamespace = anIdentityPolicy
      .allow('s3:GetObject', `${bucket}/*`)
      .when('StringEquals', 'aws:PrincipalTag/kubernetes-namespace', 'payments');
    const scenario = aScenario({
      roles: [aRole(ROLE, { trust: aTrustPolicy.forPodIdentity(), inline: { Team: perNamespace } })],
      eksClusters: [
        anEksCluster(cluster, {
          serviceAccounts: [aServiceAccount('payments', 'api')],
          pods: [aPod('payments', 'api-1', 'api')],
          podIdentityAssociations: [aPodIdentityAssociation('payments', 'api', ROLE)],
        }),
      ],
    });
    const pod = podId(cluster, 'payments', 'api-1');
    const fromPod = rowsOf(scenario, pod).find((r) => r.action === 's3:GetObject');
    expect(fromPod?.decision).toBe('Allowed');
    expect(fromPod?.via.at(-1)).toBe(ROLE);
    expect(fromPod?.via[0]).toBe(pod);
    expect(rowsOf(scenario, ROLE).filter((r) => r.action === 's3:GetObject')).toEqual([]);
  });

  it('an instance reads a bucket through its role and a role in another account', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html
    const instanceRole = arns.role(ACCOUNT_B, 'AssumeRoleInA');
    const target = arns.role(ACCOUNT_A, 'RoleForB');
    const bucket = arns.s3Bucket('account-a-reports');
    const scenario = aScenario({
      roles: [
        aRole(target, {
          trust: aTrustPolicy.forAccount(ACCOUNT_B),
          inline: {
            Read: anIdentityPolicy.allow(['s3:GetObject', 's3:ListBucket'], [bucket, `${bucket}/*`]),
          },
        }),
        aRole(instanceRole, {
          trust: aTrustPolicy.forService('ec2'),
          inline: { Assume: anIdentityPolicy.allow('sts:AssumeRole', target) },
        }),
      ],
      instances: [
        {
          id: 'i-0123456789abcdef0',
          account: ACCOUNT_B,
          region: 'us-east-1',
          instanceProfileArn: `arn:aws:iam::${ACCOUNT_B}:instance-profile/app`,
          roleArn: instanceRole,
        },
      ],
      resources: [anS3Bucket('account-a-reports', ACCOUNT_A)],
    });
    const instance = `arn:aws:ec2:us-east-1:${ACCOUNT_B}:instance/i-0123456789abcdef0`;
    const rows = rowsOf(scenario, instance);
    expect(rows.map((r) => [r.action, r.via.length, r.resources])).toEqual([
      ['s3:ListBucket', 3, [bucket]],
      ['s3:GetObject', 3, [`${bucket}/*`]],
      ['sts:AssumeRole', 2, [target]],
    ]);
  });
});
