/**
 * A seeded, deterministic synthetic AWS organization for benchmarks and large-scale tests: N accounts
 * in an OU tree with SCPs and an RCP, and roles whose trust policies cover the doors the trust graph
 * knows (same-account, cross-account with and without ExternalId, outside vendors, IRSA with `sub`
 * conditions, Pod Identity with tag conditions, EC2, Lambda, SAML, GitHub OIDC, the odd `*` trust
 * fenced by aws:PrincipalOrgID), identity policies with wildcards and conditions (a minority allowing
 * sts:AssumeRole on patterns), boundaries, and EKS clusters with service accounts and pods.
 *
 * The shape follows a typical landing zone rather than uniform noise, because pruning and indexing
 * only pay off (and only get measured honestly) on the skew a real organization has: most roles are
 * assumed by services or workloads, few identities may call sts:AssumeRole, and people come in
 * through one identity account.
 *
 * Pure TypeScript with its own PRNG (no Math.random), so the same options give the same scenario
 * everywhere. Test and benchmark support only; nothing in the app imports it.
 */
import type {
  AccountSpec,
  Ec2InstanceSpec,
  EksClusterSpec,
  GroupSpec,
  IdentityProviderSpec,
  LambdaFunctionSpec,
  ManagedPolicySpec,
  OrgPolicySpec,
  OrgUnitSpec,
  RoleSpec,
  Scenario,
  UserSpec,
} from '../model/scenario';
import { prng, type Prng } from './prng';

