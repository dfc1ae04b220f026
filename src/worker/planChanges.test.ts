import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportFile } from '../importers';
import { planChanges } from './planChanges';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`../importers/fixtures/terraform/${name}`, import.meta.url), 'utf8'),
});
const PARTNER = '999988887777';
const CI = 'arn:aws:iam::111122223333:role/ci-runner';
const RELEASE = 'arn:aws:iam::111122223333:role/release-bot';

describe('what a plan imported in the app changes', () => {
  const plan = [load('plan-deploy.json')];
  const changes = planChanges(plan, undefined, importFiles(plan).scenario);

  it('compares the plan’s before side with the scenario its after side made, as cli diff does', () => {
    const edges = changes?.diff.edges.map((c) => [c.change, c.edge.from, c.edge.to]);
    expect(edges).toContainEqual(['removed', PARTNER, CI]);
    expect(edges).toContainEqual(['added', PARTNER, RELEASE]);
    expect(edges).toContainEqual(['fewer-conditions', CI, 'arn:aws:iam::111122223333:role/DeployRole']);
  });

  it('names the nodes the changes mention, those of one side only included', () => {
    expect(changes?.labels[CI]).toBe('ci-runner');
    expect(changes?.labels[RELEASE]).toBe('release-bot');
  });

  it('has nothing to compare for a state', () => {
    const state = [load('state.json')];
    expect(planChanges(state, undefined, importFiles(state).scenario)).toBeNull();
  });
});
