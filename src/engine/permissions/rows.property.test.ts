/**
 * Every row agrees with a single evaluation: a row is Allowed exactly when the session at the end
 * of its chain (with the session policies its last hop passed, and under its session ARN when a
 * profile names it), doing its action on a resource the row names with an empty request context, is
 * allowed; Conditional exactly when that is refused and the row's context makes it allowed;
 * ExplicitlyDenied when a Deny decides. And nothing is missed: every action a session may do on a
 * scenario resource is listed. The single evaluation is built here from the scenario, not by the
 * code under test. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  FULL_AWS_ACCESS_SCP,
  aGroup,
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
import { cliProfileId, type Scenario } from '../../model/scenario';
import { evaluateRequest, type CompiledInputs } from '../evaluate/evaluateRequest';
import type { Decision } from '../evaluate/types';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { prepareScenario, type PreparedScenario } from '../graph/analysis/prepareScenario';
import type { ContextValue } from '../types';
import type { ServiceCatalogue } from './catalogue';
import { whatCanDo } from './whatCanDo';
import { whoCanAccess } from './whoCanAccess';

const SERVICES = new Set(['s3', 'kms', 'sqs', 'sts']);
const catalogue: ServiceCatalogue = {
  services: serviceCatalogue().services.filter((s) => SERVICES.has(s.prefix)),
};

const BUCKET = arns.s3Bucket('example-data');
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT_B}:orders`;
const R1 = arns.role(ACCOUNT_A, 'One');
const R2 = arns.role(ACCOUNT_A, 'Two');
const R3 = arns.role(ACCOUNT_B, 'Three');
const USER = arns.user(ACCOUNT_A, 'dana');
const GROUP = arns.group(ACCOUNT_A, 'Analysts');
/** dana may add itself to Analysts: an escalation edge, whose chain acts as dana with the group's policy. */
const JOIN = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: GROUP }],
};

const ACTIONS = [
  's3:GetObject',
  's3:Get*',
  's3:*',
  's3:ListBucket',
  'sqs:SendMessage',
  'kms:Decrypt',
  'kms:*',
  'sts:AssumeRole',
  '*',
];
const RESOURCES = [BUCKET, `${BUCKET}/*`, '*', KEY, QUEUE, R1, R2, R3, `arn:aws:s3:::other-*`];
const CONDITIONS = [
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'payments' } },
  { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
];
const PRINCIPALS = ['*', arns.root(ACCOUNT_A), arns.root(ACCOUNT_B), R1, R3, USER];

const statement = (withPrincipal: boolean) =>
  fc
    .record({
      Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      principal: fc.constantFrom(...PRINCIPALS),
      notAction: fc.boolean(),
      actions: fc.subarray(ACTIONS, { minLength: 1, maxLength: 3 }),
      Resource: fc.subarray(RESOURCES, { minLength: 1, maxLength: 3 }),
      Condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined, freq: 3 }),
    })
    .map(({ principal, notAction, actions, ...rest }) => ({
      ...rest,
      ...(withPrincipal ? { Principal: principal === '*' ? '*' : { AWS: principal } } : {}),
      // NotAction now and then: with Allow it grants everything else (reference_policies_elements_notaction.html).
      ...(notAction && !actions.includes('*') ? { NotAction: actions } : { Action: actions }),
    }));

const policy = (withPrincipal: boolean) =>
  fc
    .array(statement(withPrincipal), { minLength: 1, maxLength: 3 })
    .map((Statement) => ({ Version: '2012-10-17', Statement: Statement.map(dropUndefined) }));

function dropUndefined(s: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
}