export interface OrganizationOptions {
  /** How many roles to generate (approximately: fixed per-account roles round it up a little). */
  roles: number;
  seed?: number;
  /** Average roles per account; the number of accounts follows. Default 50. */
  rolesPerAccount?: number;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Statement = Record<string, Json>;
const doc = (...statements: Statement[]): Json => ({ Version: '2012-10-17', Statement: statements });

const REGION = 'us-east-1';
const ORG_ID = 'o-synth0rg01';
/** Outside vendors some roles trust (not in the scenario's accounts). */
const VENDORS = ['999900000001', '999900000002', '999900000003', '999900000004', '999900000005'];
const NAMESPACES = ['payments', 'orders', 'search', 'platform', 'data', 'web'];
const SERVICES = ['api', 'worker', 'cron', 'ingest', 'render', 'sync', 'billing', 'auth'];

/** Kinds of generated role, with weights (out of 1000) for the bulk of each account. */
const KINDS: [RoleKind, number][] = [
  ['app', 217],
  ['ec2', 140],
  ['lambda', 150],
  ['irsa', 130],
  ['podIdentity', 70],
  ['crossAccount', 110],
  ['vendor', 30],
  ['saml', 50],
  ['deploy', 100],
  ['star', 3],
];
type RoleKind =
  'app' | 'ec2' | 'lambda' | 'irsa' | 'podIdentity' | 'crossAccount' | 'vendor' | 'saml' | 'deploy' | 'star';

export function generateOrganization(options: OrganizationOptions): Scenario {
  const rnd = prng(options.seed ?? 1);
  const perAccount = options.rolesPerAccount ?? 50;
  const accountCount = Math.max(4, Math.ceil(options.roles / perAccount));
  const accountIds = Array.from({ length: accountCount }, (_, i) =>
    String(100000000000 + i * 1000003).padStart(12, '0'),
  );
  const [management, identity, tooling, security] = accountIds as [string, string, string, string];
  const accounts: AccountSpec[] = accountIds.map((id, i) => ({
    id,
    name:
      i === 0
        ? 'management'
        : i === 1
          ? 'identity'
          : i === 2
            ? 'tooling'
            : i === 3
              ? 'security'
              : `workload-${i}`,
  }));

  // --- Organization: Security, Infrastructure, Workloads/{Prod,Dev,Sandbox}.
  const unit = (name: string): OrgUnitSpec => ({
    id: `ou-synt-${name.toLowerCase().padEnd(8, '0').slice(0, 8)}`,
    name,
    accounts: [],
  });
  const ous = {
    security: unit('Security'),
    infra: unit('Infrastructure'),
    prod: unit('Prod'),
    dev: unit('Dev'),
    sandbox: unit('Sandbox'),
  };
  const workloads: OrgUnitSpec = { ...unit('Workloads'), children: [ous.prod, ous.dev, ous.sandbox] };
  const policies: OrgPolicySpec[] = [
    {
      id: 'p-FullAWSAccess',
      name: 'FullAWSAccess',
      type: 'SERVICE_CONTROL_POLICY',
      document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
    },
    {
      id: 'p-denyleaveorg',
      name: 'DenyLeaveOrganization',
      type: 'SERVICE_CONTROL_POLICY',
      document: doc(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
      ),
    },
    {
      id: 'p-regionlock',
      name: 'RegionLock',
      type: 'SERVICE_CONTROL_POLICY',
      document: doc(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        {
          Sid: 'DenyOutsideRegions',
          Effect: 'Deny',
          NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*', 'cloudfront:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
        },
      ),
    },
    {
      id: 'p-protectsecurity',
      name: 'ProtectSecurityRoles',
      type: 'SERVICE_CONTROL_POLICY',
      document: doc(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        {
          Effect: 'Deny',
          Action: ['iam:DeleteRole', 'iam:UpdateAssumeRolePolicy', 'iam:AttachRolePolicy'],
          Resource: 'arn:aws:iam::*:role/security-*',
          Condition: {
            ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/OrganizationAccountAccessRole' },
          },
        },
      ),
    },
    {
      id: 'p-rcpdatafence',
      name: 'DataPerimeter',
      type: 'RESOURCE_CONTROL_POLICY',
      document: doc({
        Sid: 'EnforceOrgIdentities',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
          StringNotEquals: { 'aws:PrincipalAccount': VENDORS.slice(0, 2) },
        },
      }),
    },
    {
      id: 'p-RCPFullAWSAccess',
      name: 'RCPFullAWSAccess',
      type: 'RESOURCE_CONTROL_POLICY',
      document: doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }),
    },
  ];
  const root: OrgUnitSpec = {
    id: 'r-synt',
    name: 'Root',
    scps: ['p-FullAWSAccess', 'p-denyleaveorg'],
    accounts: [management],
    children: [ous.security, ous.infra, workloads],
  };
  ous.security.scps = ['p-protectsecurity'];
  workloads.scps = ['p-regionlock'];
  // A level's listed policies replace the default, so the fence comes with RCPFullAWSAccess.
  ous.prod.rcps = ['p-RCPFullAWSAccess', 'p-rcpdatafence'];
  const ouOf = new Map<string, 'security' | 'infra' | 'prod' | 'dev' | 'sandbox'>();
  const place = (account: string, which: 'security' | 'infra' | 'prod' | 'dev' | 'sandbox') => {
    ous[which].accounts?.push(account);
    ouOf.set(account, which);
  };
  place(identity, 'security');
  place(security, 'security');
  place(tooling, 'infra');
  const spread = ['prod', 'prod', 'dev', 'sandbox'] as const;
  accountIds.slice(4).forEach((id, i) => place(id, spread[i % 4] ?? 'prod'));

  const roles: RoleSpec[] = [];
  const managedPolicies: ManagedPolicySpec[] = [];
  const identityProviders: IdentityProviderSpec[] = [];
  const eksClusters: EksClusterSpec[] = [];
  const instances: Ec2InstanceSpec[] = [];
  const lambdaFunctions: LambdaFunctionSpec[] = [];
  const roleArn = (account: string, name: string, path = '/') => `arn:aws:iam::${account}:role${path}${name}`;

  // --- People: users in the identity account, through groups, into every account's access roles.
  const groups: GroupSpec[] = [
    {
      arn: `arn:aws:iam::${identity}:group/Admins`,
      inlinePolicies: [
        {
          name: 'AssumeAdmin',
          document: doc({
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: 'arn:aws:iam::*:role/OrgAdmin',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          }),
        },
      ],
    },
    {
      arn: `arn:aws:iam::${identity}:group/Developers`,
      inlinePolicies: [
        {
          name: 'AssumeDeveloper',
          document: doc({
            Effect: 'Allow',
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Resource: ['arn:aws:iam::*:role/Developer', 'arn:aws:iam::*:role/ReadOnly'],
          }),
        },
      ],
    },
    {
      arn: `arn:aws:iam::${identity}:group/Auditors`,
      inlinePolicies: [
        {
          name: 'AssumeReadOnly',
          document: doc({
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: 'arn:aws:iam::*:role/ReadOnly',
          }),
        },
      ],
      managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
    },
    {
      arn: `arn:aws:iam::${identity}:group/Billing`,
      inlinePolicies: [
        {
          name: 'Billing',
          document: doc({ Effect: 'Allow', Action: ['aws-portal:View*', 'ce:Get*'], Resource: '*' }),
        },
      ],
    },
  ];
  const userCount = 10 + Math.floor(options.roles / 2000);
  const users: UserSpec[] = Array.from({ length: userCount }, (_, i) => {
    const group = i % 10 === 0 ? 'Admins' : i % 10 < 5 ? 'Developers' : i % 10 < 8 ? 'Auditors' : 'Billing';
    const user: UserSpec = {
      arn: `arn:aws:iam::${identity}:user/person-${i}`,
      groups: [`arn:aws:iam::${identity}:group/${group}`],
      tags: { team: rnd.pick(NAMESPACES) },
    };
    if (rnd.chance(0.1)) user.mfa = false;
    return user;
  });

  // --- Tooling account: CI roles that deploy into workload accounts, and GitHub Actions.
  const ciCount = 3 + Math.floor(options.roles / 5000);
  const github = 'token.actions.githubusercontent.com';
  identityProviders.push({
    arn: `arn:aws:iam::${tooling}:oidc-provider/${github}`,
    clientIds: ['sts.amazonaws.com'],
  });
  for (let i = 0; i < ciCount; i++) {
    roles.push({
      arn: roleArn(tooling, `ci-deployer-${i}`),
      trustPolicy: doc({
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${tooling}:oidc-provider/${github}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${github}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${github}:sub`]: `repo:synth-org/service-${i}:ref:refs/heads/main` },
        },
      }),
      inlinePolicies: [
        {
          name: 'DeployEverywhere',
          document: doc(
            { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/deploy-*' },
            {
              Effect: 'Allow',
              Action: ['s3:PutObject', 's3:GetObject'],
              Resource: 'arn:aws:s3:::synth-artifacts/*',
            },
          ),
        },
      ],
    });
  }

  const standard = (account: string) => `arn:aws:iam::${account}:policy/StandardAccess`;
  const boundary = (account: string) => `arn:aws:iam::${account}:policy/WorkloadBoundary`;
  let serial = 0;

  for (const [index, account] of accountIds.entries()) {
    const ou = ouOf.get(account);
    // Every account: an admin and a read-only role for people, and the role Organizations creates.
    if (account !== identity) {
      roles.push({
        arn: roleArn(account, 'OrgAdmin'),
        trustPolicy: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${identity}:root` },
          Action: 'sts:AssumeRole',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        }),
        managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
        maxSessionDuration: 3600,
      });
      roles.push({
        arn: roleArn(account, 'ReadOnly'),
        trustPolicy: doc({
          Effect: 'Allow',
          Principal: { AWS: identity },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
        }),
        managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      });
      if (ou === 'dev' || ou === 'sandbox') {
        roles.push({
          arn: roleArn(account, 'Developer'),
          trustPolicy: doc({
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${identity}:root` },
            Action: 'sts:AssumeRole',
          }),
          managedPolicies: ['arn:aws:iam::aws:policy/PowerUserAccess'],
          permissionsBoundary: boundary(account),
        });
      }
    }
    if (account !== management) {
      roles.push({
        arn: roleArn(account, 'OrganizationAccountAccessRole'),
        trustPolicy: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${management}:root` },
          Action: 'sts:AssumeRole',
        }),
        managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      });
    }
    managedPolicies.push(
      {
        arn: standard(account),
        name: 'StandardAccess',
        document: doc(
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: `arn:aws:logs:*:${account}:log-group:*`,
          },
          { Effect: 'Allow', Action: ['cloudwatch:PutMetricData', 'xray:Put*'], Resource: '*' },
        ),
      },
      {
        arn: boundary(account),
        name: 'WorkloadBoundary',
        document: doc(
          {
            Effect: 'Allow',
            Action: ['s3:*', 'dynamodb:*', 'sqs:*', 'logs:*', 'sts:AssumeRole', 'kms:Decrypt'],
            Resource: '*',
          },
          { Effect: 'Deny', Action: ['iam:*', 'organizations:*'], Resource: '*' },
        ),
      },
    );

    const hasCluster = index >= 4 && rnd.chance(0.35);
    const hasSaml = index >= 4 && rnd.chance(0.2);
    let cluster: EksClusterSpec | undefined;
    let issuer = '';
    if (hasCluster) {
      issuer = `oidc.eks.${REGION}.amazonaws.com/id/${rnd.hex(32).toUpperCase()}`;
      cluster = {
        arn: `arn:aws:eks:${REGION}:${account}:cluster/main-${index}`,
        oidcIssuer: `https://${issuer}`,
        serviceAccounts: [],
        pods: [],
        podIdentityAssociations: [],
      };
      eksClusters.push(cluster);
      identityProviders.push({
        arn: `arn:aws:iam::${account}:oidc-provider/${issuer}`,
        clientIds: ['sts.amazonaws.com'],
      });
    }
    const samlArn = `arn:aws:iam::${account}:saml-provider/Corporate`;
    if (hasSaml) identityProviders.push({ arn: samlArn });

    // The bulk: workload roles of weighted kinds.
    const bulk = index < 4 ? Math.max(2, Math.floor(perAccount / 4)) : perAccount - 3;
    for (let r = 0; r < bulk; r++) {
      let kind = weighted(rnd.int(1000));
      if ((kind === 'irsa' || kind === 'podIdentity') && !cluster) kind = 'app';
      if (kind === 'saml' && !hasSaml) kind = 'lambda';
      const n = serial++;
      const service = rnd.pick(SERVICES);
      const ns = rnd.pick(NAMESPACES);
      const name = kind === 'deploy' ? `deploy-${service}-${n}` : `${kind.toLowerCase()}-${service}-${n}`;
      const path = rnd.chance(0.15) ? '/service/' : '/';
      const arn = roleArn(account, name, path);
      const role: RoleSpec = { arn, trustPolicy: null, inlinePolicies: [appPolicy(rnd, account, service)] };
      if (rnd.chance(0.5)) role.managedPolicies = [standard(account)];
      if (rnd.chance(0.25)) role.permissionsBoundary = boundary(account);
      if (rnd.chance(0.3)) role.tags = { team: ns, env: ou ?? 'core' };

      switch (kind) {
        case 'app':
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: 'sts:AssumeRole',
          });
          break;
        case 'ec2': {
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          });
          const profile = `arn:aws:iam::${account}:instance-profile/${name}`;
          role.instanceProfiles = [profile];
          if (rnd.chance(0.8)) {
            instances.push({
              id: `i-${rnd.hex(17)}`,
              account,
              region: REGION,
              instanceProfileArn: profile,
              roleArn: arn,
              name: `${service}-${n}`,
            });
          }
          break;
        }
        case 'lambda': {
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole',
            ...(rnd.chance(0.3) ? { Condition: { StringEquals: { 'aws:SourceAccount': account } } } : {}),
          });
          role.managedPolicies = ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'];
          if (rnd.chance(0.85))
            lambdaFunctions.push({
              arn: `arn:aws:lambda:${REGION}:${account}:function:${service}-${n}`,
              roleArn: arn,
            });
          break;
        }
        case 'irsa': {
          const c = cluster as EksClusterSpec;
          const sa = `${service}-${n}`;
          const wildcard = rnd.chance(0.1);
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: wildcard
              ? { StringLike: { [`${issuer}:sub`]: `system:serviceaccount:${ns}:*` } }
              : {
                  StringEquals: {
                    // A few annotations outlived a rename: the trust names the old service account.
                    [`${issuer}:sub`]: `system:serviceaccount:${ns}:${rnd.chance(0.05) ? `${sa}-old` : sa}`,
                    [`${issuer}:aud`]: 'sts.amazonaws.com',
                  },
                },
          });
          c.serviceAccounts?.push({ namespace: ns, name: sa, roleArn: arn });
          c.pods?.push({
            namespace: ns,
            name: `${sa}-${rnd.hex(5)}`,
            serviceAccount: sa,
            owner: `Deployment/${sa}`,
          });
          break;
        }
        case 'podIdentity': {
          const c = cluster as EksClusterSpec;
          const sa = `${service}-pi-${n}`;
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { Service: 'pods.eks.amazonaws.com' },
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            ...(rnd.chance(0.8)
              ? { Condition: { StringEquals: { 'aws:RequestTag/kubernetes-namespace': ns } } }
              : {}),
          });
          c.serviceAccounts?.push({ namespace: ns, name: sa });
          c.podIdentityAssociations?.push({ namespace: ns, serviceAccount: sa, roleArn: arn });
          c.pods?.push({ namespace: ns, name: `${sa}-${rnd.hex(5)}`, serviceAccount: sa });
          break;
        }
        case 'crossAccount': {
          // Another workload account's role, named by ARN or through its account, maybe with an ExternalId.
          const other = accountIds[4 + rnd.int(Math.max(1, accountCount - 4))] ?? tooling;
          const byArn = rnd.chance(0.5);
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: {
              AWS: byArn
                ? roleArn(other, `app-${rnd.pick(SERVICES)}-${rnd.int(serial + 1)}`)
                : `arn:aws:iam::${other}:root`,
            },
            Action: 'sts:AssumeRole',
            ...(rnd.chance(0.5)
              ? { Condition: { StringEquals: { 'sts:ExternalId': `ext-${rnd.hex(8)}` } } }
              : {}),
          });
          break;
        }
        case 'vendor':
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${rnd.pick(VENDORS)}:root` },
            Action: 'sts:AssumeRole',
            ...(rnd.chance(0.8)
              ? { Condition: { StringEquals: { 'sts:ExternalId': `vendor-${rnd.hex(10)}` } } }
              : {}),
          });
          break;
        case 'saml':
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { Federated: samlArn },
            Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
            Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
          });
          break;
        case 'deploy':
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { AWS: roleArn(tooling, `ci-deployer-${rnd.int(ciCount)}`) },
            Action: 'sts:AssumeRole',
          });
          // Most deploy roles are scoped to what a pipeline does; some teams just grant PowerUser.
          if (rnd.chance(0.25)) role.managedPolicies = ['arn:aws:iam::aws:policy/PowerUserAccess'];
          else
            role.inlinePolicies = [
              {
                name: 'Deploy',
                document: doc(
                  {
                    Effect: 'Allow',
                    Action: ['cloudformation:*', 'ecr:*', 'lambda:UpdateFunctionCode', 's3:*'],
                    Resource: '*',
                  },
                  { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${account}:role/app-*` },
                ),
              },
            ];
          break;
        case 'star':
          role.trustPolicy = doc({
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } },
          });
          break;
      }
      // A minority of workloads may assume other roles: some narrowly, some on broad patterns.
      if (kind !== 'deploy' && rnd.chance(0.08)) {
        const other = accountIds[rnd.int(accountCount)] ?? account;
        const resource = rnd.pick([
          `arn:aws:iam::${other}:role/app-*`,
          `arn:aws:iam::${account}:role/*`,
          `arn:aws:iam::*:role/${rnd.pick(['crossaccount', 'app'])}-${service}-*`,
          roleArn(other, `crossaccount-${service}-${rnd.int(serial + 1)}`),
        ]);
        role.inlinePolicies?.push({
          name: 'AssumeOthers',
          document: doc({
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: resource,
            ...(rnd.chance(0.3) ? { Condition: { StringEquals: { 'aws:ResourceOrgID': ORG_ID } } } : {}),
          }),
        });
      }
      roles.push(role);
    }
  }

  return {
    version: 1,
    name: `Synthetic organization (${roles.length} roles, seed ${options.seed ?? 1})`,
    description: 'Generated by generateOrganization for benchmarks and large-scale tests.',
    accounts,
    organization: {
      id: ORG_ID,
      managementAccountId: management,
      root,
      policies,
      accountPolicies: { [security]: { scps: ['p-denyleaveorg'] } },
    },
    managedPolicies,
    users,
    groups,
    roles,
    identityProviders,
    eksClusters,
    instances,
    lambdaFunctions,
  };
}

function weighted(roll: number): RoleKind {
  let acc = 0;
  for (const [kind, weight] of KINDS) {
    acc += weight;
    if (roll < acc) return kind;
  }
  return 'app';
}

function appPolicy(rnd: Prng, account: string, service: string) {
  const statements: Statement[] = [
    {
      Effect: 'Allow',
      Action: rnd.pick([['s3:GetObject', 's3:PutObject'], ['s3:Get*', 's3:List*'], 's3:*']),
      Resource: [`arn:aws:s3:::${service}-${account}-*`, `arn:aws:s3:::${service}-${account}-*/*`],
    },
    {
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
      Resource: `arn:aws:dynamodb:*:${account}:table/${service}-*`,
      Condition: { StringEquals: { 'aws:RequestedRegion': REGION } },
    },
  ];
  if (rnd.chance(0.3)) {
    statements.push({
      Effect: 'Allow',
      Action: 'sqs:*',
      Resource: `arn:aws:sqs:${REGION}:${account}:${service}-*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': rnd.pick(NAMESPACES) } },
    });
  }
  if (rnd.chance(0.1)) statements.push({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' });
  return { name: `${service}-access`, document: doc(...statements) };
}
