import { describe, expect, it } from 'vitest';
import { analyzeScenario, type Analysis } from '../../engine';
import { generateOrganization } from '../../testSupport/generateOrganization';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import { FOCUS_NODE_BUDGET, focusNeighbourhood } from './focusNeighbourhood';

const INSTANCE = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
const ROLE_IN_A = 'arn:aws:iam::444455556666:role/AssumeRoleInA';
const ROLE_FOR_B = 'arn:aws:iam::111122223333:role/RoleForB';

/** Shortest hop counts from `start`, edges followed both ways: the reference the focus must agree with. */
function distances(analysis: Analysis, start: string): Map<string, number> {
  const out = new Map([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head] as string;
    for (const e of analysis.edges) {
      const other = e.from === at ? e.to : e.to === at ? e.from : undefined;
      if (other === undefined || out.has(other)) continue;
      out.set(other, (out.get(at) ?? 0) + 1);
      queue.push(other);
    }
  }
  return out;
}

describe('focusNeighbourhood', () => {
  const ec2 = analyzeScenario(ec2CrossAccountScenario);

  it('shows the focused node, its direct neighbours both ways, and the accounts that hold them', () => {
    const view = focusNeighbourhood(ec2, { id: ROLE_IN_A, hops: 1 });
    expect(view?.hops).toBe(1);
    expect(view?.complete).toBe(true);
    expect([...(view?.ids ?? [])].sort()).toEqual(
      ['111122223333', '444455556666', INSTANCE, ROLE_FOR_B, ROLE_IN_A].sort(),
    );
  });

  it('stops at the asked number of hops', () => {
    const view = focusNeighbourhood(ec2, { id: INSTANCE, hops: 1 });
    expect(view?.ids.has(ROLE_IN_A)).toBe(true);
    expect(view?.ids.has(ROLE_FOR_B)).toBe(false);
    expect(view?.ids.has('111122223333')).toBe(false);
    const two = focusNeighbourhood(ec2, { id: INSTANCE, hops: 2 });
    expect(two?.ids.has(ROLE_FOR_B)).toBe(true);
    expect(two?.complete).toBe(true);
    expect(focusNeighbourhood(ec2, { id: INSTANCE, hops: 5 })?.hops).toBe(2);
  });

  it('has no view for a node the analysis no longer has', () => {
    expect(focusNeighbourhood(ec2, { id: 'arn:aws:iam::111122223333:role/Gone', hops: 2 })).toBeUndefined();
  });

  it('agrees with a breadth-first search on an organization, within the node budget', () => {
    const org = analyzeScenario(generateOrganization({ roles: 1500, seed: 3 }));
    const byId = new Map(org.nodes.map((n) => [n.id, n]));
    const roles = org.nodes.filter((n) => n.kind === 'role');
    for (const focus of [roles[0], roles[Math.floor(roles.length / 2)], roles[roles.length - 1]]) {
      if (!focus) continue;
      const view = focusNeighbourhood(org, { id: focus.id, hops: 3 });
      if (!view) throw new Error('no view');
      const distance = distances(org, focus.id);
      const within = [...distance].filter(([, d]) => d <= view.hops).map(([id]) => id);
      for (const id of within) expect(view.ids.has(id)).toBe(true);
      for (const id of view.ids) {
        const node = byId.get(id);
        const isHolder = node?.kind === 'account' || node?.kind === 'eksCluster';
        if (!isHolder) expect(distance.get(id)).toBeLessThanOrEqual(view.hops);
      }
      if (view.hops > 1) expect(within.length).toBeLessThanOrEqual(FOCUS_NODE_BUDGET);
      const nextRing = [...distance.values()].filter((d) => d <= view.hops + 1).length;
      if (view.limited) expect(nextRing).toBeGreaterThan(FOCUS_NODE_BUDGET);
      if (view.complete) expect(distance.size).toBe(within.length);
    }
  });
});