const scenarioArbitrary = fc
  .record({
    r1: policy(false),
    r2: policy(false),
    r3: policy(false),
    user: policy(false),
    group: policy(false),
    boundary: fc.option(policy(false), { nil: undefined }),
    bucket: fc.option(policy(true), { nil: undefined }),
    key: policy(true),
    queue: fc.option(policy(true), { nil: undefined }),
    scp: fc.option(policy(false), { nil: undefined }),
    tagged: fc.boolean(),
    mfa: fc.boolean(),
    // A CLI profile signed by R3's session assuming R1, passing a session policy (or not), naming its
    // session (or not): https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
    session: fc.option(policy(false), { nil: undefined }),
    named: fc.boolean(),
  })
  .map((p): Scenario => {
    const bound = p.boundary ? { boundary: arns.policy(ACCOUNT_A, 'Boundary') } : {};
    return aScenario({
      cliProfiles: [
        { name: 'base', roleArn: R3 },
        {
          name: 'ci',
          roleArn: R1,
          sourceProfile: 'base',
          ...(p.session ? { sessionPolicy: p.session } : {}),
          ...(p.named ? { roleSessionName: 'ci-run' } : {}),
        },
      ],
      managedPolicies: p.boundary ? [{ arn: arns.policy(ACCOUNT_A, 'Boundary'), document: p.boundary }] : [],
      users: [aUser(USER, { inline: { P: p.user, Join: JOIN }, mfa: p.mfa })],
      groups: [aGroup(GROUP, { inline: { P: p.group } })],
      roles: [
        aRole(R1, {
          trust: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: [USER, R3] }, Action: 'sts:AssumeRole' }],
          },
          inline: { P: p.r1 },
          ...(p.tagged ? { tags: { team: 'payments' } } : {}),
        }),
        aRole(R2, { trust: aTrustPolicy.forRole(R1), inline: { P: p.r2 }, ...bound }),
        aRole(R3, { trust: aTrustPolicy.forAccount(ACCOUNT_A), inline: { P: p.r3 } }),
      ],
      resources: [
        anS3Bucket('example-data', ACCOUNT_A, p.bucket),
        aResource(KEY, 'kms', { policy: p.key }),
        aResource(QUEUE, 'sqs', p.queue ? { policy: p.queue } : {}),
      ],
      ...(p.scp ? { organization: organization(p.scp) } : {}),
    });
  });

function organization(scp: Record<string, unknown>) {
  return anOrganization({
    managementAccountId: '999900001111',
    root: anOrgUnit('r-ab12', 'Root', {
      scps: ['p-FullAWSAccess'],
      accounts: ['999900001111'],
      children: [
        anOrgUnit('ou-ab12-apps', 'Apps', {
          scps: ['p-FullAWSAccess', 'p-Guard'],
          accounts: [ACCOUNT_A, ACCOUNT_B],
        }),
      ],
    }),
    policies: [FULL_AWS_ACCESS_SCP, anScp('p-Guard', 'Guard', scp)],
  });
}

const CI = cliProfileId('ci');

/**
 * The session at the end of a chain: the role; after the profile's hop, R1's session with its
 * session policy; a chain ending in the group acts as the user before it with the group's policy.
 */
function sessionOf(scenario: Scenario, prepared: PreparedScenario, via: readonly string[]): Session {
  if (via.at(-1) === GROUP) return { role: via.at(-2) as string, joins: true };
  const role = via.at(-1) as string;
  const profile = scenario.cliProfiles?.find((c) => c.name === 'ci');
  if (via.at(-2) !== CI || !profile?.sessionPolicy) return { role };
  const policy = prepared.documents.get(`${CI}#session`);
  const session: Session = { role, policies: policy ? [policy] : [] };
  if (profile.roleSessionName)
    session.arn = `arn:aws:sts::${ACCOUNT_A}:assumed-role/One/${profile.roleSessionName}`;
  return session;
}

interface Session {
  role: string;
  policies?: CompiledInputs['identityPolicies'];
  arn?: string;
  /** The user joined the group: the group's policy beside its own. */
  joins?: boolean;
}

/** One request as the scenario states it, with nothing from the code under test. */
function single(
  prepared: PreparedScenario,
  session: string | Session,
  action: string,
  resource: string,
  context: Record<string, ContextValue> = {},
): Decision {
  const { role: roleArn, policies, arn, joins } = typeof session === 'string' ? { role: session } : session;
  const p = prepared.principals.get(roleArn);
  if (!p) throw new Error(`no session ${roleArn}`);
  const group = prepared.documents.get(`${GROUP}#inline/P`);
  const identityPolicies = joins && group ? [...p.identityPolicies, group] : p.identityPolicies;
  const inputs: CompiledInputs = { identityPolicies, permissionBoundaries: p.boundaries };
  if (policies) inputs.sessionPolicies = policies;
  const scps = prepared.scpLevels(p.account);
  if (scps) inputs.serviceControlPolicies = scps;
  // The scenario's bucket is A's; an ARN pattern with no account is taken to be the session's own.
  const owner = resource.startsWith(BUCKET) ? ACCOUNT_A : resource.split(':')[4] || p.account;
  const role = prepared.principals.get(resource);
  const policy = role
    ? action.startsWith('sts:')
      ? role.trust
      : undefined
    : prepared.resourcePolicies.get(resource.replace(/\/\*$/, ''));
  if (policy) inputs.resourcePolicy = policy;
  const rcps = prepared.rcpLevels(owner);
  if (rcps) inputs.resourceControlPolicies = rcps;
  const request = { principal: arn ?? roleArn, action, resource: { resource, accountId: owner }, context };
  return evaluateRequest(request, inputs, { principal: p.facts, trace: false }).decision;
}

