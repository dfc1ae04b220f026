/**
 * fast-check generators for the engine's property and differential tests: random but realistic
 * request bundles (the shape `loadBundle` reads) built from a small vocabulary of actions, resources,
 * principals and condition keys, so that random policies match random requests often enough for the
 * interesting paths (allow, explicit deny, condition misses, boundaries, org levels) to be exercised.
 *
 * Test support only; pure TypeScript so it typechecks with the engine.
 */
import fc from 'fast-check';

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';

/** JSON policy documents as written by an author; values are strings or lists of strings. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Statement = Record<string, Json>;
export interface PolicyDoc {
  Version: '2012-10-17';
  Statement: Statement[];
  [key: string]: Json;
}
export interface OrgLevelDoc {
  orgIdentifier: string;
  policies: PolicyDoc[];
}
export type ContextValueDoc = string | string[];
export interface RequestDoc {
  principal: string;
  action: string;
  resource: { resource: string; accountId: string };
  context: Record<string, ContextValueDoc>;
}
/** A request bundle as `loadBundle` reads it. */
export interface BundleDoc {
  request: RequestDoc;
  identityPolicies?: PolicyDoc[];
  resourcePolicy?: PolicyDoc;
  permissionBoundaries?: PolicyDoc[];
  sessionPolicy?: PolicyDoc;
  serviceControlPolicies?: OrgLevelDoc[];
  resourceControlPolicies?: OrgLevelDoc[];
}

export const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'sts:AssumeRole',
  'iam:PassRole',
  'kms:Decrypt',
  'ec2:RunInstances',
] as const;
export type RequestAction = (typeof ACTIONS)[number];

/** What an Action element may name: the concrete actions plus the wildcards people write. */
export const ACTION_PATTERNS = [
  ...ACTIONS,
  's3:Get*',
  's3:*Object',
  's3:*',
  'sts:Assume*',
  'iam:Pass*',
  'kms:*',
  'ec2:Run?nstances',
  '*',
];

export const userArn = (account: string, name = 'alice') => `arn:aws:iam::${account}:user/${name}`;
export const roleArn = (account: string, name = 'app-deploy') => `arn:aws:iam::${account}:role/${name}`;
export const sessionArn = (account: string, role = 'app-deploy', session = 'build-7') =>
  `arn:aws:sts::${account}:assumed-role/${role}/${session}`;

/** Signed callers the generators use; every one is an IAM identity, never root or a service. */
export type CallerKind = 'user' | 'session';
export const callerArn = (kind: CallerKind, account: string) =>
  kind === 'user' ? userArn(account) : sessionArn(account);

/** A concrete resource of the action's type in the given account (S3 ARNs carry no account). */
export function resourcesFor(action: RequestAction, account: string): string[] {
  const bucket = account === ACCOUNT_A ? 'bucket-a' : 'bucket-b';
  switch (action) {
    case 's3:GetObject':
    case 's3:PutObject':
      return [
        `arn:aws:s3:::${bucket}/reports/q1.csv`,
        `arn:aws:s3:::${bucket}/home/alice/notes.txt`,
        `arn:aws:s3:::${bucket}/Photo.JPG`,
      ];
    case 's3:ListBucket':
      return [`arn:aws:s3:::${bucket}`];
    case 'sts:AssumeRole':
    case 'iam:PassRole':
      return [roleArn(account), roleArn(account, 'ops-admin')];
    case 'kms:Decrypt':
      return [`arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`];
    case 'ec2:RunInstances':
      return [`arn:aws:ec2:us-east-1:${account}:instance/i-0123456789abcdef0`];
  }
}

export const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-a/reports/*',
  'arn:aws:s3:::bucket-a/home/${aws:username}/*',
  'arn:aws:s3:::bucket-?/*',
  'arn:aws:s3:::bucket-*',
  'arn:aws:s3:::bucket-b/*',
  `arn:aws:iam::${ACCOUNT_A}:role/app-*`,
  `arn:aws:iam::*:role/*`,
  `arn:aws:iam::${ACCOUNT_B}:role/*`,
  `arn:aws:kms:*:${ACCOUNT_A}:key/*`,
  `arn:aws:kms:us-east-1:${ACCOUNT_B}:key/*`,
  'arn:aws:ec2:*:*:instance/*',
];

const ARN_PATTERNS = [
  `arn:aws:iam::${ACCOUNT_A}:role/app-*`,
  userArn(ACCOUNT_A),
  'arn:aws:iam::*:role/*',
  `arn:aws:iam::${ACCOUNT_B}:*`,
  `arn:aws:iam::${ACCOUNT_A}:user/*`,
];

const ifExists = (ops: string[]) => ops.flatMap((op) => [op, `${op}IfExists`]);

/**
 * Condition keys with the operators that suit their type and the values policies and requests use.
 * No `requestValue`: the engine derives the key from the caller, so a request never carries it.
 */
