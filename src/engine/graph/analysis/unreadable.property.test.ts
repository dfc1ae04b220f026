/**
 * Every document is evaluated or named: one that cannot be read in full is a problem at its place,
 * and every edge it could change (those leaving its principal) says it rests on taking it as nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NamedPolicy } from '../../../model/scenario';
import { generateOrganization } from '../../../testSupport/generateOrganization';
import { analyzeScenario } from './analyzeScenario';

const UNREADABLE: unknown[] = [
  'not a policy',
  { Version: '2012-10-17', Statement: 5 },
  { Version: '2012-10-17', Statement: [{ Action: 'sts:AssumeRole', Resource: '*' }] },
  {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Action: 's3:*', Resource: '*' },
      { Effect: 'deny', Action: 'sts:AssumeRole', Resource: '*' },
    ],
  },
];

describe('a document that cannot be read in full', () => {
  const base = generateOrganization({ roles: 120, seed: 11, rolesPerAccount: 20 });
  const before = analyzeScenario(base, { now: () => 0 });
  // Principals with edges leaving them: a document of theirs could change those edges.
  const callers = [...new Set(before.edges.filter((e) => e.permitted).map((e) => e.from))].filter((arn) =>
    /:(role|user)\//.test(arn),
  );

  it('is a problem at its place, and every edge leaving its principal names it', () => {
    expect(callers.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.constantFrom(...callers), fc.constantFrom(...UNREADABLE), (arn, document) => {
        const scenario = structuredClone(base);
        const holder = [...(scenario.users ?? []), ...(scenario.roles ?? [])].find((p) => p.arn === arn);
        if (!holder) throw new Error(`no principal ${arn}`);
        const added: NamedPolicy = { name: 'unreadable', document };
        holder.inlinePolicies = [...(holder.inlinePolicies ?? []), added];
        const id = `${arn}#inline/unreadable`;

        const after = analyzeScenario(scenario, { now: () => 0 });
        expect(after.problems.some((p) => p.documentId === id && p.severity === 'error')).toBe(true);
        const leaving = after.edges.filter((e) => e.from === arn);
        expect(leaving.length).toBeGreaterThan(0);
        for (const edge of leaving) {
          expect(
            edge.assumptions.some((a) => a.code === 'unreadable-document' && a.params.document === id),
            edge.id,
          ).toBe(true);
        }
      }),
      { numRuns: 12 },
    );
  });
});
