import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentJson, listDocuments } from '../../../model/documents';
import type { Scenario } from '../../../model/scenario';
import { generateOrganization } from '../../../testSupport/generateOrganization';
import { analyzeScenario } from '../analysis/analyzeScenario';
import { canPrincipal } from '../queries/explainAccess';
import { createAnalyzer, type Analyzer } from './incremental';
import type { PreparedScenario } from '../analysis/prepareScenario';
import type { Analysis } from '../types';

/**
 * A generated organization, plus what the generator does not make at this size: a cluster with an
 * OIDC provider (a trust edit may let its service accounts in), a cross-account Pod Identity
 * association (EKS assumes the association's role, which then assumes a target role, so the chained
 * hop starts from a role whose identity policy decides it), and a bucket with a policy.
 */
function organizationForEdits() {
  const s = generateOrganization({ roles: 400, seed: 11 });
  const [, , here = '', there = ''] = s.accounts.map((a) => a.id);
  const start = `arn:aws:iam::${here}:role/pi-chain-start`;
  const target = `arn:aws:iam::${there}:role/pi-chain-target`;
  const policy = (statement: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [statement] });
  s.roles = [
    ...(s.roles ?? []),
    {
      arn: start,
      trustPolicy: policy({
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
      }),
      inlinePolicies: [
        {
          name: 'AssumeTarget',
          document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: target }),
        },
      ],
    },
    {
      arn: target,
      trustPolicy: policy({
        Effect: 'Allow',
        Principal: { AWS: start },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'pi-chain' } },
      }),
    },
  ];
  // A role named after the organization: an SCP can name it through the caller's aws:PrincipalOrgID.
  s.roles.push({
    arn: `arn:aws:iam::${here}:role/${s.organization?.id ?? ''}-audit`,
    trustPolicy: policy({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${here}:root` },
      Action: 'sts:AssumeRole',
    }),
  });
  // A vendor's way in to an administrator: an SCP that takes the rights away takes the finding away.
  s.roles.push({
    arn: `arn:aws:iam::${here}:role/vendor-admin`,
    trustPolicy: policy({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::999988887777:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'vendor-admin' } },
    }),
    inlinePolicies: [{ name: 'Admin', document: policy({ Effect: 'Allow', Action: '*', Resource: '*' }) }],
  });
  s.resources = [
    ...(s.resources ?? []),
    {
      arn: BUCKET,
      type: 's3',
      accountId: here,
      policy: policy({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${here}:root` },
        Action: 's3:*',
        Resource: BUCKET,
      }),
    },
  ];
  const issuer = 'oidc.eks.us-east-1.amazonaws.com/id/C0FFEE0000000000000000000000CHAIN';
  s.identityProviders = [
    ...(s.identityProviders ?? []),
    { arn: `arn:aws:iam::${here}:oidc-provider/${issuer}`, clientIds: ['sts.amazonaws.com'] },
  ];
  s.eksClusters = [
    ...(s.eksClusters ?? []),
    {
      arn: `arn:aws:eks:us-east-1:${here}:cluster/chain`,
      oidcIssuer: `https://${issuer}`,
      serviceAccounts: [{ namespace: 'jobs', name: 'runner' }],
      pods: [{ namespace: 'jobs', name: 'runner-1', serviceAccount: 'runner' }],
      podIdentityAssociations: [
        {
          namespace: 'jobs',
          serviceAccount: 'runner',
          roleArn: start,
          targetRoleArn: target,
          externalId: 'pi-chain',
        },
      ],
    },
  ];
  return s;
}

