import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine/graph/analysis/analyzeScenario';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aPod,
  aPodIdentityAssociation,
  aRole,
  arns,
  aScenario,
  aServiceAccount,
  aUser,
  anEksCluster,
  anInstance,
  anOrganization,
  anS3Bucket,
  aLambdaFunction,
  eksOidcProviderArn,
} from './builders';
import {
  addAccount,
  addCluster,
  addInstance,
  addResource,
  addRole,
  addUser,
  addWorkload,
  canRemove,
  checkAccount,
  checkInstance,
  checkRole,
  checkWorkload,
  clusterArnOf,
  removeEntity,
  roleArnOf,
} from './editScenario';
import { instanceArn, podId, serviceAccountId, type Scenario } from './scenario';
import { validateScenarioValue } from './validateScenario';

const errors = (s: Scenario) => validateScenarioValue(s).problems.filter((p) => p.severity === 'error');
const frozen = (s: Scenario): Scenario => {
  const deepFreeze = (v: unknown): void => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(deepFreeze);
      Object.freeze(v);
    }
  };
  deepFreeze(s);
  return s;
};

const cluster = anEksCluster(arns.eksCluster(ACCOUNT_A, 'main'), {
  serviceAccounts: [aServiceAccount('web', 'api', { roleArn: arns.role(ACCOUNT_A, 'Api') })],
  pods: [aPod('web', 'api-1', 'api'), aPod('web', 'other', 'default')],
  podIdentityAssociations: [aPodIdentityAssociation('web', 'api', arns.role(ACCOUNT_A, 'Api'))],
});
const base = (): Scenario =>
  frozen(
    aScenario({
      accounts: [
        { id: ACCOUNT_A, name: 'Prod' },
        { id: ACCOUNT_B, name: 'Dev' },
      ],
      roles: [
        aRole(arns.role(ACCOUNT_A, 'Api'), { instanceProfiles: [arns.instanceProfile(ACCOUNT_A, 'api')] }),
        aRole(arns.role(ACCOUNT_B, 'Dev')),
      ],
      users: [aUser(arns.user(ACCOUNT_A, 'alice')), aUser(arns.user(ACCOUNT_B, 'bob'))],
      eksClusters: [cluster],
      instances: [
        anInstance({
          id: 'i-0123456789abcdef0',
          account: ACCOUNT_A,
          instanceProfileArn: arns.instanceProfile(ACCOUNT_A, 'api'),
          roleArn: arns.role(ACCOUNT_A, 'Api'),
        }),
      ],
      lambdaFunctions: [aLambdaFunction(arns.lambdaFunction(ACCOUNT_A, 'fn'), arns.role(ACCOUNT_A, 'Api'))],
      resources: [anS3Bucket('prod-bucket', ACCOUNT_A), anS3Bucket('dev-bucket', ACCOUNT_B)],
      organization: anOrganization({ accounts: [ACCOUNT_A, ACCOUNT_B] }),
    }),
  );

