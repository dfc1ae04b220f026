import { describe, expect, it } from 'vitest';
import { edge, ROLE_A, ROLE_A2, ROLE_B } from '../../state/graphView/graphView.testkit';
import { ghostEdges } from './ghostEdges';
import { NO_PLAN } from './planHighlight';

const visible = new Set([ROLE_A, ROLE_A2, ROLE_B]);
const edited = edge(ROLE_B, ROLE_A, 'AssumeRole');
const planned = edge(ROLE_A2, ROLE_A, 'AssumeRole');
const elsewhere = edge('arn:aws:iam::999999999999:role/Gone', ROLE_A, 'AssumeRole');
const plan = {
  ...NO_PLAN,
  removed: [planned, elsewhere],
  words: new Map([[planned.id, 'Partner → DeployRole: removed by the plan']]),
};

describe('removed edges drawn as ghosts', () => {
  it('draws an edit’s removed edges fading and a plan’s staying, with its words, where both ends are shown', () => {
    const ghosts = ghostEdges([edited], plan, visible);
    expect(ghosts.map((g) => [g.id, g.plan, g.words])).toEqual([
      [`removed:${edited.id}`, undefined, undefined],
      [`plan-removed:${planned.id}`, 'removed', 'Partner → DeployRole: removed by the plan'],
    ]);
  });

  it('draws an edge removed by the edit and by the plan once, as the plan’s', () => {
    expect(ghostEdges([planned], plan, visible).map((g) => g.id)).toEqual([`plan-removed:${planned.id}`]);
  });
});
