import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../../testSupport/generateOrganization';
import { runAnalysis } from '../analysis/analyzeScenario';
import { replayHop } from './evaluateHop';
import { decisionExplanation, hopRequest } from './hopRequest';

describe('hopRequest', () => {
  // Edges leave out the records that are the edge itself and the explanations that are the edge's;
  // the inspector's "replay with a trace" must still find every request and get the decision and the
  // words the edge shows.
  it('gives back a request for every AssumeRole decision, and replaying it decides as the edge says', () => {
    const run = runAnalysis(generateOrganization({ roles: 300, seed: 5 }), {});
    const assumeRole = run.analysis.edges.filter((e) => e.kind === 'AssumeRole');
    expect(assumeRole.some((e) => e.decisions.some((d) => d.request === undefined))).toBe(true);
    expect(assumeRole.some((e) => e.decisions.some((d) => d.request !== undefined))).toBe(true);
    expect(assumeRole.some((e) => e.decisions.some((d) => d.explanation === undefined))).toBe(true);
    for (const edge of run.analysis.edges) {
      for (const decision of edge.decisions) {
        const request = hopRequest(edge, decision);
        if (edge.kind === 'AssumeRole') expect(request, edge.id).toBeDefined();
        if (!request) continue;
        const replayed = replayHop(run.prepared, request);
        expect(replayed?.decision, edge.id).toBe(decision.decision);
        expect(replayed?.explanation, edge.id).toBe(decisionExplanation(edge, decision));
      }
    }
  });
});