describe('adding', () => {
  it('adds an account after checking its id, name and uniqueness', () => {
    const s = base();
    expect(checkAccount(s, { id: '123', name: 'x' })).toBe('accountId');
    expect(checkAccount(s, { id: '999988887777', name: ' ' })).toBe('accountName');
    expect(checkAccount(s, { id: ACCOUNT_A, name: 'again' })).toBe('duplicate');
    const next = addAccount(s, { id: '999988887777', name: 'Sandbox' });
    expect(next.accounts.at(-1)).toEqual({ id: '999988887777', name: 'Sandbox' });
    expect(s.accounts).toHaveLength(2);
    expect(() => addAccount(s, { id: 'nope', name: 'x' })).toThrow(/accountId/);
  });

  it('adds a role with a path and each trust template', () => {
    const s = base();
    const input = {
      account: ACCOUNT_A,
      name: 'Deploy',
      path: '/ci/',
      trust: { kind: 'ownAccount' },
    } as const;
    expect(roleArnOf(input)).toBe('arn:aws:iam::111122223333:role/ci/Deploy');
    expect(addRole(s, input).roles?.at(-1)?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { AWS: arns.root(ACCOUNT_A) }, Action: 'sts:AssumeRole' }],
    });
    const vendor = addRole(s, {
      ...input,
      trust: { kind: 'otherAccount', account: '777788889999', externalId: 'vendor-42' },
    });
    expect(vendor.roles?.at(-1)?.trustPolicy).toMatchObject({
      Statement: [{ Condition: { StringEquals: { 'sts:ExternalId': 'vendor-42' } } }],
    });
    for (const [kind, service] of [
      ['ec2', 'ec2.amazonaws.com'],
      ['lambda', 'lambda.amazonaws.com'],
    ] as const) {
      expect(addRole(s, { ...input, trust: { kind } }).roles?.at(-1)?.trustPolicy).toMatchObject({
        Statement: [{ Principal: { Service: service } }],
      });
    }
    const pod = addRole(s, { ...input, trust: { kind: 'podIdentity', namespace: 'web' } });
    expect(pod.roles?.at(-1)?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { Service: 'pods.eks.amazonaws.com' } }],
    });
    for (const next of [vendor, pod]) expect(errors(next)).toEqual([]);
  });

  it('adds an IRSA role and the OIDC provider of its account once', () => {
    const trust = { kind: 'irsa', clusterArn: cluster.arn, namespace: 'web', serviceAccount: 'api' } as const;
    const once = addRole(base(), { account: ACCOUNT_B, name: 'Irsa', trust });
    const provider = eksOidcProviderArn(cluster, ACCOUNT_B);
    expect(once.identityProviders?.map((p) => p.arn)).toEqual([provider]);
    const twice = addRole(once, { account: ACCOUNT_B, name: 'Irsa2', trust });
    expect(twice.identityProviders).toHaveLength(1);
    expect(errors(twice)).toEqual([]);
    const edge = analyzeScenario(
      addWorkload(twice, {
        clusterArn: cluster.arn,
        namespace: 'web',
        serviceAccount: 'api',
        roleArn: arns.role(ACCOUNT_B, 'Irsa'),
      }),
    ).edges.find((e) => e.to === arns.role(ACCOUNT_B, 'Irsa'));
    expect(edge).toMatchObject({ kind: 'AssumeRoleWithWebIdentity', permitted: true, configured: true });
  });

  it('rejects bad role input with a problem code', () => {
    const s = base();
    const trust = { kind: 'ownAccount' } as const;
    expect(checkRole(s, { account: ACCOUNT_A, name: 'has space', trust })).toBe('iamName');
    expect(checkRole(s, { account: ACCOUNT_A, name: 'X', path: 'ci', trust })).toBe('rolePath');
    expect(checkRole(s, { account: '000000000000', name: 'X', trust })).toBe('unknownAccount');
    expect(checkRole(s, { account: ACCOUNT_A, name: 'Api', path: '/other/', trust })).toBe('duplicate');
    expect(
      checkRole(s, { account: ACCOUNT_A, name: 'X', trust: { kind: 'otherAccount', account: '12' } }),
    ).toBe('otherAccount');
    expect(
      checkRole(s, {
        account: ACCOUNT_A,
        name: 'X',
        trust: {
          kind: 'irsa',
          clusterArn: 'arn:aws:eks:us-east-1:111122223333:cluster/none',
          namespace: 'a',
          serviceAccount: 'b',
        },
      }),
    ).toBe('unknownCluster');
  });

  it('adds users, clusters, workloads, instances and resources that validate', () => {
    let s = base();
    s = addUser(s, { account: ACCOUNT_B, name: 'carol' });
    s = addCluster(s, { account: ACCOUNT_B, region: 'eu-west-1', name: 'dev' });
    const dev = clusterArnOf({ account: ACCOUNT_B, region: 'eu-west-1', name: 'dev' });
    expect(s.eksClusters?.at(-1)?.oidcIssuer).toMatch(
      /^https:\/\/oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/[0-9A-F]{32}$/,
    );
    s = addWorkload(s, { clusterArn: dev, namespace: 'jobs', serviceAccount: 'runner', pod: 'runner-1' });
    expect(s.eksClusters?.at(-1)).toMatchObject({
      serviceAccounts: [{ namespace: 'jobs', name: 'runner' }],
      pods: [{ namespace: 'jobs', name: 'runner-1', serviceAccount: 'runner' }],
    });
    expect(checkWorkload(s, { clusterArn: dev, namespace: 'jobs', serviceAccount: 'runner' })).toBe(
      'duplicate',
    );
    // EKS Pod Identity instead of an annotation: an association, which needs a role, once per account.
    const podIdentity = {
      clusterArn: dev,
      namespace: 'jobs',
      serviceAccount: 'runner',
      access: 'podIdentity' as const,
    };
    expect(checkWorkload(s, podIdentity)).toBe('roleArn');
    s = addWorkload(s, { ...podIdentity, roleArn: arns.role(ACCOUNT_B, 'Runner') });
    expect(s.eksClusters?.at(-1)?.podIdentityAssociations).toEqual([
      { namespace: 'jobs', serviceAccount: 'runner', roleArn: arns.role(ACCOUNT_B, 'Runner') },
    ]);
    expect(s.eksClusters?.at(-1)?.serviceAccounts).toEqual([{ namespace: 'jobs', name: 'runner' }]);
    expect(checkWorkload(s, { ...podIdentity, roleArn: arns.role(ACCOUNT_B, 'Other') })).toBe('duplicate');
    expect(
      checkInstance(s, {
        account: ACCOUNT_A,
        region: 'us-east-1',
        id: 'i-0fff0000aaaa1111b',
        roleArn: arns.role(ACCOUNT_B, 'Dev'),
      }),
    ).toBe('roleAccount');
    s = addInstance(s, {
      account: ACCOUNT_B,
      region: 'us-east-1',
      id: 'i-0fff0000aaaa1111b',
      roleArn: arns.role(ACCOUNT_B, 'Dev'),
    });
    expect(s.roles?.find((r) => r.arn === arns.role(ACCOUNT_B, 'Dev'))?.instanceProfiles).toEqual([
      arns.instanceProfile(ACCOUNT_B, 'Dev'),
    ]);
    s = addResource(s, {
      type: 's3',
      account: ACCOUNT_B,
      region: '',
      name: 'logs-bucket',
      policy: 'ownAccount',
    });
    s = addResource(s, {
      type: 'kms',
      account: ACCOUNT_A,
      region: 'us-east-1',
      name: '1234abcd-12ab-34cd-56ef-1234567890ab',
      policy: 'principal',
      principal: ACCOUNT_B,
    });
    s = addResource(s, {
      type: 'sqs',
      account: ACCOUNT_A,
      region: 'us-east-1',
      name: 'jobs',
      policy: 'none',
    });
    s = addResource(s, {
      type: 'secretsmanager',
      account: ACCOUNT_A,
      region: 'us-east-1',
      name: 'db/password',
      policy: 'none',
    });
    expect(s.resources?.slice(-4).map((r) => r.arn)).toEqual([
      'arn:aws:s3:::logs-bucket',
      'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:sqs:us-east-1:111122223333:jobs',
      'arn:aws:secretsmanager:us-east-1:111122223333:secret:db/password',
    ]);
    expect(s.resources?.at(-4)).toMatchObject({
      accountId: ACCOUNT_B,
      policy: { Statement: [{ Resource: ['arn:aws:s3:::logs-bucket', 'arn:aws:s3:::logs-bucket/*'] }] },
    });
    expect(errors(s)).toEqual([]);
  });
});

