import { NO_ASSUMPTIONS } from '../analysis/assumptions';
import { describe, expect, it } from 'vitest';
import { EdgeBuilder } from './edgeBuilder';
import type { EvaluationResult } from '../../evaluate/types';
import type { HopOutcome } from '../hops/evaluateHop';
import type { GraphEdge } from '../types';

const WEB = 'arn:aws:iam::111122223333:role/web-pod-identity';
const TARGET = 'arn:aws:iam::444455556666:role/web-target';
const DEPLOY = 'arn:aws:iam::111122223333:role/deploy';

function edge(from: string, to: string, fields: Partial<GraphEdge> = {}): Omit<GraphEdge, 'id'> {
  return {
    from,
    to,
    kind: 'AssumeRole',
    configured: false,
    permitted: true,
    conditional: false,
    conditions: [],
    explanation: `Allowed: ${from} may assume ${to}.`,
    decisions: [],
    chained: false,
    assumptions: NO_ASSUMPTIONS,
    ...fields,
  };
}

describe('EdgeBuilder', () => {
  it('gives back the edge already added between the same nodes and kind, marked configured or chained when either was', () => {
    const edges = new EdgeBuilder();
    const first = edges.add(edge(WEB, TARGET, { permitted: false, explanation: 'Broken: no session tags.' }));
    edges.add(edge(DEPLOY, TARGET));
    const again = edges.add(edge(WEB, TARGET, { configured: true, chained: true, explanation: 'Allowed.' }));
    edges.add(edge(WEB, TARGET, { kind: 'PodIdentity', configured: true }));

    // A configured Pod Identity chain is decided from the edge that stays.
    expect(again).toBe(first);
    expect(again.permitted).toBe(false);
    const list = edges.list();
    expect(list.map((e) => e.id)).toEqual([
      `AssumeRole:${DEPLOY}->${TARGET}`,
      `AssumeRole:${WEB}->${TARGET}`,
      `PodIdentity:${WEB}->${TARGET}`,
    ]);
    expect(list[1]).toBe(first);
    expect(first.explanation).toBe('Broken: no session tags.');
    expect(first.configured).toBe(true);
    expect(first.chained).toBe(true);
    expect(list[0]?.configured).toBe(false);
  });

  it("lists a scenario caller's AssumeRole edge once when a configured chain made it first", () => {
    const edges = new EdgeBuilder();
    edges.add(edge(WEB, TARGET, { configured: true, chained: true, explanation: 'The association chains.' }));
    const outcome: HopOutcome = {
      permitted: true,
      conditional: false,
      conditions: [],
      result: { decision: 'Allowed', explanation: 'Allowed by the identity policy.' } as EvaluationResult,
      record: { principal: WEB, callerArn: WEB, targetArn: TARGET, action: 'sts:AssumeRole', context: {} },
    };
    edges.fromAssumeRole(WEB, TARGET, outcome, true);
    edges.fromAssumeRole(DEPLOY, TARGET, outcome, true);

    const list = edges.list();
    expect(list.map((e) => e.explanation)).toEqual([
      'Allowed by the identity policy.',
      'The association chains.',
    ]);
    expect(list[1]?.configured).toBe(true);
  });

  it('lists every edge of an organization-sized run once, in edge order, the first added of equal ones kept', () => {
    // More edges than one block of the builder holds (8192), with repeats on both sides of a block's end.
    const edges = new EdgeBuilder();
    const role = (i: number) => `arn:aws:iam::111122223333:role/app-${String(i).padStart(5, '0')}`;
    const outcome = (explanation: string): HopOutcome => ({
      permitted: true,
      conditional: false,
      conditions: [],
      result: { decision: 'Allowed', explanation } as EvaluationResult,
      record: { principal: '', action: 'sts:AssumeRole', targetArn: '', context: {} },
    });
    for (let to = 0; to < 30; to++)
      for (let from = 700; from >= 0; from--)
        edges.fromAssumeRole(role(from), role(to), outcome(`first ${from}->${to}`), false);
    for (let to = 0; to < 30; to += 7)
      edges.fromAssumeRole(role(3), role(to), outcome(`again 3->${to}`), true);

    const list = edges.list();
    expect(list).toHaveLength(701 * 30);
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    expect(list.every((e, i) => i === 0 || (list[i - 1] as GraphEdge).id < e.id)).toBe(true);
    expect(list.filter((e) => e.explanation.startsWith('again'))).toEqual([]);
    expect(list.filter((e) => e.chained).map((e) => e.explanation)).toEqual(
      [0, 7, 14, 21, 28].map((to) => `first 3->${to}`),
    );
  });

  it('words a configured hop that a policy denies as broken, implicitly or explicitly', () => {
    const edges = new EdgeBuilder();
    const denied = (explanation: string, decision: EvaluationResult['decision']): HopOutcome => ({
      permitted: false,
      conditional: false,
      conditions: [],
      result: { decision, explanation } as EvaluationResult,
      record: { principal: WEB, callerArn: WEB, targetArn: TARGET, action: 'sts:AssumeRole', context: {} },
    });
    const implicit = edges.fromHops(WEB, TARGET, 'AssumeRole', true, [
      { action: 'sts:AssumeRole', outcome: denied('Denied: no policy allows it.', 'ImplicitlyDenied') },
    ]);
    const explicit = edges.fromHops(DEPLOY, TARGET, 'AssumeRole', true, [
      {
        action: 'sts:AssumeRole',
        outcome: denied('Explicitly denied: SCP Fence denies it.', 'ExplicitlyDenied'),
      },
    ]);
    expect(implicit?.explanation).toBe('Broken: sts:AssumeRole — no policy allows it.');
    expect(explicit?.explanation).toBe('Broken: sts:AssumeRole — explicitly denied: SCP Fence denies it.');
  });

  it('knows which nodes a configured edge of a kind leads into', () => {
    const edges = new EdgeBuilder();
    edges.add(edge(WEB, TARGET));
    edges.add(edge('i-0abc', DEPLOY, { kind: 'InstanceProfile', configured: true }));
    expect(edges.hasConfiguredInto(DEPLOY, 'InstanceProfile')).toBe(true);
    expect(edges.hasConfiguredInto(TARGET, 'AssumeRole')).toBe(false);
    expect(edges.hasConfiguredInto(DEPLOY, 'ExecutionRole')).toBe(false);
  });
});