const BUCKET = 'arn:aws:s3:::shared-artifacts';
const scenario = organizationForEdits();
const docs = listDocuments(scenario);
const trustDocs = docs.filter((d) => d.kind === 'trust');
const otherDocs = docs.filter((d) => d.kind !== 'trust');
const identityDocs = docs.filter((d) => d.kind === 'identity');
// The identity documents whose callers are found less directly: groups' (their members), boundaries
// (every role that has one), and the roles that start a chained Pod Identity hop.
const boundaries = new Set((scenario.roles ?? []).flatMap((r) => r.permissionsBoundary ?? []));
const chainRoles = new Set(
  (scenario.eksClusters ?? []).flatMap((c) =>
    (c.podIdentityAssociations ?? []).flatMap((a) => (a.targetRoleArn ? [a.roleArn] : [])),
  ),
);
const indirectDocs = identityDocs.filter(
  (d) =>
    (scenario.groups ?? []).some((g) => g.arn === d.ownerId) ||
    boundaries.has(d.ownerId) ||
    chainRoles.has(d.ownerId),
);
const roleArns = (scenario.roles ?? []).map((r) => r.arn);
const accounts = scenario.accounts.map((a) => a.id);
/** The clusters' OIDC providers, as a trust names them: an edit may let a cluster's service accounts in. */
const clusterProviders = (scenario.eksClusters ?? []).flatMap((c) =>
  c.oidcIssuer
    ? [{ issuer: c.oidcIssuer.replace(/^https:\/\//, ''), account: c.arn.split(':')[4] ?? '' }]
    : [],
);

/** Analysis without stats: an incremental run counts its own evaluations and time. */
const comparable = (a: Analysis) => ({ ...a, stats: undefined });

const trustText = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] }, null, 2);

/** Edits a person might make to a trust policy, including broken ones. */
const trustEdit = fc.oneof(
  fc
    .constantFrom(...accounts)
    .map((a) => trustText({ Principal: { AWS: `arn:aws:iam::${a}:root` }, Action: 'sts:AssumeRole' })),
  fc.constantFrom(...roleArns).map((r) => trustText({ Principal: { AWS: r }, Action: 'sts:AssumeRole' })),
  fc.constant(trustText({ Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })),
  fc
    .constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com', 'pods.eks.amazonaws.com')
    .map((s) => trustText({ Principal: { Service: s }, Action: ['sts:AssumeRole', 'sts:TagSession'] })),
  fc.constantFrom(...accounts).map((a) =>
    trustText({
      Principal: { AWS: a },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } },
    }),
  ),
  fc.constantFrom(...clusterProviders).map(({ issuer, account }) =>
    trustText({
      Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringLike: { [`${issuer}:sub`]: 'system:serviceaccount:*' } },
    }),
  ),
  fc.constant('{ "Version": "2012-10-17", "Statement": [ '),
  fc.constant(trustText({ Principal: { AWS: 'not-an-arn' }, Action: 'sts:AssumeRole' })),
);

const identityText = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

/** Edits of inline, group and managed policies: granting, narrowing, denying, conditions, broken. */
const identityEdit = fc.oneof(
  fc.constant(identityText({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' })),
  fc.constant(identityText({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })),
  fc.constant(identityText({ Effect: 'Deny', Action: 'sts:*', Resource: '*' })),
  fc
    .constantFrom(...accounts)
    .map((a) =>
      identityText({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${a}:role/*` }),
    ),
  fc.constant(
    identityText({
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    }),
  ),
  fc.constant(identityText({ Effect: 'Allow', Action: '*', Resource: '*' })),
  fc.constant('{ "Version": "2012-10-17", "Statement": [ { "Effect": '),
);

/** Edits of the bucket's policy: it takes part in no hop, only in access questions. */
const resourceEdit = fc.constantFrom(
  identityText({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: BUCKET }),
  identityText({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }),
  '{ "Statement": ',
);

const edit = fc.oneof(
  { weight: 1, arbitrary: fc.tuple(fc.constant(`${BUCKET}#policy`), resourceEdit) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...trustDocs.map((d) => d.id)), trustEdit) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...identityDocs.map((d) => d.id)), identityEdit) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...indirectDocs.map((d) => d.id)), identityEdit) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(...indirectDocs.filter((d) => chainRoles.has(d.ownerId)).map((d) => d.id)),
      identityEdit,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(...otherDocs.map((d) => d.id)),
      fc.constant(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
        }),
      ),
    ),
  },
);

