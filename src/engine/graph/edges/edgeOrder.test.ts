import fc from 'fast-check';
import { NO_ASSUMPTIONS } from '../analysis/assumptions';
import { describe, expect, it } from 'vitest';
import { compareEdges, sortEdgesMarkingRepeats } from './edgeOrder';
import type { EdgeKind, GraphEdge } from '../types';

const KINDS: EdgeKind[] = [
  'AssumeRole',
  'AssumeRoleWithWebIdentity',
  'PodIdentity',
  'RunsAs',
  'InstanceProfile',
];

// Ids that are prefixes of one another and differ around the separators ("-", ">", "+") are where a
// bucketed sort could part from plain string order.
const endpoint = fc.constantFrom(
  'arn:aws:iam::111111111111:role/A',
  'arn:aws:iam::111111111111:role/A-b',
  'arn:aws:iam::111111111111:role/A+b',
  'arn:aws:iam::111111111111:role/A>',
  'arn:aws:iam::222222222222:user/z',
  '111111111111',
  'ec2.amazonaws.com',
);

const edgeArb = fc
  .record({ from: endpoint, to: endpoint, kind: fc.constantFrom(...KINDS) })
  .map((e): GraphEdge => ({
    ...e,
    id: `${e.kind}:${e.from}->${e.to}`,
    configured: false,
    permitted: true,
    conditional: false,
    conditions: [],
    explanation: '',
    decisions: [],
    chained: false,
    assumptions: NO_ASSUMPTIONS,
  }));

describe('edge order', () => {
  it('sorts by from, then to, then kind, like a comparison sort with compareEdges', () => {
    fc.assert(
      fc.property(fc.uniqueArray(edgeArb, { selector: (e) => e.id, maxLength: 80 }), (edges) => {
        const expected = [...edges].sort(compareEdges).map((e) => e.id);
        expect(sortEdgesMarkingRepeats(edges).edges.map((e) => e.id)).toEqual(expected);
      }),
    );
  });

  it('keeps every edge of a large list, in the same order as a stable comparison sort, marking repeats', () => {
    const edges = fc
      .sample(edgeArb, { numRuns: 2000, seed: 3 })
      .map((e, i) => ({ ...e, explanation: String(i) }));
    const expected = [...edges].sort(compareEdges);
    const { edges: sorted, repeats } = sortEdgesMarkingRepeats(edges);
    expect(sorted.map((e) => e.explanation)).toEqual(expected.map((e) => e.explanation));
    expect([...repeats]).toEqual(
      expected.map((e, i) => (i > 0 && compareEdges(expected[i - 1] as GraphEdge, e) === 0 ? 1 : 0)),
    );
  });
});