describe('removing', () => {
  it('removes an account with everything in it and its place in the organization', () => {
    const next = removeEntity(base(), ACCOUNT_A);
    expect(next.accounts.map((a) => a.id)).toEqual([ACCOUNT_B]);
    expect(next.roles?.map((r) => r.arn)).toEqual([arns.role(ACCOUNT_B, 'Dev')]);
    expect(next.users?.map((u) => u.arn)).toEqual([arns.user(ACCOUNT_B, 'bob')]);
    expect(next.instances).toEqual([]);
    expect(next.eksClusters).toEqual([]);
    expect(next.lambdaFunctions).toEqual([]);
    expect(next.resources?.map((r) => r.arn)).toEqual(['arn:aws:s3:::dev-bucket']);
    expect(next.organization?.root.accounts).toEqual([ACCOUNT_B]);
  });

  it('removes a role but keeps references to it, which become broken chains', () => {
    const api = arns.role(ACCOUNT_A, 'Api');
    const next = removeEntity(base(), api);
    expect(next.roles?.map((r) => r.arn)).toEqual([arns.role(ACCOUNT_B, 'Dev')]);
    expect(next.instances?.[0]?.roleArn).toBe(api);
    expect(next.lambdaFunctions?.[0]?.roleArn).toBe(api);
    expect(next.eksClusters?.[0]?.serviceAccounts?.[0]?.roleArn).toBe(api);
    expect(errors(next)).toEqual([]);
  });

  it('removes a cluster with its service accounts, pods and associations', () => {
    const next = removeEntity(base(), cluster.arn);
    expect(next.eksClusters).toEqual([]);
    const ids = analyzeScenario(next).nodes.map((n) => n.id);
    expect(ids.some((id) => id.startsWith(cluster.arn))).toBe(false);
  });

  it('removes a service account with the pods running as it and its associations', () => {
    const next = removeEntity(base(), serviceAccountId(cluster.arn, 'web', 'api'));
    expect(next.eksClusters?.[0]).toMatchObject({
      serviceAccounts: [],
      pods: [{ name: 'other' }],
      podIdentityAssociations: [],
    });
    const ids = analyzeScenario(next).nodes.map((n) => n.id);
    expect(ids).not.toContain(serviceAccountId(cluster.arn, 'web', 'api'));
    expect(ids).toContain(podId(cluster.arn, 'web', 'other'));
  });

  it('removes pods, users, instances, functions and resources by node id', () => {
    const s = base();
    const ids = [
      podId(cluster.arn, 'web', 'other'),
      arns.user(ACCOUNT_A, 'alice'),
      instanceArn(s.instances![0]!),
      arns.lambdaFunction(ACCOUNT_A, 'fn'),
      'arn:aws:s3:::prod-bucket',
    ];
    for (const id of ids) {
      const next = removeEntity(s, id);
      expect(next).not.toBe(s);
      expect(analyzeScenario(next).nodes.map((n) => n.id)).not.toContain(id);
    }
  });

  it('returns the same scenario for nodes nothing declares', () => {
    const s = base();
    expect(removeEntity(s, 'ec2.amazonaws.com')).toBe(s);
    expect(canRemove(s, 'arn:aws:iam::999999999999:role/Nope')).toBe(false);
    expect(canRemove(s, arns.role(ACCOUNT_A, 'Api'))).toBe(true);
  });
});
