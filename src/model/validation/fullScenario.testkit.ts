/**
 * A valid scenario that sets every property of every object of the format at least once, for the
 * tests that break each field in turn (scenarioSchema.test.ts) and as a demo of the whole format.
 */
import {
  aCliProfile,
  aGroup,
  aLambdaFunction,
  aManagedPolicy,
  anEcsTaskDefinition,
  anEksCluster,
  anExternalPrincipal,
  anIdentityPolicy,
  anIdentityProvider,
  anInstance,
  anOrganization,
  anOrgUnit,
  anRcp,
  anS3Bucket,
  anScp,
  aPod,
  aPodIdentityAssociation,
  aResource,
  aRole,
  arns,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  aUser,
  eksOidcProviderArn,
  FULL_AWS_ACCESS_SCP,
  RCP_FULL_AWS_ACCESS,
} from '../builders';
import type { Scenario } from '../scenario';

const A = '111122223333';
const B = '444455556666';
const C = '777788889999';

export function fullScenario(): Scenario {
  const cluster = anEksCluster(arns.eksCluster(B, 'prod'));
  const provider = eksOidcProviderArn(cluster);
  const boundary = arns.policy(A, 'DeveloperBoundary');
  return aScenario({
    name: 'Every part of the format',
    description: 'Uses each property of version 1 at least once.',
    accounts: [
      { id: A, name: 'Management' },
      { id: B, name: 'Workloads' },
      { id: C, name: 'Data' },
    ],
    organization: anOrganization({
      id: 'o-a1b2c3d4e5',
      managementAccountId: A,
      root: anOrgUnit('r-ab12', 'Root', {
        scps: ['p-FullAWSAccess'],
        rcps: ['p-RCPFullAWSAccess'],
        accounts: [A],
        children: [anOrgUnit('ou-ab12-cdef5678', 'Workloads', { scps: ['p-denyleave1'], accounts: [B, C] })],
      }),
      policies: [
        FULL_AWS_ACCESS_SCP,
        RCP_FULL_AWS_ACCESS,
        anScp('p-denyleave1', 'DenyLeaveOrg', anIdentityPolicy.deny('organizations:LeaveOrganization')),
        anRcp('p-rcpdata01', 'DataPerimeter', anIdentityPolicy.allow('*')),
      ],
      accountPolicies: { [C]: { scps: ['p-denyleave1'], rcps: ['p-rcpdata01'] } },
    }),
    managedPolicies: [
      aManagedPolicy(boundary, anIdentityPolicy.allow(['s3:*', 'sts:AssumeRole']), {
        name: 'DeveloperBoundary',
        description: 'Caps what developers may do.',
      }),
    ],
    groups: [
      aGroup(arns.group(A, 'Developers'), {
        inline: { ReadLogs: anIdentityPolicy.allow('logs:Get*') },
        managed: [boundary],
      }),
    ],
    users: [
      aUser(arns.user(A, 'alice'), {
        groups: [arns.group(A, 'Developers')],
        inline: { AssumeDeploy: anIdentityPolicy.allow('sts:AssumeRole', arns.role(B, 'Deploy')) },
        managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        boundary,
        tags: { team: 'platform' },
        mfa: true,
        userId: 'AIDAEXAMPLEALICE01',
      }),
    ],
    roles: [
      aRole(arns.role(B, 'Deploy'), {
        trust: aTrustPolicy.forUser(arns.user(A, 'alice')).withMfa(),
        inline: { Deploy: anIdentityPolicy.allow(['ecs:*', 'iam:PassRole']) },
        managed: ['arn:aws:iam::aws:policy/PowerUserAccess'],
        boundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
        tags: { env: 'prod' },
        maxSessionDuration: 7200,
        description: 'Deployments from the management account.',
        roleId: 'AROAEXAMPLEDEPLOY01',
      }),
      aRole(arns.role(B, 'WebServer'), {
        trust: aTrustPolicy.forService('ec2'),
        instanceProfiles: [arns.instanceProfile(B, 'web')],
      }),
      aRole(arns.role(B, 'Node'), { trust: aTrustPolicy.forService('ec2') }),
      aRole(arns.role(B, 'Irsa'), { trust: aTrustPolicy.forIrsa(provider, 'shop', 'cart') }),
      aRole(arns.role(B, 'PodRole'), {
        trust: aTrustPolicy.forPodIdentity({ namespace: 'shop', serviceAccount: 'orders' }),
      }),
      aRole(arns.role(C, 'DataReader'), {
        trust: aTrustPolicy.forRole(arns.role(B, 'PodRole')).withExternalId('shop-orders'),
      }),
      aRole(arns.role(B, 'Fn'), { trust: aTrustPolicy.forService('lambda') }),
      aRole(arns.role(B, 'Task'), { trust: aTrustPolicy.forService('ecs-tasks') }),
      aRole(arns.role(A, 'Sso'), { trust: aTrustPolicy.forSaml(arns.samlProvider(A, 'Okta')) }),
    ],
    identityProviders: [
      anIdentityProvider.oidc(B, cluster.oidcIssuer ?? ''),
      anIdentityProvider.saml(A, 'Okta'),
    ],
    identityProviderLists: [A, B],
    eksClusters: [
      {
        ...cluster,
        nodeRoleArns: [arns.role(B, 'Node')],
        serviceAccounts: [
          aServiceAccount('shop', 'cart', { roleArn: arns.role(B, 'Irsa'), audience: 'sts.amazonaws.com' }),
          aServiceAccount('shop', 'orders'),
        ],
        pods: [aPod('shop', 'cart-7d9f', 'cart', 'Deployment/cart'), aPod('shop', 'orders-5c2a', 'orders')],
        podIdentityAssociations: [
          aPodIdentityAssociation('shop', 'orders', arns.role(B, 'PodRole'), {
            associationId: 'a-abcdefghijklmnop1',
            targetRoleArn: arns.role(C, 'DataReader'),
            externalId: 'shop-orders',
            disableSessionTags: false,
          }),
        ],
      },
    ],
    instances: [
      anInstance({
        instanceProfileArn: arns.instanceProfile(B, 'web'),
        roleArn: arns.role(B, 'WebServer'),
        name: 'web-1',
      }),
    ],
    lambdaFunctions: [aLambdaFunction(arns.lambdaFunction(B, 'resize'), arns.role(B, 'Fn'))],
    ecsTaskDefinitions: [
      anEcsTaskDefinition(arns.ecsTaskDefinition(B, 'api', 3), {
        taskRoleArn: arns.role(B, 'Task'),
        executionRoleArn: arns.role(B, 'Task'),
      }),
    ],
    resources: [
      anS3Bucket('data-lake', C, { Version: '2012-10-17', Statement: [] }),
      aResource(`arn:aws:kms:us-east-1:${C}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, 'kms', {
        tags: { owner: 'data' },
      }),
    ],
    externalPrincipals: [anExternalPrincipal('999988887777', 'Vendor', 'vendor')],
    cliProfiles: [
      aCliProfile('default', { credentialSource: 'Environment' }),
      aCliProfile('deploy', {
        sourceProfile: 'default',
        roleArn: arns.role(B, 'Deploy'),
        externalId: 'deploy-ext',
        mfaSerial: `arn:aws:iam::${A}:mfa/alice`,
        roleSessionName: 'alice-deploy',
        durationSeconds: 3600,
        sessionPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
        },
        sessionPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        sessionTags: { team: 'deploy' },
      }),
      aCliProfile('ci', { roleArn: arns.role(B, 'Deploy'), webIdentityTokenFile: '/var/run/token' }),
    ],
  });
}
