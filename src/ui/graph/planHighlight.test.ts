import { describe, expect, it } from 'vitest';
import '../../i18n/everyCatalogue';
import { translator } from '../../i18n/translate';
import { edge, INSTANCE, ROLE_A, ROLE_A2, ROLE_B } from '../../state/graphView/graphView.testkit';
import type { PlanChanges } from '../../worker/planChanges';
import { NO_PLAN, planHighlight } from './planHighlight';

const opened = edge(INSTANCE, ROLE_B, 'InstanceProfile');
const permitted = edge(ROLE_B, ROLE_A2, 'AssumeRole');
const loosened = edge(ROLE_B, ROLE_A, 'AssumeRole');
const tightened = edge(ROLE_A, ROLE_B, 'AssumeRole');
const gone = edge(ROLE_A2, ROLE_A, 'AssumeRole');
const changes: PlanChanges = {
  diff: {
    edges: [
      { change: 'added', edge: opened },
      { change: 'newly-permitted', edge: permitted },
      { change: 'fewer-conditions', edge: loosened },
      { change: 'more-conditions', edge: tightened },
      { change: 'removed', edge: gone },
    ],
    findings: [],
    adminReach: [],
    summary: [],
  },
  labels: { [ROLE_A]: 'DeployRole', [ROLE_A2]: 'Partner' },
};

describe('what a plan marks in the graph', () => {
  const plan = planHighlight(changes, translator('en'));

  it('marks the edges it opens or loosens, and only those', () => {
    expect([...plan.marks]).toEqual([
      [opened.id, 'added'],
      [permitted.id, 'added'],
      [loosened.id, 'loosened'],
    ]);
  });

  it('hands the edges it removes over to be drawn ghosted, named for a screen reader', () => {
    expect(plan.removed).toEqual([gone]);
    expect(plan.words.get(gone.id)).toBe('Partner → DeployRole: removed by the plan');
    expect(plan.words.get(tightened.id)).toBeUndefined();
  });

  it('names the nodes those edges join, for a fitted view to show first', () => {
    expect([...plan.nodes].sort()).toEqual([INSTANCE, ROLE_A, ROLE_A2, ROLE_B].sort());
  });

  it('words them in the reader’s language', () => {
    expect(planHighlight(changes, translator('zh-Hans')).words.get(gone.id)).toBe(
      'Partner → DeployRole：被计划移除',
    );
  });

  it('marks nothing without a plan', () => {
    expect(planHighlight(null, translator('en'))).toBe(NO_PLAN);
  });
});
