import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/scenario';
import { generateDenseOrganization } from '../testing/generateDenseOrganization';
import { generateOrganization } from '../testing/generateOrganization';
import { analyzeScenario } from './analyzeScenario';
import type { Analysis } from './types';
import { CLAIM, claimedCallerEdges, type RoleShare } from './roleShare';

/**
 * Two sides taking claims in a fixed pattern (`mine(k)`: whether the k-th claim goes to the main
 * side), the helper's edges passed through a structured clone as between threads.
 */
function sharedRun(scenario: Scenario, mine: (k: number) => boolean) {
  let next = 0;
  const claimFor = (main: boolean) => () => {
    while (mine(next / CLAIM) !== main && next < 1e6) next += CLAIM;
    const start = next;
    next += CLAIM;
    return start;
  };
  // The pattern is replayed for the helper from the start, skipping what the main side took.
  const share: RoleShare = {
    claim: claimFor(true),
    theirs: () => {
      next = 0;
      return structuredClone(claimedCallerEdges(scenario, claimFor(false)));
    },
  };
  return analyzeScenario(scenario, { now: () => 0, share });
}

/** All but the statistics (a shared run counts this side's evaluations only). */
const answer = ({ stats: _, ...rest }: Analysis) => JSON.stringify(rest);

describe('an analysis shared between two threads (roleShare)', () => {
  const scenarios: [string, Scenario][] = [
    ['landing zone', generateOrganization({ roles: 400, seed: 11 })],
    ['dense', generateDenseOrganization({ roles: 300, seed: 3 })],
  ];
  for (const [name, scenario] of scenarios) {
    it(`gives the one-thread answer however the roles fall (${name})`, () => {
      const alone = answer(analyzeScenario(scenario, { now: () => 0 }));
      const patterns: ((k: number) => boolean)[] = [
        () => true,
        () => false,
        (k) => k % 2 === 0,
        (k) => k % 3 === 1,
        (k) => k >= 4,
      ];
      for (const mine of patterns) expect(answer(sharedRun(scenario, mine))).toBe(alone);
    });
  }
});
