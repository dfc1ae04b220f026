import { describe, expect, it } from 'vitest';
import {
  A,
  B,
  CLUSTER,
  INSTANCE,
  noFilters,
  ROLE_A,
  ROLE_A2,
  ROLE_B,
  SA,
  sampleAnalysis,
} from './graphView.testkit';
import { visibleGraph, visibleGraphOf } from './visibleGraph';

const ids = (graph: ReturnType<typeof visibleGraph>) => graph.nodes.map((v) => v.node.id);
const edgeEnds = (graph: ReturnType<typeof visibleGraph>) => graph.edges.map((e) => `${e.from} > ${e.to}`);

describe('visibleGraph', () => {
  it('shows every node inside its account or cluster, parents before children', () => {
    const graph = visibleGraph(sampleAnalysis(), noFilters);
    expect(ids(graph).slice(0, 2)).toEqual([A, B]);
    expect(ids(graph)[2]).toBe(CLUSTER);
    const parentOf = new Map(graph.nodes.map((v) => [v.node.id, v.parent]));
    expect(parentOf.get(SA)).toBe(CLUSTER);
    expect(parentOf.get(CLUSTER)).toBe(B);
    expect(parentOf.get(ROLE_A)).toBe(A);
    expect(parentOf.get(A)).toBeUndefined();
    expect(graph.nodes.filter((v) => v.group).map((v) => v.node.id)).toEqual([A, B, CLUSTER]);
    expect(graph.edges).toHaveLength(4);
  });

  it('hides a kind of edge, a kind of node with its edges, and a whole account', () => {
    const analysis = sampleAnalysis();
    const noWebIdentity = visibleGraph(analysis, {
      ...noFilters,
      hiddenEdgeKinds: ['AssumeRoleWithWebIdentity'],
    });
    expect(edgeEnds(noWebIdentity)).not.toContain(`${SA} > ${ROLE_A2}`);
    expect(ids(noWebIdentity)).toContain(SA);

    const noInstances = visibleGraph(analysis, { ...noFilters, hiddenNodeKinds: ['ec2Instance'] });
    expect(ids(noInstances)).not.toContain(INSTANCE);
    expect(edgeEnds(noInstances)).not.toContain(`${INSTANCE} > ${ROLE_B}`);

    const onlyA = visibleGraph(analysis, { ...noFilters, hiddenAccounts: [B] });
    expect(ids(onlyA).sort()).toEqual([A, ROLE_A, ROLE_A2].sort());
    expect(onlyA.edges).toEqual([]);
  });

  it('draws a collapsed account as one node counting its members, its edges redirected and merged', () => {
    const graph = visibleGraph(sampleAnalysis(), { ...noFilters, collapsed: [B] });
    const account = graph.nodes.find((v) => v.node.id === B);
    expect(account).toMatchObject({ group: false, hiddenMembers: 4 });
    expect(ids(graph)).not.toContain(ROLE_B);
    // The hops out of B keep their targets (the web-identity hop to Writer stays apart from the
    // AssumeRole one: another kind); the instance's hop inside B has no visible ends left.
    expect(edgeEnds(graph).sort()).toEqual([`${B} > ${ROLE_A}`, `${B} > ${ROLE_A2}`, `${B} > ${ROLE_A2}`]);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(3);
  });

  it('merges redirected edges of one kind between the same two visible nodes', () => {
    const graph = visibleGraph(sampleAnalysis(), { ...noFilters, collapsed: [A, B] });
    expect(graph.edges.map((e) => e.id).sort()).toEqual([
      `AssumeRole:${B}->${A}`,
      `AssumeRoleWithWebIdentity:${B}->${A}`,
    ]);
  });

  it("shows only a focused node's neighbourhood, with the groups holding it, collapsing set aside", () => {
    const graph = visibleGraph(sampleAnalysis(), {
      ...noFilters,
      collapsed: [B],
      focus: { id: INSTANCE, hops: 1 },
    });
    expect(ids(graph).sort()).toEqual([B, INSTANCE, ROLE_B].sort());
    expect(graph.nodes.find((v) => v.node.id === B)?.group).toBe(true);
  });

  it('answers the same question from memory, and a new one afresh', () => {
    const analysis = sampleAnalysis();
    const filters = { ...noFilters };
    const first = visibleGraphOf(analysis, filters);
    expect(visibleGraphOf(analysis, { ...filters })).toBe(first);
    expect(visibleGraphOf(analysis, { ...filters, collapsed: [A] })).not.toBe(first);
  });
});
