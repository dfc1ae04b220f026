import { describe, expect, it } from 'vitest';
import { EdgeBuilder } from './edgeBuilder';
import type { GraphEdge } from './types';

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
    ...fields,
  };
}

describe('EdgeBuilder', () => {
  it('lists each pair of nodes and kind once: the first added, marked configured or chained when any was', () => {
    const edges = new EdgeBuilder();
    edges.add(edge(WEB, TARGET, { explanation: 'Allowed by the identity policy.' }));
    edges.add(edge(DEPLOY, TARGET));
    edges.add(edge(WEB, TARGET, { configured: true, chained: true, explanation: 'The association chains.' }));
    edges.add(edge(WEB, TARGET, { kind: 'PodIdentity', configured: true }));

    const list = edges.list();
    expect(list.map((e) => e.id)).toEqual([
      `AssumeRole:${DEPLOY}->${TARGET}`,
      `AssumeRole:${WEB}->${TARGET}`,
      `PodIdentity:${WEB}->${TARGET}`,
    ]);
    const chain = list[1];
    expect(chain?.explanation).toBe('Allowed by the identity policy.');
    expect(chain?.configured).toBe(true);
    expect(chain?.chained).toBe(true);
    expect(list[0]?.configured).toBe(false);
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