interface KeySpec {
  key: string;
  operators: string[];
  policyValues: string[];
  requestValue?: fc.Arbitrary<ContextValueDoc>;
}

export const CONDITION_KEYS: KeySpec[] = [
  {
    key: 'aws:SourceIp',
    operators: ifExists(['IpAddress', 'NotIpAddress']),
    policyValues: ['10.0.0.0/8', '192.168.1.0/24', '203.0.113.7', '10.1.2.3/32'],
    requestValue: fc.constantFrom('10.1.2.3', '192.168.1.20', '203.0.113.7', '172.16.0.1'),
  },
  {
    key: 'aws:PrincipalTag/team',
    operators: ifExists([
      'StringEquals',
      'StringNotEquals',
      'StringLike',
      'StringNotLike',
      'StringEqualsIgnoreCase',
    ]),
    policyValues: ['blue', 'Blue', 'red', 'b*', '*'],
    requestValue: fc.constantFrom('blue', 'Blue', 'red', 'green'),
  },
  {
    key: 'aws:TagKeys',
    operators: [
      'ForAnyValue:StringEquals',
      'ForAllValues:StringEquals',
      'ForAnyValue:StringLike',
      'ForAllValues:StringLike',
      'ForAllValues:StringNotEquals',
    ],
    policyValues: ['env', 'team', 'cost*', 'Owner'],
    requestValue: fc.subarray(['env', 'team', 'owner', 'cost-center']),
  },
  {
    key: 'aws:MultiFactorAuthPresent',
    operators: ifExists(['Bool']),
    policyValues: ['true', 'false'],
    requestValue: fc.constantFrom('true', 'false'),
  },
  {
    key: 'aws:MultiFactorAuthAge',
    operators: ifExists(['NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan']),
    policyValues: ['3600', '300', '0'],
    requestValue: fc.constantFrom('100', '3600', '7200'),
  },
  {
    key: 's3:prefix',
    operators: ifExists(['StringEquals', 'StringLike', 'StringNotLike']),
    policyValues: ['', 'home/', 'home/*', 'public/*', 'home/${aws:username}/*'],
    requestValue: fc.constantFrom('home/alice/', 'public/x', '', 'home/'),
  },
  {
    key: 'aws:PrincipalArn',
    operators: ifExists(['ArnLike', 'ArnNotLike', 'ArnEquals', 'StringLike', 'StringEquals']),
    policyValues: ARN_PATTERNS,
  },
];

/** One `Operator: { key: values }` clause. */
export interface ConditionClauseDoc {
  operator: string;
  key: string;
  values: string[];
}

export const conditionClauseArb: fc.Arbitrary<ConditionClauseDoc> = fc.oneof(
  fc.constantFrom(...CONDITION_KEYS).chain((spec) =>
    fc.record({
      operator: fc.constantFrom(...spec.operators),
      key: fc.constant(spec.key),
      values: fc.uniqueArray(fc.constantFrom(...spec.policyValues), { minLength: 1, maxLength: 2 }),
    }),
  ),
  fc.record({
    operator: fc.constant('Null'),
    key: fc.constantFrom(...CONDITION_KEYS.map((k) => k.key)),
    values: fc.constantFrom('true', 'false').map((v) => [v]),
  }),
);

/** Groups clauses into a Condition block; a repeated operator/key keeps its last values. */
export function conditionBlock(clauses: ConditionClauseDoc[]): Record<string, Record<string, Json>> {
  const block: Record<string, Record<string, Json>> = {};
  for (const c of clauses) {
    const forOp = (block[c.operator] ??= {});
    forOp[c.key] = c.values.length === 1 ? (c.values[0] as string) : c.values;
  }
  return block;
}

/** A single string or a list, as authors write either. */
const oneOrMany = (arb: fc.Arbitrary<string>) =>
  fc
    .uniqueArray(arb, { minLength: 1, maxLength: 3 })
    .chain((xs) => (xs.length === 1 ? fc.constantFrom<Json>(xs[0] as string, xs) : fc.constant<Json>(xs)));

export interface StatementOptions {
  /** Principal element values to pick from (resource policies); none for identity-side policies. */
  principals?: Json[];
  /** Whether Resource may be left out (trust policies: the role is the resource). */
  resourceOptional?: boolean;
  /** Allow NotAction / NotResource. */
  negations?: boolean;
  effect?: fc.Arbitrary<'Allow' | 'Deny'>;
}