describe('each row agrees with a single evaluation', () => {
  it('Allowed, Conditional and ExplicitlyDenied rows, and no allowed action missing', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const prepared = prepareScenario(scenario);
        const analysis = analyzeScenario(scenario);
        for (const node of [USER, R1, R2, R3, CI]) {
          const rows = whatCanDo(prepared, analysis, catalogue, node, { includeDenied: true });
          for (const row of rows) {
            const session = sessionOf(scenario, prepared, row.via);
            for (const resource of row.resources) {
              const empty = single(prepared, session, row.action, resource);
              if (row.decision === 'Allowed') expect(empty).toBe('Allowed');
              if (row.decision === 'ExplicitlyDenied') expect(empty).toBe('ExplicitlyDenied');
              if (row.decision === 'Conditional') {
                expect(empty).not.toBe('Allowed');
                expect(single(prepared, session, row.action, resource, row.context)).toBe('Allowed');
              }
            }
          }
          // Nothing missed: the node's own session (the profile's, when it reaches R1), on each
          // scenario resource, for every action.
          const first = node === CI ? [CI, R1] : [node];
          if (node === CI && !analysis.edges.some((e) => e.from === CI && e.to === R1 && e.permitted))
            continue;
          const own = new Set(
            rows
              .filter((r) => r.via.join() === first.join() && r.decision === 'Allowed')
              .flatMap((r) => r.resources.map((x) => `${r.action} ${x}`)),
          );
          const session = sessionOf(scenario, prepared, first);
          for (const service of catalogue.services)
            for (const a of service.actions) {
              const action = `${service.prefix}:${a.name}`;
              for (const resource of [BUCKET, `${BUCKET}/*`, KEY, QUEUE]) {
                if (!takes(a.resourceArns, resource)) continue;
                if (single(prepared, session, action, resource) === 'Allowed')
                  expect(own).toContain(`${action} ${resource}`);
              }
            }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('who can reach a resource: each row agrees too, and every session allowed on it is named', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const prepared = prepareScenario(scenario);
        const analysis = analyzeScenario(scenario);
        for (const resource of [BUCKET, KEY, QUEUE]) {
          const rows = whoCanAccess(prepared, analysis, catalogue, resource, { includeDenied: true });
          for (const row of rows)
            for (const target of row.resources) {
              const empty = single(prepared, sessionOf(scenario, prepared, row.via), row.action, target);
              if (row.decision === 'Allowed') expect(empty).toBe('Allowed');
              if (row.decision === 'ExplicitlyDenied') expect(empty).toBe('ExplicitlyDenied');
              if (row.decision === 'Conditional') expect(empty).not.toBe('Allowed');
            }
          const named = new Set(
            rows
              .filter((r) => (r.via.length === 1 || r.via.at(-1) === GROUP) && r.decision === 'Allowed')
              .flatMap((r) => r.resources.map((x) => `${r.via.join(' > ')} ${r.action} ${x}`)),
          );
          // dana in the group is a session when the escalation edge is there; what it adds is named.
          const joins = analysis.edges.some((e) => e.kind === 'Escalation' && e.to === GROUP && e.permitted);
          const sessions = [[USER], [R1], [R2], [R3], ...(joins ? [[USER, GROUP]] : [])];
          for (const via of sessions)
            for (const action of ['s3:GetObject', 's3:ListBucket', 'kms:Decrypt', 'sqs:SendMessage']) {
              const target = action === 's3:GetObject' ? `${BUCKET}/*` : resource;
              if (!takesOwn(action, resource)) continue;
              const added = via.length === 1 || single(prepared, USER, action, target) !== 'Allowed';
              if (added && single(prepared, sessionOf(scenario, prepared, via), action, target) === 'Allowed')
                expect(named).toContain(`${via.join(' > ')} ${action} ${target}`);
            }
        }
      }),
      { numRuns: 25 },
    );
  });
});

/** Which of the four actions act on which resource here. */
function takesOwn(action: string, resource: string): boolean {
  if (resource === BUCKET) return action.startsWith('s3:');
  return resource === KEY ? action === 'kms:Decrypt' : action === 'sqs:SendMessage';
}

/** Whether a resource is of a type the action takes: a coarse reading of the ARN formats, enough for four ARNs. */
function takes(formats: string[], resource: string): boolean {
  const kind = resource.endsWith('/*')
    ? '}/${'
    : resource.includes(':key/')
      ? ':key/'
      : resource.includes(':sqs:')
        ? ':sqs:'
        : ':s3:::${BucketName}';
  return formats.some((f) =>
    kind === ':s3:::${BucketName}'
      ? f.endsWith(':s3:::${BucketName}')
      : kind === '}/${'
        ? f.includes(':s3:::${BucketName}/${ObjectName}')
        : f.includes(kind),
  );
}
