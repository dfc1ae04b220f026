/**
 * Policy-document and ARN builders for test data (re-exported by builders.ts). Policy builders are
 * immutable: every call returns a new builder, so a shared base policy cannot be changed by a test.
 */

export const ACCOUNT_A = '111122223333';
export const ACCOUNT_B = '444455556666';
export const DEFAULT_REGION = 'us-east-1';

/** ARNs in the shapes AWS prints them. */
export const arns = {
  root: (account: string) => `arn:aws:iam::${account}:root`,
  role: (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`,
  user: (account: string, name: string) => `arn:aws:iam::${account}:user/${name}`,
  group: (account: string, name: string) => `arn:aws:iam::${account}:group/${name}`,
  policy: (account: string, name: string) => `arn:aws:iam::${account}:policy/${name}`,
  awsManagedPolicy: (name: string) => `arn:aws:iam::aws:policy/${name}`,
  instanceProfile: (account: string, name: string) => `arn:aws:iam::${account}:instance-profile/${name}`,
  oidcProvider: (account: string, issuer: string) =>
    `arn:aws:iam::${account}:oidc-provider/${issuer.replace(/^https:\/\//, '')}`,
  samlProvider: (account: string, name: string) => `arn:aws:iam::${account}:saml-provider/${name}`,
  eksCluster: (account: string, name: string, region = DEFAULT_REGION) =>
    `arn:aws:eks:${region}:${account}:cluster/${name}`,
  lambdaFunction: (account: string, name: string, region = DEFAULT_REGION) =>
    `arn:aws:lambda:${region}:${account}:function:${name}`,
  ecsTaskDefinition: (account: string, family: string, revision = 1, region = DEFAULT_REGION) =>
    `arn:aws:ecs:${region}:${account}:task-definition/${family}:${revision}`,
  s3Bucket: (name: string) => `arn:aws:s3:::${name}`,
};

export type PolicyValue = string | string[];
export interface PolicyStatementJson {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | Record<string, PolicyValue>;
  Action: PolicyValue;
  Resource?: PolicyValue;
  Condition?: Record<string, Record<string, PolicyValue>>;
}
export interface PolicyDocumentJson {
  Version: '2012-10-17';
  Statement: PolicyStatementJson[];
}

export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class PolicyBuilder {
  constructor(private readonly statements: readonly PolicyStatementJson[]) {}

  /** A fresh plain document; safe to mutate. */
  build(): PolicyDocumentJson {
    return { Version: '2012-10-17', Statement: cloneJson([...this.statements]) };
  }

  toJSON(): PolicyDocumentJson {
    return this.build();
  }

  /** This policy's statements followed by another's. */
  and(other: PolicyBuilder): PolicyBuilder {
    return new PolicyBuilder([...this.statements, ...other.statements]);
  }

  allow(actions: PolicyValue, resources: PolicyValue = '*'): PolicyBuilder {
    return new PolicyBuilder([...this.statements, { Effect: 'Allow', Action: actions, Resource: resources }]);
  }

  deny(actions: PolicyValue, resources: PolicyValue = '*'): PolicyBuilder {
    return new PolicyBuilder([...this.statements, { Effect: 'Deny', Action: actions, Resource: resources }]);
  }

  /** Adds a condition to the last statement, e.g. `.when('StringEquals', 'aws:SourceAccount', id)`. */
  when(operator: string, key: string, value: PolicyValue): PolicyBuilder {
    const last = this.statements.at(-1);
    if (!last) return this;
    const condition = cloneJson(last.Condition ?? {});
    condition[operator] = { ...condition[operator], [key]: value };
    return new PolicyBuilder([...this.statements.slice(0, -1), { ...last, Condition: condition }]);
  }

  /** Names the last statement. */
  sid(sid: string): PolicyBuilder {
    const last = this.statements.at(-1);
    return last ? new PolicyBuilder([...this.statements.slice(0, -1), { Sid: sid, ...last }]) : this;
  }

  withExternalId(externalId: string): PolicyBuilder {
    return this.when('StringEquals', 'sts:ExternalId', externalId);
  }

  withMfa(): PolicyBuilder {
    return this.when('Bool', 'aws:MultiFactorAuthPresent', 'true');
  }

  withSourceAccount(account: string): PolicyBuilder {
    return this.when('StringEquals', 'aws:SourceAccount', account);
  }
}

/** Anything a builder accepts as a policy: a builder, a plain document or a JSON string. */
export type PolicyInput = PolicyBuilder | PolicyDocumentJson | Record<string, unknown> | string;

export function toDocument(policy: PolicyInput): unknown {
  return policy instanceof PolicyBuilder ? policy.build() : cloneJson(policy);
}

const trust = (principal: Record<string, PolicyValue>, action: PolicyValue) =>
  new PolicyBuilder([{ Effect: 'Allow', Principal: principal, Action: action }]);

export const aTrustPolicy = {
  /** Any principal of the account whose own policies allow it (the `:root` principal). */
  forAccount: (account: string) => trust({ AWS: arns.root(account) }, 'sts:AssumeRole'),
  /** `ec2` is short for `ec2.amazonaws.com`. */
  forService: (service: string) =>
    trust({ Service: service.includes('.') ? service : `${service}.amazonaws.com` }, 'sts:AssumeRole'),
  forRole: (roleArn: string) => trust({ AWS: roleArn }, 'sts:AssumeRole'),
  forUser: (userArn: string) => trust({ AWS: userArn }, 'sts:AssumeRole'),
  /** Web identity (IRSA, GitHub Actions): the issuer is taken from the provider ARN when omitted. */
  forOidc: (
    providerArn: string,
    issuer?: string,
    options: { sub?: PolicyValue; aud?: PolicyValue; subLike?: PolicyValue } = {},
  ) => {
    const host = (issuer ?? providerArn.slice(providerArn.indexOf(':oidc-provider/') + 15)).replace(
      /^https:\/\//,
      '',
    );
    let policy = trust({ Federated: providerArn }, 'sts:AssumeRoleWithWebIdentity').when(
      'StringEquals',
      `${host}:aud`,
      options.aud ?? 'sts.amazonaws.com',
    );
    if (options.sub !== undefined) policy = policy.when('StringEquals', `${host}:sub`, options.sub);
    if (options.subLike !== undefined) policy = policy.when('StringLike', `${host}:sub`, options.subLike);
    return policy;
  },
  /** IRSA for one service account of a cluster built by anEksCluster. */
  forIrsa: (providerArn: string, namespace: string, serviceAccount: string) =>
    aTrustPolicy.forOidc(providerArn, undefined, {
      sub: `system:serviceaccount:${namespace}:${serviceAccount}`,
    }),
  /** EKS Pod Identity, optionally narrowed to one namespace and service account by session tags. */
  forPodIdentity: (options: { namespace?: string; serviceAccount?: string } = {}) => {
    let policy = trust({ Service: 'pods.eks.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']);
    if (options.namespace)
      policy = policy.when('StringEquals', 'aws:RequestTag/kubernetes-namespace', options.namespace);
    if (options.serviceAccount) {
      policy = policy.when(
        'StringEquals',
        'aws:RequestTag/kubernetes-service-account',
        options.serviceAccount,
      );
    }
    return policy;
  },
  forSaml: (providerArn: string) =>
    trust({ Federated: providerArn }, 'sts:AssumeRoleWithSAML').when(
      'StringEquals',
      'SAML:aud',
      'https://signin.aws.amazon.com/saml',
    ),
};

export const anIdentityPolicy = {
  allow: (actions: PolicyValue, resources: PolicyValue = '*') =>
    new PolicyBuilder([]).allow(actions, resources),
  deny: (actions: PolicyValue, resources: PolicyValue = '*') =>
    new PolicyBuilder([]).deny(actions, resources),
};

export const aResourcePolicy = {
  /** Lets `principal` (an ARN, or an account id meaning its root) do `actions` on `resources`. */
  allowing: (principal: string, actions: PolicyValue, resources: PolicyValue) =>
    new PolicyBuilder([
      {
        Effect: 'Allow',
        Principal: { AWS: /^\d{12}$/.test(principal) ? arns.root(principal) : principal },
        Action: actions,
        Resource: resources,
      },
    ]),
};
