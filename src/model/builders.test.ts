import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aCliProfile,
  aGroup,
  aManagedPolicy,
  anEksCluster,
  anIdentityPolicy,
  anIdentityProvider,
  anInstance,
  anOrganization,
  aPod,
  aPodIdentityAssociation,
  aResourcePolicy,
  aRole,
  arns,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  aUser,
  eksOidcProviderArn,
} from './builders';
import { validateScenarioText, validateScenarioValue } from './validateScenario';
import { fullScenario } from './validation/fullScenario.testkit';

const clean = (value: unknown) => {
  const result = validateScenarioValue(value);
  expect(result.problems).toEqual([]);
  return result.scenario;
};

describe('builders', () => {
  it('build an empty scenario and one with every part that validate with no problems', () => {
    expect(clean(aScenario())).toEqual({
      version: 1,
      name: 'Test scenario',
      accounts: [{ id: ACCOUNT_A, name: `Account ${ACCOUNT_A}` }],
    });
    clean(fullScenario());
    expect(validateScenarioText(JSON.stringify(fullScenario())).problems).toEqual([]);
  });

  it('list every mentioned account when accounts are not given', () => {
    const s = aScenario({
      roles: [aRole(arns.role(ACCOUNT_B, 'B'))],
      instances: [anInstance({ instanceProfileArn: arns.instanceProfile('777788889999', 'p') })],
      organization: anOrganization({ accounts: [ACCOUNT_A, ACCOUNT_B] }),
    });
    expect(s.accounts.map((a) => a.id)).toEqual([ACCOUNT_A, ACCOUNT_B, '777788889999']);
    expect(s.instances?.[0]?.account).toBe('777788889999');
  });

  it('give a role a trust policy for its own account by default', () => {
    expect(aRole(arns.role(ACCOUNT_B, 'R')).trustPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` }, Action: 'sts:AssumeRole' },
      ],
    });
  });

  it('build trust policies for services, roles, OIDC, Pod Identity and external ids', () => {
    expect(aTrustPolicy.forService('ec2').build().Statement[0]?.Principal).toEqual({
      Service: 'ec2.amazonaws.com',
    });
    expect(
      aTrustPolicy.forRole(arns.role(ACCOUNT_A, 'x')).withExternalId('ext-1').build().Statement[0],
    ).toMatchObject({
      Principal: { AWS: arns.role(ACCOUNT_A, 'x') },
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-1' } },
    });
    const provider = arns.oidcProvider(ACCOUNT_A, 'token.actions.githubusercontent.com');
    expect(aTrustPolicy.forOidc(provider, undefined, { subLike: 'repo:org/*' }).build().Statement[0]).toEqual(
      {
        Effect: 'Allow',
        Principal: { Federated: provider },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' },
        },
      },
    );
    expect(
      aTrustPolicy.forPodIdentity({ namespace: 'ns', serviceAccount: 'sa' }).build().Statement[0],
    ).toMatchObject({
      Principal: { Service: 'pods.eks.amazonaws.com' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: {
        StringEquals: {
          'aws:RequestTag/kubernetes-namespace': 'ns',
          'aws:RequestTag/kubernetes-service-account': 'sa',
        },
      },
    });
  });

  it('are immutable and serialise as plain documents', () => {
    const base = anIdentityPolicy.allow('s3:GetObject', 'arn:aws:s3:::b/*');
    const narrowed = base.when('Bool', 'aws:SecureTransport', 'true').sid('Read');
    expect(base.build().Statement[0]?.Condition).toBeUndefined();
    expect(narrowed.build().Statement[0]).toMatchObject({
      Sid: 'Read',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    expect(JSON.parse(JSON.stringify({ p: base.and(anIdentityPolicy.deny('s3:DeleteObject')) }))).toEqual({
      p: {
        Version: '2012-10-17',
        Statement: [base.build().Statement[0], { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }],
      },
    });
    expect(
      aResourcePolicy.allowing(ACCOUNT_B, 's3:GetObject', 'arn:aws:s3:::b/*').build().Statement[0]?.Principal,
    ).toEqual({
      AWS: `arn:aws:iam::${ACCOUNT_B}:root`,
    });
  });

  it('wire an EKS cluster with IRSA and Pod Identity that validates cleanly', () => {
    const cluster = anEksCluster(arns.eksCluster(ACCOUNT_A, 'c', 'eu-west-1'));
    expect(cluster.oidcIssuer).toMatch(/^https:\/\/oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/[0-9A-F]{32}$/);
    expect(anEksCluster(cluster.arn).oidcIssuer).toBe(cluster.oidcIssuer);
    expect(anEksCluster(cluster.arn, { oidcIssuer: false })).toEqual({ arn: cluster.arn });
    const provider = eksOidcProviderArn(cluster);
    clean(
      aScenario({
        roles: [
          aRole(arns.role(ACCOUNT_A, 'Irsa'), { trust: aTrustPolicy.forIrsa(provider, 'app', 'api') }),
          aRole(arns.role(ACCOUNT_A, 'Pod'), { trust: aTrustPolicy.forPodIdentity() }),
        ],
        identityProviders: [anIdentityProvider.oidc(ACCOUNT_A, cluster.oidcIssuer ?? '')],
        eksClusters: [
          {
            ...cluster,
            serviceAccounts: [
              aServiceAccount('app', 'api', { roleArn: arns.role(ACCOUNT_A, 'Irsa') }),
              aServiceAccount('app', 'worker'),
            ],
            pods: [aPod('app', 'api-1', 'api'), aPod('app', 'worker-1', 'worker')],
            podIdentityAssociations: [aPodIdentityAssociation('app', 'worker', arns.role(ACCOUNT_A, 'Pod'))],
          },
        ],
      }),
    );
  });

  it('make users, groups, managed policies and CLI profiles that reference each other cleanly', () => {
    const policy = arns.policy(ACCOUNT_A, 'Deploy');
    clean(
      aScenario({
        managedPolicies: [aManagedPolicy(policy, anIdentityPolicy.allow('sts:AssumeRole'))],
        groups: [aGroup(undefined, { managed: [policy] })],
        users: [
          aUser(undefined, {
            groups: [arns.group(ACCOUNT_A, 'Developers')],
            boundary: policy,
            inline: { Own: { Version: '2012-10-17', Statement: [] } },
          }),
        ],
        roles: [
          aRole(),
          aRole(arns.role(ACCOUNT_A, 'Web'), {
            trust: aTrustPolicy.forService('ec2'),
            instanceProfiles: [arns.instanceProfile(ACCOUNT_A, 'app-profile')],
          }),
        ],
        instances: [anInstance()],
        cliProfiles: [
          aCliProfile('base', { credentialSource: 'Ec2InstanceMetadata' }),
          aCliProfile('app', { sourceProfile: 'base', roleArn: arns.role(ACCOUNT_A, 'AppRole') }),
        ],
      }),
    );
  });
});