const orgDocs = docs.filter((d) => d.kind === 'scp' || d.kind === 'rcp');
const regionLockDocument = (scenario.organization?.policies ?? []).find(
  (p) => p.id === 'p-regionlock',
)?.document;
const dataFence = (scenario.organization?.policies ?? []).find((p) => p.id === 'p-rcpdatafence')?.document;
/** The RCP perimeter with a statement about buckets added after its own, written as the scenario's. */
const fenceWithBucketStatement = JSON.stringify(
  {
    ...(dataFence as object),
    Statement: [
      ...((dataFence as { Statement: unknown[] }).Statement ?? []),
      { Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: '*' },
    ],
  },
  null,
  2,
);

/** An SCP (or, with a Principal, an RCP) that allows everything but what its Deny of sts:AssumeRole names. */
const allowAllBut = (deny: Record<string, unknown>, principal?: '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', ...(principal ? { Principal: principal } : {}), Action: '*', Resource: '*' },
      { Effect: 'Deny', ...(principal ? { Principal: principal } : {}), Action: 'sts:AssumeRole', ...deny },
    ],
  });

/** An SCP whose Deny names roles through the caller's keys (a policy variable): it reaches by caller. */
const denyByOrgId = allowAllBut({ Resource: 'arn:aws:iam::*:role/${aws:PrincipalOrgID}-*' });

