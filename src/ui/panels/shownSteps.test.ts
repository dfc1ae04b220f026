import { describe, expect, it } from 'vitest';
import { analyzeScenario, prepareScenario, replayEdge } from '../../engine';
import { assumeRoleBasics } from '../../model/gallery/assumeRoleBasics';
import { shownSteps } from './shownSteps';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB = 'arn:aws:iam::111122223333:user/bob';

/** The trace of a user's hop in the "what assume a role means" story, replayed by the engine. */
function replayed(user: string) {
  const scenario = assumeRoleBasics.scenario;
  const edge = analyzeScenario(scenario).edges.find((e) => e.from === user && e.permitted);
  if (!edge) throw new Error(`no hop from ${user}`);
  const first = replayEdge(prepareScenario(scenario), edge)[0];
  if (!first) throw new Error('the hop was not replayed');
  return first.result;
}

const identityStep = (result: ReturnType<typeof replayed>) =>
  shownSteps(result).find((s) => s.step === 'identity-policies');

describe('the evaluation steps shown under a verdict', () => {
  it('show no failing identity step under an Allow of a trust policy naming the user in its own account', () => {
    const result = replayed(ALICE);
    expect(result.decision).toBe('Allowed');
    expect(result.trace.steps.find((s) => s.step === 'identity-policies')?.outcome).toBe('fail');
    expect(identityStep(result)?.outcome).toBe('not-needed');
  });

  it('keep the identity step as it is when the account is trusted and the user’s policy allows', () => {
    const result = replayed(BOB);
    expect(result.decision).toBe('Allowed');
    expect(identityStep(result)?.outcome).toBe('pass');
  });

  it('keep every other step as the engine traced it', () => {
    const result = replayed(ALICE);
    const others = shownSteps(result).filter((s) => s.step !== 'identity-policies');
    expect(others).toEqual(result.trace.steps.filter((s) => s.step !== 'identity-policies'));
  });
});
