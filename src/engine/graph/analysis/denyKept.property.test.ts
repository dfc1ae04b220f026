/**
 * A Deny is never lost to the rest of its document: whatever odd strings AWS stored beside it (an
 * action with a trailing space, two actions in one string, a resource that is not an ARN), the
 * Deny takes away exactly the hops it names and no others.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model/scenario';
import { generateOrganization } from '../../../testSupport/generateOrganization';
import { analyzeScenario } from './analyzeScenario';

const ODD_STATEMENTS = [
  { Effect: 'Allow', Action: 's3:GetObject ', Resource: '*' },
  { Effect: 'Allow', Action: 's3:Get*,Put*', Resource: '*' },
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'my-bucket/*' },
];

const permittedIds = (s: Scenario) =>
  new Set(
    analyzeScenario(s, { now: () => 0 })
      .edges.filter((e) => e.permitted)
      .map((e) => e.id),
  );

describe('a Deny beside odd values', () => {
  const base = generateOrganization({ roles: 120, seed: 7, rolesPerAccount: 20 });
  const before = permittedIds(base);
  // Callers with an AssumeRole edge, and where each leads: the Deny will name one of them.
  const hops = [...before].flatMap((id) => {
    const m = /^AssumeRole:(arn:aws:iam::\d{12}:(?:role|user)\/[^>]+)->(arn:aws:iam::.+)$/.exec(id);
    return m ? [{ from: m[1] as string, to: m[2] as string }] : [];
  });

  it('takes away the hop it names and nothing else, in a document of its own with odd statements', () => {
    expect(hops.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...hops),
        fc.subarray(ODD_STATEMENTS, { minLength: 1 }),
        ({ from, to }, odd) => {
          const scenario = structuredClone(base);
          const caller = [...(scenario.users ?? []), ...(scenario.roles ?? [])].find((p) => p.arn === from);
          if (!caller) throw new Error(`no caller ${from}`);
          const guard = {
            Version: '2012-10-17',
            Statement: [...odd, { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: to }],
          };
          caller.inlinePolicies = [...(caller.inlinePolicies ?? []), { name: 'guardrails', document: guard }];
          const after = permittedIds(scenario);
          const id = `AssumeRole:${from}->${to}`;
          expect(after.has(id)).toBe(false);
          expect([...before].filter((e) => e !== id && !after.has(e))).toEqual([]);
          expect([...after].filter((e) => !before.has(e))).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });
});
