/**
 * Differential testing against @cloud-copilot/iam-simulate (AGPL-3.0: imported here only, as a
 * test-time oracle; none of its code is copied). Random bundles go through both engines and the
 * decisions must agree, except for the divergence classes documented in docs/divergences.md, where
 * AWS's documentation decides in our favour; each skip below names its section.
 *
 * Seeds are fixed so a failure replays; fast-check prints the seed and the shrunk counterexample.
 * Set DIFF_SEED to explore other seeds locally.
 */
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { allStatements, conditionOf, mentions, toSimulation } from '../../../bench/compare';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRequest, loadBundle, type EvaluationResult } from '../index';
import { ACCOUNT_A, bundleArb, type BundleDoc, type BundleOptions } from '../../testSupport/arbitraries';

const SEED = Number(process.env.DIFF_SEED ?? 20260924);

/**
 * iam-simulate does not derive principal context keys (stack-notes, "Data"), so they are passed to
 * it explicitly; our engine derives them itself, which this comparison therefore checks too.
 * Values per https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 * (principal key values) and reference_policies_condition-keys.html#condition-keys-principalarn.
 */

/** docs/divergences.md, "Empty multivalued context values and Null". */
function nullOnEmptyList(b: BundleDoc): boolean {
  const empty = Object.entries(b.request.context)
    .filter(([, v]) => Array.isArray(v) && v.length === 0)
    .map(([k]) => k.toLowerCase());
  return allStatements(b).some((s) =>
    Object.keys(conditionOf(s).Null ?? {}).some((k) => empty.includes(k.toLowerCase())),
  );
}

/** docs/divergences.md, "Unresolved policy variables under negation". */
function unresolvedVariableUnderNegation(b: BundleDoc): boolean {
  if (b.request.principal.includes(':user/')) return false;
  return allStatements(b).some(
    (s) =>
      mentions(s.NotResource, '${aws:username}') ||
      Object.entries(conditionOf(s)).some(
        ([op, keys]) => /Not/.test(op) && mentions(keys, '${aws:username}'),
      ),
  );
}

/** docs/divergences.md, "Session policies and resource-policy grants to a session or to \"*\"". */
function resourcePolicyGrantOutsideSessionPolicy(b: BundleDoc, ours: EvaluationResult): boolean {
  const by = ours.decidedBy;
  if (!b.sessionPolicy || !b.resourcePolicy || ours.decision !== 'Allowed' || !by) return false;
  if (by.kind !== 'resource' && by.kind !== 'trust') return false;
  const principal = b.resourcePolicy.Statement[by.index]?.Principal;
  return mentions(principal, '"*"') || mentions(principal, ':assumed-role/');
}

type Outcome =
  | 'compared'
  | 'null-on-empty-list'
  | 'unresolved-variable'
  | 'session-policy-vs-rbp'
  | 'explicit-grant-without-policy'
  | 'anonymous-assume-role';

async function compare(b: BundleDoc, anonymous = false): Promise<Outcome> {
  const loaded = loadBundle(anonymous ? { ...b, request: { ...b.request, principal: ANONYMOUS } } : b);
  expect(loaded.problems, 'the generators write only policies AWS accepts').toEqual([]);
  const ours = evaluateRequest(loaded.request!, loaded.inputs, { trace: false });
  // docs/divergences.md "Roles and KMS keys without their own policy": iam-simulate lets the identity
  // policy alone grant; AWS requires the trust or key policy to allow.
  if ((b.request.action.startsWith('kms:') || b.request.action.startsWith('sts:')) && !b.resourcePolicy)
    return 'explicit-grant-without-policy';
  // docs/divergences.md "Anonymous callers and sts:AssumeRole".
  if (anonymous && b.request.action.startsWith('sts:AssumeRole')) return 'anonymous-assume-role';
  if (nullOnEmptyList(b)) return 'null-on-empty-list';
  if (unresolvedVariableUnderNegation(b)) return 'unresolved-variable';

  const simulated = await runSimulation(anonymous ? anonymousSimulation(b) : toSimulation(b), {});
  if (simulated.resultType === 'error')
    throw new Error(`iam-simulate rejected the bundle: ${JSON.stringify(simulated.errors)}`);
  if (simulated.resultType === 'single') {
    expect(
      simulated.result.ignoredContextKeys ?? [],
      'the generators send only keys the action defines',
    ).toEqual([]);
  }
  const theirs = simulated.overallResult;
  if (theirs === 'ImplicitlyDenied' && resourcePolicyGrantOutsideSessionPolicy(b, ours))
    return 'session-policy-vs-rbp';
  if (ours.decision !== theirs) {
    throw new Error(
      `Trustscope: ${ours.decision} (${ours.explanation}); iam-simulate: ${theirs}\n${JSON.stringify(b)}`,
    );
  }
  return 'compared';
}

