/**
 * An identity edit redoes only the escalation edges of the principals whose policies it changes (a
 * user's or role's own, its group's, a managed policy's users and roles), and the edges from groups
 * (what a user that joins one can do then: groupHops.ts) in full; a trust edit redoes them all. After
 * any sequence of edits the incremental analysis equals a full one, for less work.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  aGroup,
  aManagedPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anInstance,
  arns,
} from '../../../../model/builders';
import { analyzeScenario } from '../../analysis/analyzeScenario';
import { createAnalyzer } from '../../incremental/incremental';

const ALICE = arns.user(ACCOUNT_A, 'alice');
const BOB = arns.user(ACCOUNT_A, 'bob');
const CAROL = arns.user(ACCOUNT_A, 'carol');
const DAVE = arns.user(ACCOUNT_A, 'dave');
const OPS = arns.group(ACCOUNT_A, 'Ops');
const READERS = arns.group(ACCOUNT_A, 'DataReaders');
const WORKER = arns.role(ACCOUNT_A, 'lake-worker');
const ADMIN = arns.role(ACCOUNT_A, 'Admin');
const DEPLOYER = arns.role(ACCOUNT_A, 'deployer');
const DEPLOY_TOOLS = arns.policy(ACCOUNT_A, 'DeployTools');
const PROFILE = arns.instanceProfile(ACCOUNT_A, 'lake-worker');

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string, Condition?: Record<string, unknown>) => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...(Condition ? { Condition } : {}),
});
const passTo = (service: string) =>
  allow('iam:PassRole', '*', { StringEquals: { 'iam:PassedToService': `${service}.amazonaws.com` } });

const scenario = aScenario({
  users: [
    aUser(ALICE, { inline: { Keys: doc(allow('iam:CreateAccessKey', BOB)) }, mfa: false }),
    aUser(BOB, { inline: { HelpDesk: doc(allow('iam:AddUserToGroup', READERS)) }, mfa: false }),
    aUser(CAROL, { managed: [DEPLOY_TOOLS], mfa: false }),
    aUser(DAVE, { groups: [OPS], mfa: false }),
  ],
  groups: [
    aGroup(OPS, { inline: { RunCommands: doc(allow('ssm:SendCommand', '*')) } }),
    aGroup(READERS, { inline: { Read: doc(allow('s3:GetObject', 'arn:aws:s3:::example-data-lake/*')) } }),
  ],
  managedPolicies: [aManagedPolicy(DEPLOY_TOOLS, doc(allow('ec2:RunInstances', '*'), passTo('ec2')))],
  roles: [
    aRole(WORKER, { trust: aTrustPolicy.forService('ec2'), instanceProfiles: [PROFILE] }),
    aRole(DEPLOYER, { trust: aTrustPolicy.forAccount(ACCOUNT_A) }),
    aRole(ADMIN, {
      trust: aTrustPolicy.forService('ec2'),
      managed: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      instanceProfiles: [arns.instanceProfile(ACCOUNT_A, 'admin')],
    }),
  ],
  instances: [anInstance({ instanceProfileArn: PROFILE, roleArn: WORKER })],
});

/** What a user that joins DataReaders could do with its policies; bob may join it. */
const readersEdit = fc
  .constantFrom(
    doc(allow('sts:AssumeRole', DEPLOYER)),
    doc(allow(['sts:AssumeRole', 'iam:CreateAccessKey'], '*')),
    doc(allow(['ec2:RunInstances', 'iam:PassRole'], '*')),
    doc(allow('s3:GetObject', 'arn:aws:s3:::example-data-lake/*')),
  )
  .map((d) => [`${READERS}#inline/Read`, JSON.stringify(d)] as const);

/** Who may join which group, and whether bob could already assume the deployer role himself. */
const helpDeskEdit = fc
  .constantFrom(
    doc(allow('iam:AddUserToGroup', READERS)),
    doc(allow('iam:AddUserToGroup', '*')),
    doc(allow(['iam:AddUserToGroup', 'sts:AssumeRole'], '*')),
  )
  .map((d) => [`${BOB}#inline/HelpDesk`, JSON.stringify(d)] as const);

/** The deployer role's trust: the account, bob alone, or a service. */
const trustEdit = fc
  .constantFrom(aTrustPolicy.forAccount(ACCOUNT_A), aTrustPolicy.forUser(BOB), aTrustPolicy.forService('ec2'))
  .map((d) => [`${DEPLOYER}#trust`, JSON.stringify(d.build())] as const);

/** Edits of each kind of identity document (a user's inline policy, a group's, a managed policy) and of a trust. */
const edit = fc.oneof(
  readersEdit,
  helpDeskEdit,
  trustEdit,
  fc
    .constantFrom(
      doc(allow('iam:CreateAccessKey', '*')),
      doc(allow('s3:GetObject', '*')),
      doc(allow('iam:UpdateAssumeRolePolicy', ADMIN)),
    )
    .map((d) => [`${ALICE}#inline/Keys`, JSON.stringify(d)] as const),
  fc
    .constantFrom(
      doc(allow('ssm:DescribeInstanceInformation', '*')),
      doc(allow(['ssm:SendCommand', 'ssm:StartSession'], '*')),
      doc(allow('iam:AddUserToGroup', READERS)),
    )
    .map((d) => [`${OPS}#inline/RunCommands`, JSON.stringify(d)] as const),
  fc
    .constantFrom(
      doc(allow('ec2:RunInstances', '*'), passTo('lambda')),
      doc(allow(['ec2:RunInstances', 'iam:PassRole'], '*')),
      doc(allow('*', '*')),
    )
    .map((d) => [DEPLOY_TOOLS, JSON.stringify(d)] as const),
);

describe('escalation edges after an identity edit', () => {
  it('equal a full analysis after any sequence of edits, deciding only the edited callers again', () => {
    const full = analyzeScenario(scenario, { now: () => 0 });
    expect(full.edges.filter((e) => e.kind === 'Escalation').map((e) => e.from)).toEqual(
      expect.arrayContaining([ALICE, BOB, CAROL, DAVE]),
    );
    let fromGroups = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const analyzer = createAnalyzer();
        analyzer.analyze(scenario, { now: () => 0 });
        const texts: Record<string, string> = {};
        for (const [id, text] of edits) {
          texts[id] = text;
          const options = { texts: { ...texts }, now: () => 0 };
          const incremental = analyzer.analyze(scenario, options);
          const again = analyzeScenario(scenario, options);
          expect(incremental.edges).toEqual(again.edges);
          fromGroups += again.edges.filter((e) => e.joiner !== undefined).length;
          expect(incremental.findings).toEqual(again.findings);
          expect(incremental.stats.evaluations).toBeLessThan(again.stats.evaluations);
        }
      }),
      { seed: 20261207, numRuns: 30 },
    );
    expect(fromGroups, 'some sequences give a group edges').toBeGreaterThan(0);
  });
});