export function statementArb(opts: StatementOptions = {}): fc.Arbitrary<Statement> {
  const negations = opts.negations ?? true;
  return fc
    .record({
      effect: opts.effect ?? fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Allow', 'Deny'),
      actionKind: negations
        ? fc.constantFrom('Action', 'Action', 'Action', 'NotAction')
        : fc.constant('Action'),
      actions: oneOrMany(fc.constantFrom(...ACTION_PATTERNS)),
      resourceKind: fc.constantFrom(
        ...(negations ? ['Resource', 'Resource', 'Resource', 'NotResource'] : ['Resource']),
        ...(opts.resourceOptional ? ['none'] : []),
      ),
      resources: oneOrMany(fc.constantFrom(...RESOURCE_PATTERNS)),
      principal: opts.principals ? fc.constantFrom(...opts.principals) : fc.constant(undefined),
      conditions: fc.array(conditionClauseArb, { maxLength: 2 }),
      withConditions: fc.boolean(),
    })
    .map((s) => {
      const st: Statement = { Effect: s.effect };
      if (s.principal !== undefined) st.Principal = s.principal;
      st[s.actionKind] = s.actions;
      if (s.resourceKind !== 'none') st[s.resourceKind] = s.resources;
      if (s.withConditions && s.conditions.length > 0) st.Condition = conditionBlock(s.conditions);
      return st;
    });
}

export const policyArb = (opts: StatementOptions = {}, maxStatements = 3): fc.Arbitrary<PolicyDoc> =>
  fc
    .array(statementArb(opts), { minLength: 1, maxLength: maxStatements })
    .map((Statement) => ({ Version: '2012-10-17', Statement }));

export const identityPolicyArb = policyArb();

/** AWS attaches FullAWSAccess to every organization level unless someone detaches it. */
export const FULL_ACCESS: PolicyDoc = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};
/** RCPFullAWSAccess: attached to every level once RCPs are enabled, and it cannot be detached. */
export const RCP_FULL_ACCESS: PolicyDoc = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};

/** SCP levels root → OU → account; each level keeps FullAWSAccess or has it replaced by random policies. */
export const scpLevelsArb = (account: string): fc.Arbitrary<OrgLevelDoc[]> =>
  fc.tuple(
    ...['r-abcd', 'ou-abcd-11111111', account].map((orgIdentifier) =>
      fc
        .record({
          keepFull: fc.boolean(),
          extra: fc.array(policyArb({ negations: true }, 2), { maxLength: 1 }),
        })
        .map(({ keepFull, extra }) => ({
          orgIdentifier,
          policies: [...(keepFull ? [FULL_ACCESS] : []), ...extra],
        })),
    ),
  );

/**
 * RCP statements as AWS accepts them: Deny only, `Principal: "*"`, an Action list (no NotAction, no
 * bare `*`), https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html.
 */