/** Edits of SCPs and RCPs: full access, none for STS, denials by account, name and condition, broken. */
const scpEdit = fc.oneof(
  fc.constant(denyByOrgId),
  fc.constant(identityText({ Effect: 'Allow', Action: '*', Resource: '*' })),
  fc.constant(identityText({ Effect: 'Allow', Action: 's3:*', Resource: '*' })),
  fc.constantFrom(...accounts).map((a) => allowAllBut({ Resource: `arn:aws:iam::${a}:role/*` })),
  fc.constant(
    allowAllBut({
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/OrgAdmin' } },
    }),
  ),
  fc.constant('{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", '),
  fc
    .constantFrom('us-west-2', 'ap-southeast-2')
    .map((region) => (documentJson(regionLockDocument) ?? '').replace('eu-west-1', region)),
);
const rcpEdit = fc.oneof(
  fc.constant(identityText({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })),
  fc
    .constantFrom(...accounts)
    .map((a) =>
      allowAllBut({ Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': a } } }, '*'),
    ),
  fc.constant(
    identityText({
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRole',
      Resource: 'arn:aws:iam::*:role/app-*',
    }),
  ),
  fc
    .constantFrom('sts:AssumeRoleWithWebIdentity', 'sts:TagSession')
    .map((action) => identityText({ Effect: 'Deny', Principal: '*', Action: action, Resource: '*' })),
  // The perimeter with a statement no hop meets added at the end: every edge stays.
  fc.constant(fenceWithBucketStatement),
  fc.constant('{ "Statement": [ '),
);
const orgEdit = fc.oneof(
  fc.tuple(fc.constantFrom(...orgDocs.filter((d) => d.kind === 'scp').map((d) => d.id)), scpEdit),
  fc.tuple(fc.constantFrom(...orgDocs.filter((d) => d.kind === 'rcp').map((d) => d.id)), rcpEdit),
);

/**
 * The edits typed one after another, then the scenario as written again (as an undo would): after
 * each, the analyzer gives what a from-scratch analysis gives.
 */
function matchFullRuns(analyzer: Analyzer, edits: readonly (readonly [string, string])[]): void {
  const texts: Record<string, string> = {};
  for (const [id, text] of edits) {
    texts[id] = text;
    const options = { texts: { ...texts }, now: () => 0 };
    expect(comparable(analyzer.analyze(scenario, options))).toEqual(
      comparable(analyzeScenario(scenario, options)),
    );
  }
  expect(comparable(analyzer.analyze(scenario, { now: () => 0 }))).toEqual(
    comparable(analyzeScenario(scenario, { now: () => 0 })),
  );
}

describe('createAnalyzer', () => {
  it('gives what a from-scratch analysis gives, after any sequence of single-document edits', () => {
    const analyzer = createAnalyzer();
    expect(comparable(analyzer.analyze(scenario, { now: () => 0 }))).toEqual(
      comparable(analyzeScenario(scenario, { now: () => 0 })),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => matchFullRuns(analyzer, edits)),
      { seed: 20261101, numRuns: 12 },
    );
  }, 120_000);

  it('gives what a from-scratch analysis gives after SCP and RCP edits, mixed with the others', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze(scenario, { now: () => 0 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: orgEdit }, { weight: 1, arbitrary: edit }), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => matchFullRuns(analyzer, edits),
      ),
      { seed: 20261127, numRuns: 10 },
    );
  }, 120_000);

  it("follows an SCP that reaches roles by the caller's own keys (a policy variable)", () => {
    const texts = { 'org#p-denyleaveorg': denyByOrgId };
    const audit = roleArns.find((r) => r.endsWith('-audit')) as string;
    const into = (a: Analysis) => a.edges.filter((e) => e.to === audit && e.kind === 'AssumeRole');
    const analyzer = createAnalyzer();
    expect(into(analyzer.analyze(scenario, { now: () => 0 }))).not.toEqual([]);
    const after = analyzer.analyze(scenario, { texts, now: () => 0 });
    expect(comparable(after)).toEqual(comparable(analyzeScenario(scenario, { texts, now: () => 0 })));
    // The trust and the callers' policies still allow the hops: the SCP cuts them, none is a way in.
    expect(into(after).length).toBeGreaterThan(0);
    for (const e of into(after))
      expect(e).toMatchObject({ permitted: false, note: { code: 'cut-scp-deny' } });
  });

  it("moves the badges that point into an SCP when the SCP's text moves its conditional statement", () => {
    // The root's policies allow sts:AssumeRole only with MFA: users' hops carry a badge pointing there.
    const mfaOnly = (indent: number) =>
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', NotAction: 'sts:AssumeRole', Resource: '*' },
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Resource: '*',
              Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
            },
          ],
        },
        null,
        indent,
      );
    const analyzer = createAnalyzer();
    analyzer.analyze(scenario, { now: () => 0 });
    const steps: Record<string, string>[] = [
      { 'org#p-FullAWSAccess': mfaOnly(2) },
      { 'org#p-FullAWSAccess': mfaOnly(2), 'org#p-denyleaveorg': mfaOnly(2) },
      // The same policy written on one line: the statement, and its badge's range, move.
      { 'org#p-FullAWSAccess': mfaOnly(0), 'org#p-denyleaveorg': mfaOnly(2) },
    ];
    for (const texts of steps) {
      const run = analyzer.analyze(scenario, { texts, now: () => 0 });
      expect(comparable(run)).toEqual(comparable(analyzeScenario(scenario, { texts, now: () => 0 })));
    }
    const badges = analyzer
      .analyze(scenario, { texts: steps[2] ?? {}, now: () => 0 })
      .edges.flatMap((e) => e.conditions)
      .filter((c) => c.documentId === 'org#p-FullAWSAccess');
    expect(badges).not.toEqual([]);
    expect(badges.every((c) => c.range?.start.line === 1)).toBe(true);
  });

  it('drops the path from outside to an administrator once the SCPs above it take the rights away', () => {
    const vendorAdmin = roleArns.find((r) => r.endsWith(':role/vendor-admin')) as string;
    const toAdmin = (a: Analysis) =>
      a.findings.filter((f) => f.title.startsWith('Path from outside') && f.subjects.includes(vendorAdmin));
    const analyzer = createAnalyzer();
    expect(toAdmin(analyzer.analyze(scenario, { now: () => 0 }))).not.toEqual([]);
    // Both policies at the root allow everything: with one of them narrowed the other still does.
    const onlyS3 = identityText({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    const texts: Record<string, string> = {};
    for (const id of ['org#p-FullAWSAccess', 'org#p-denyleaveorg']) {
      texts[id] = onlyS3;
      const options = { texts: { ...texts }, now: () => 0 };
      expect(comparable(analyzer.analyze(scenario, options))).toEqual(
        comparable(analyzeScenario(scenario, options)),
      );
    }
    expect(toAdmin(analyzer.analyze(scenario, { texts, now: () => 0 }))).toEqual([]);
  });

  it('decides no hop again when an SCP or RCP edit leaves alone every statement a hop can meet', () => {
    const written = documentJson(regionLockDocument) ?? '';
    expect(written).toContain('eu-west-1');
    for (const [id, text] of [
      // The region lock's Deny spares sts:* (NotAction): its regions decide no hop.
      ['org#p-regionlock', written.replace('eu-west-1', 'ap-southeast-2')],
      // A statement about buckets added after the perimeter's: its statements stay where they were.
      ['org#p-rcpdatafence', fenceWithBucketStatement],
    ] as const) {
      // The hops alone: an SCP or RCP edit redoes the escalation pass in full (edges/escalation/).
      const texts = { [id]: text };
      const analyzer = createAnalyzer();
      analyzer.analyze(scenario, { now: () => 0, escalation: false });
      const run = analyzer.analyze(scenario, { texts, now: () => 0, escalation: false });
      expect(run.stats.evaluations, id).toBe(0);
      expect(comparable(run)).toEqual(
        comparable(analyzeScenario(scenario, { texts, now: () => 0, escalation: false })),
      );
    }
  });

  it("lets a cluster's service accounts in when a trust edit names the cluster's OIDC provider", () => {
    const { issuer, account } = clusterProviders[0] as (typeof clusterProviders)[number];
    // A provider lets in only roles of its own account.
    const role = roleArns.find((r) => r.includes(`::${account}:role/app-`)) as string;
    const texts = {
      [`${role}#trust`]: trustText({
        Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringLike: { [`${issuer}:sub`]: 'system:serviceaccount:*' } },
      }),
    };
    const analyzer = createAnalyzer();
    analyzer.analyze(scenario, { now: () => 0 });
    const edited = analyzer.analyze(scenario, { texts, now: () => 0 });
    expect(comparable(edited)).toEqual(comparable(analyzeScenario(scenario, { texts, now: () => 0 })));
    expect(
      edited.edges.some((e) => e.kind === 'AssumeRoleWithWebIdentity' && e.to === role && e.permitted),
    ).toBe(true);
  });

  it('has documents reached through groups, boundaries and Pod Identity chains to edit', () => {
    expect(indirectDocs.some((d) => (scenario.groups ?? []).some((g) => g.arn === d.ownerId))).toBe(true);
    expect(indirectDocs.some((d) => boundaries.has(d.ownerId))).toBe(true);
    expect(indirectDocs.some((d) => chainRoles.has(d.ownerId))).toBe(true);
    const chain = analyzeScenario(scenario).edges.find(
      (e) => e.kind === 'AssumeRole' && e.from.endsWith('role/pi-chain-start'),
    );
    expect(chain).toMatchObject({ configured: true, permitted: true, chained: true });
  });

  it('re-evaluates only the hops an edit can change, for trust, identity and organization policies alike', () => {
    // The hops alone: the escalation pass, redone in full by a trust, SCP or RCP edit and for the
    // edited callers by an identity edit, is counted apart (edges/escalation/incrementalEscalation.test.ts).
    // Compared with a full analysis of the edited organization: an edit that cuts hops (the RCP's Deny)
    // asks each cut class once more, without its guardrails (cutHops.ts), in both.
    const trustDoc = trustDocs.find((d) => d.ownerId.endsWith(':role/OrgAdmin')) as (typeof docs)[number];
    const groupDoc = indirectDocs.find((d) => (scenario.groups ?? []).some((g) => g.arn === d.ownerId));
    // Attached to the security OU (two accounts of nine) and to the Prod OU.
    const scpDoc = orgDocs.find((d) => d.id === 'org#p-protectsecurity');
    const rcpDoc = orgDocs.find((d) => d.id === 'org#p-rcpdatafence');
    // An organization policy reaches every hop from (SCP) or into (RCP) whole accounts.
    for (const [id, text, share] of [
      [trustDoc.id, trustText({ Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }), 1 / 5],
      [groupDoc?.id ?? '', identityText({ Effect: 'Deny', Action: 'sts:*', Resource: '*' }), 1 / 5],
      [scpDoc?.id ?? '', identityText({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), 1 / 2],
      // Every hop into the RCP's accounts is cut, and every one is re-decided: a larger share.
      [
        rcpDoc?.id ?? '',
        identityText({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' }),
        2 / 3,
      ],
    ] as const) {
      const analyzer = createAnalyzer();
      analyzer.analyze(scenario, { escalation: false });
      const texts = { [id]: text };
      const run = analyzer.analyze(scenario, { texts, escalation: false });
      const all = analyzeScenario(scenario, { texts, escalation: false }).stats.evaluations;
      expect(run.stats.evaluations, id).toBeLessThan(all * share);
    }
  });

  it('decides nothing again when a text is typed back to what the scenario already says', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze(scenario);
    const doc = trustDocs[7] as (typeof docs)[number];
    const role = (scenario.roles ?? []).find((r) => r.arn === doc.ownerId);
    const run = analyzer.analyze(scenario, { texts: { [doc.id]: documentJson(role?.trustPolicy) ?? '' } });
    expect(run.stats.evaluations).toBe(0);
  });

  it('answers access questions with an edited bucket policy without deciding any hop again', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze(scenario);
    const doc = docs.find((d) => d.id === `${BUCKET}#policy`) as (typeof docs)[number];
    const owner = (scenario.resources ?? [])[0]?.accountId ?? '';
    const caller = `arn:aws:iam::${owner}:role/OrganizationAccountAccessRole`;
    expect((scenario.roles ?? []).some((r) => r.arn === caller)).toBe(true);
    const ask = () =>
      canPrincipal(analyzer.prepared as PreparedScenario, caller, 's3:ListBucket', BUCKET).decision;
    expect(ask()).toBe('Allowed');
    const run = analyzer.analyze(scenario, {
      texts: { [doc.id]: identityText({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: BUCKET }) },
    });
    expect(run.stats.evaluations).toBe(0);
    expect(ask()).toBe('ExplicitlyDenied');
  });

  it('keeps the compiled scenario of the latest analysis for queries', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.prepared).toBeUndefined();
    analyzer.analyze(scenario);
    expect(analyzer.prepared?.roles.length).toBe(roleArns.length);
  });
});

describe('createAnalyzer, when a document comes or goes without a trace in the structure', () => {
  it('forgets a resource policy that was deleted', () => {
    const bucket = 'arn:aws:s3:::public-site';
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket}/*` }],
    };
    const withPolicy: Scenario = {
      version: 1,
      name: 'public bucket',
      accounts: [{ id: '111122223333', name: 'A' }],
      resources: [{ arn: bucket, type: 's3', accountId: '111122223333', policy }],
    };
    const { policy: _gone, ...bare } = withPolicy.resources?.[0] ?? { arn: bucket, type: 's3' as const };
    void _gone;
    const analyzer = createAnalyzer();
    analyzer.analyze(withPolicy, { now: () => 0 });
    const read = () =>
      canPrincipal(analyzer.prepared as PreparedScenario, 'anonymous', 's3:GetObject', `${bucket}/a`);
    expect(read().decision).toBe('Allowed');
    analyzer.analyze({ ...withPolicy, resources: [bare] }, { now: () => 0 });
    expect(read().decision).toBe('ImplicitlyDenied');
  });
});
