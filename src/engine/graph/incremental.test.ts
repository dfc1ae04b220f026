import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../model/documents';
import { generateOrganization } from '../testing/generateOrganization';
import { analyzeScenario } from './analyzeScenario';
import { createAnalyzer } from './incremental';
import type { Analysis } from './types';

const scenario = generateOrganization({ roles: 400, seed: 11 });
const docs = listDocuments(scenario);
const trustDocs = docs.filter((d) => d.kind === 'trust');
const otherDocs = docs.filter((d) => d.kind !== 'trust');
const roleArns = (scenario.roles ?? []).map((r) => r.arn);
const accounts = scenario.accounts.map((a) => a.id);

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
  fc.constant('{ "Version": "2012-10-17", "Statement": [ '),
  fc.constant(trustText({ Principal: { AWS: 'not-an-arn' }, Action: 'sts:AssumeRole' })),
);

const edit = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...trustDocs.map((d) => d.id)), trustEdit) },
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

describe('createAnalyzer', () => {
  it('gives what a from-scratch analysis gives, after any sequence of single-document edits', () => {
    const analyzer = createAnalyzer();
    expect(comparable(analyzer.analyze(scenario, { now: () => 0 }))).toEqual(
      comparable(analyzeScenario(scenario, { now: () => 0 })),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const texts: Record<string, string> = {};
        for (const [id, text] of edits) {
          texts[id] = text;
          const options = { texts: { ...texts }, now: () => 0 };
          expect(comparable(analyzer.analyze(scenario, options))).toEqual(
            comparable(analyzeScenario(scenario, options)),
          );
        }
        // Back to the scenario as written, as an undo would.
        expect(comparable(analyzer.analyze(scenario, { now: () => 0 }))).toEqual(
          comparable(analyzeScenario(scenario, { now: () => 0 })),
        );
      }),
      { seed: 20261101, numRuns: 12 },
    );
  }, 120_000);

  it('keeps the compiled scenario of the latest analysis for queries', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.prepared).toBeUndefined();
    analyzer.analyze(scenario);
    expect(analyzer.prepared?.roles.length).toBe(roleArns.length);
  });
});