export const rcpPolicyArb: fc.Arbitrary<PolicyDoc> = fc
  .array(
    fc.record({
      actions: oneOrMany(fc.constantFrom(...ACTION_PATTERNS.filter((a) => a !== '*'))),
      resources: oneOrMany(fc.constantFrom(...RESOURCE_PATTERNS)),
      conditions: fc.array(conditionClauseArb, { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 2 },
  )
  .map((statements) => ({
    Version: '2012-10-17',
    Statement: statements.map((s) => {
      const st: Statement = { Effect: 'Deny', Principal: '*', Action: s.actions, Resource: s.resources };
      if (s.conditions.length > 0) st.Condition = conditionBlock(s.conditions);
      return st;
    }),
  }));

/** RCP levels root (→ account): RCPFullAWSAccess on each (it cannot be detached), plus random denies. */
export const rcpLevelsArb = (account: string): fc.Arbitrary<OrgLevelDoc[]> =>
  fc.tuple(fc.array(rcpPolicyArb, { maxLength: 1 }), fc.boolean()).map(([extra, accountLevel]) =>
    accountLevel
      ? [
          { orgIdentifier: 'r-wxyz', policies: [RCP_FULL_ACCESS] },
          { orgIdentifier: account, policies: [RCP_FULL_ACCESS, ...extra] },
        ]
      : [{ orgIdentifier: 'r-wxyz', policies: [RCP_FULL_ACCESS, ...extra] }],
  );

/** Principal element values naming (or not naming) the generators' callers in either account. */
export const principalElementsFor = (account: string): Json[] => [
  '*',
  { AWS: '*' },
  { AWS: account },
  { AWS: `arn:aws:iam::${account}:root` },
  { AWS: userArn(account) },
  { AWS: roleArn(account) },
  { AWS: sessionArn(account) },
  { AWS: userArn(account, 'bob') },
  { AWS: [roleArn(account, 'ops-admin'), userArn(account)] },
  { Service: 'ec2.amazonaws.com' },
];

/** A request context: some of the keys above, each with a value of the key's type. */
export function contextArb(action: string): fc.Arbitrary<Record<string, ContextValueDoc>> {
  // s3:prefix exists only on s3:ListBucket requests (service authorization reference); AWS sends
  // no key an action does not define.
  const specs = CONDITION_KEYS.filter(
    (k) => k.requestValue && (k.key !== 's3:prefix' || action === 's3:ListBucket'),
  );
  return fc
    .record(Object.fromEntries(specs.map((k) => [k.key, k.requestValue as fc.Arbitrary<ContextValueDoc>])), {
      requiredKeys: [],
    })
    .map((r) =>
      Object.fromEntries(Object.entries(r).filter((e): e is [string, ContextValueDoc] => e[1] !== undefined)),
    );
}

export interface RequestShape {
  callerKind: CallerKind;
  callerAccount: string;
  resourceAccount: string;
  action: RequestAction;
}

export function requestArb(shape: RequestShape): fc.Arbitrary<RequestDoc> {
  return fc
    .record({
      resource: fc.constantFrom(...resourcesFor(shape.action, shape.resourceAccount)),
      context: contextArb(shape.action),
    })
    .map(({ resource, context }) => ({
      principal: callerArn(shape.callerKind, shape.callerAccount),
      action: shape.action,
      resource: { resource, accountId: shape.resourceAccount },
      context,
    }));
}

export interface BundleOptions {
  crossAccount?: boolean;
  resourcePolicy?: boolean;
  boundaries?: boolean;
  sessionPolicy?: boolean;
  scps?: boolean;
  rcps?: boolean;
  /** Restrict the request's action, e.g. to keep trust-policy (sts:AssumeRole) semantics out. */
  actions?: readonly RequestAction[];
}

const maybe = <T>(on: boolean | undefined, arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  on ? fc.option(arb, { nil: undefined, freq: 3 }) : fc.constant(undefined);

/** A random bundle; every optional part is present only when its option is on, and then not always. */
export function bundleArb(opts: BundleOptions = {}): fc.Arbitrary<BundleDoc> {
  return fc
    .record({
      callerKind: fc.constantFrom<CallerKind>('user', 'session'),
      action: fc.constantFrom(...(opts.actions ?? ACTIONS)),
      resourceAccount: opts.crossAccount ? fc.constantFrom(ACCOUNT_A, ACCOUNT_B) : fc.constant(ACCOUNT_A),
    })
    .chain((shape) => {
      const resourcePolicyKind = shape.action === 'sts:AssumeRole' ? { resourceOptional: true } : {};
      return fc.record({
        request: requestArb({ ...shape, callerAccount: ACCOUNT_A }),
        identityPolicies: fc.array(identityPolicyArb, { maxLength: 3 }),
        resourcePolicy: maybe(
          opts.resourcePolicy,
          policyArb({
            ...resourcePolicyKind,
            principals: [...principalElementsFor(ACCOUNT_A), ...principalElementsFor(ACCOUNT_B)],
          }),
        ),
        permissionBoundaries: maybe(
          opts.boundaries,
          policyArb().map((p) => [p]),
        ),
        sessionPolicy: maybe(opts.sessionPolicy && shape.callerKind === 'session', policyArb()),
        serviceControlPolicies: maybe(opts.scps, scpLevelsArb(ACCOUNT_A)),
        resourceControlPolicies: maybe(opts.rcps, rcpLevelsArb(shape.resourceAccount)),
      });
    })
    .map((b) => {
      const bundle: BundleDoc = { request: b.request, identityPolicies: b.identityPolicies };
      if (b.resourcePolicy) bundle.resourcePolicy = b.resourcePolicy;
      if (b.permissionBoundaries) bundle.permissionBoundaries = b.permissionBoundaries;
      if (b.sessionPolicy) bundle.sessionPolicy = b.sessionPolicy;
      if (b.serviceControlPolicies) bundle.serviceControlPolicies = b.serviceControlPolicies;
      if (b.resourceControlPolicies) bundle.resourceControlPolicies = b.resourceControlPolicies;
      return bundle;
    });
}
