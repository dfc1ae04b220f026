/**
 * Reasons as data: every way a decision is reached has a code, and the reason alone (cloned, as the
 * worker hands it over) words the engine's English explanation and step messages exactly. The
 * requests are the engine's case tables, the trust-graph cases' hops replayed with a trace, and a
 * few requests for the codes no table reaches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  compilePolicy,
  evaluateRequest,
  hopRequest,
  loadBundle,
  parsePolicyValue,
  prepareScenario,
  REASON_CODES,
  REASON_DECISIONS,
  replayHop,
  STEP_REASON_CODES,
  whyNot,
  wordReason,
  wordStep,
  type EvaluationResult,
} from '../index';
import type { GraphCase } from '../graph/cases/graphCase';

const results: EvaluationResult[] = [];

const casesDir = new URL('../cases/', import.meta.url);
for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.json'))) {
  const table = JSON.parse(readFileSync(new URL(file, casesDir), 'utf8')) as { cases: { bundle: unknown }[] };
  for (const c of table.cases) {
    const loaded = loadBundle(c.bundle);
    if (!loaded.request) continue;
    const options = loaded.principal ? { principal: loaded.principal } : {};
    results.push(evaluateRequest(loaded.request, loaded.inputs, options));
    results.push(evaluateRequest(loaded.request, loaded.inputs, { ...options, trace: false }));
  }
}

const graphDir = new URL('../graph/cases/', import.meta.url);
for (const file of readdirSync(graphDir).filter((f) => f.endsWith('.case.ts'))) {
  const { cases = [] } = (await import(new URL(file, graphDir).href)) as { cases?: GraphCase[] };
  for (const c of cases) {
    const analysis = analyzeScenario(c.scenario, { now: () => 0 });
    const prepared = prepareScenario(c.scenario);
    for (const edge of analysis.edges)
      for (const d of edge.decisions) {
        const request = hopRequest(edge, d);
        const replayed = request && replayHop(prepared, request);
        if (replayed) results.push(replayed);
      }
    for (const w of c.expect.whyNot ?? []) {
      const result = whyNot(prepared, analysis, w.from, w.to).result;
      if (result) results.push(result);
    }
  }
}

const policy = (kind: 'identity' | 'resource', statement: object) =>
  compilePolicy(parsePolicyValue({ Version: '2012-10-17', Statement: [statement] }, kind).policy!, kind, 'p');
const allowAll = policy('identity', { Effect: 'Allow', Action: '*', Resource: '*' });
const ACCOUNT = '111122223333';
const unreached: [string, EvaluationResult][] = [
  [
    'Denied: "not-a-principal" is not a principal AWS recognises, so nothing can allow it.',
    evaluateRequest(
      { principal: 'not-a-principal', action: 's3:GetObject', resource: { resource: '*' } },
      {},
    ),
  ],
  [
    'Denied: role Target has no trust policy here, and a role must be granted explicitly by its own policy, whatever the identity policies say.',
    evaluateRequest(
      {
        principal: `arn:aws:iam::${ACCOUNT}:user/alice`,
        action: 'sts:AssumeRole',
        resource: { resource: `arn:aws:iam::${ACCOUNT}:role/Target` },
      },
      { identityPolicies: [allowAll] },
    ),
  ],
  [
    `Denied: arn:aws:kms:us-east-1:${ACCOUNT}:key/1234 has no key policy here, and a KMS key must be granted explicitly by its own policy, whatever the identity policies say.`,
    evaluateRequest(
      {
        principal: `arn:aws:iam::${ACCOUNT}:user/alice`,
        action: 'kms:Decrypt',
        resource: { resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234` },
      },
      { identityPolicies: [allowAll] },
    ),
  ],
  [
    'Denied: there is no resource policy to allow the service ec2.amazonaws.com s3:GetObject on arn:aws:s3:::bucket/key, and the service ec2.amazonaws.com has no identity policies of its own.',
    evaluateRequest(
      {
        principal: 'ec2.amazonaws.com',
        action: 's3:GetObject',
        resource: { resource: 'arn:aws:s3:::bucket/key' },
      },
      {},
    ),
  ],
];
for (const [, result] of unreached) results.push(result);

describe('reasons as data', () => {
  it('reach every reason code and step reason code', () => {
    expect(new Set(results.map((r) => r.reason.code))).toEqual(new Set(REASON_CODES));
    const steps = new Set(results.flatMap((r) => r.trace.steps.map((s) => s.reason.code)));
    expect(steps).toEqual(new Set(STEP_REASON_CODES));
  });

  it('word the explanation and each step message from the reason alone', () => {
    for (const result of results) {
      const reason = structuredClone(result.reason);
      expect(wordReason(reason)).toBe(result.explanation);
      expect(REASON_DECISIONS[reason.code], result.explanation).toBe(result.decision);
      for (const step of result.trace.steps)
        expect(wordStep(structuredClone(step.reason))).toBe(step.message);
    }
  });

  it('keep the values a condition compared, as data', () => {
    const missed = results.find((r) => r.reason.params.missed)?.reason.params.missed;
    expect(missed?.key).toMatch(/:/);
    expect(missed?.operator).toMatch(/^[A-Z]/);
    expect(missed?.expected.length).toBeGreaterThan(0);
    expect(results.find((r) => r.reason.params.missed)?.explanation).toContain(
      `requires ${missed?.operator}`,
    );
  });

  it.each(unreached)('word a request no table reaches: %s', (sentence, result) => {
    expect(result.explanation).toBe(sentence);
  });
});