const ANONYMOUS = { type: 'Anonymous' } as const;

/**
 * The bundle as an anonymous request to iam-simulate, which refuses caller-side policies for one
 * (the anonymous scenario's generator writes none). It derives no principal keys (stack-notes), so
 * it is given the two AWS sends for an anonymous caller: aws:PrincipalAccount is "anonymous"
 * (reference_policies_condition-keys.html#condition-keys-principalaccount) and aws:PrincipalType
 * "Anonymous" (#condition-keys-principaltype).
 */
function anonymousSimulation(b: BundleDoc): Simulation {
  const simulation = toSimulation(b);
  simulation.request.principal = ANONYMOUS;
  simulation.request.contextVariables = {
    ...b.request.context,
    'aws:PrincipalAccount': 'anonymous',
    'aws:PrincipalType': 'Anonymous',
  };
  return simulation;
}

/** Only what an anonymous request can meet: the resource policy and the resource's RCPs. */
function resourceSideOnly(b: BundleDoc): BundleDoc {
  const only: BundleDoc = { request: b.request };
  if (b.resourcePolicy) only.resourcePolicy = b.resourcePolicy;
  if (b.resourceControlPolicies) only.resourceControlPolicies = b.resourceControlPolicies;
  return only;
}

interface Scenario {
  name: string;
  options: BundleOptions;
  numRuns: number;
  /** Made by an anonymous caller: the bundle's caller and its caller-side policies are dropped. */
  anonymous?: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'identity policies, single account', options: {}, numRuns: 800 },
  { name: 'with a resource policy, same account', options: { resourcePolicy: true }, numRuns: 600 },
  {
    name: 'with a resource policy, across accounts',
    options: { resourcePolicy: true, crossAccount: true },
    numRuns: 600,
  },
  {
    name: 'with boundaries and session policies',
    options: { resourcePolicy: true, boundaries: true, sessionPolicy: true },
    numRuns: 500,
  },
  {
    name: 'with SCPs and RCPs, across accounts',
    options: {
      resourcePolicy: true,
      crossAccount: true,
      boundaries: true,
      sessionPolicy: true,
      scps: true,
      rcps: true,
    },
    numRuns: 600,
  },
  {
    name: 'anonymous callers, with resource policies and RCPs',
    options: {
      resourcePolicy: true,
      rcps: true,
      actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'sts:AssumeRole'],
    },
    numRuns: 400,
    anonymous: true,
  },
];

describe('differential: Trustscope vs iam-simulate', () => {
  SCENARIOS.forEach((scenario, i) => {
    it(scenario.name, async () => {
      const outcomes = new Map<Outcome, number>();
      await fc.assert(
        fc.asyncProperty(bundleArb(scenario.options), async (b) => {
          const outcome = scenario.anonymous ? await compare(resourceSideOnly(b), true) : await compare(b);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }),
        { seed: SEED + i, numRuns: scenario.numRuns },
      );
      // The skips must stay a minority, or the comparison would quietly test nothing.
      expect(outcomes.get('compared') ?? 0).toBeGreaterThan(scenario.numRuns * 0.6);
    });
  });

  // "Without permission from the key policy, IAM policies that allow permissions have no effect"
  // (https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html).
  it('kms:Decrypt with no key policy is denied', () => {
    const loaded = loadBundle({
      request: {
        principal: `arn:aws:iam::${ACCOUNT_A}:user/alice`,
        action: 'kms:Decrypt',
        resource: {
          resource: `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          accountId: ACCOUNT_A,
        },
      },
      identityPolicies: [
        { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] },
      ],
    });
    expect(evaluateRequest(loaded.request!, loaded.inputs).decision).toBe('ImplicitlyDenied');
  });
});
