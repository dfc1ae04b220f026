import { describe, expect, it } from 'vitest';
import {
  edge,
  externalId,
  INSTANCE,
  noFilters,
  ROLE_A,
  ROLE_A2,
  ROLE_B,
  sampleAnalysis,
} from '../../state/graphView/graphView.testkit';
import {
  badgesOf,
  edgeState,
  toFlow,
  type EntityNodeData,
  type Highlight,
  type TrustEdgeData,
} from './toFlow';
import { visibleGraph } from '../../state/graphView/visibleGraph';
import { translate } from '../../i18n/translate';
import { flowWords } from './flowWords';
import { NO_PLAN, type PlanHighlight } from './planHighlight';

const graph = visibleGraph(sampleAnalysis(), noFilters);
const nothing: Highlight = {
  selectedId: null,
  pathNodes: null,
  pathEdges: null,
  added: new Set(),
  removed: [],
  plan: NO_PLAN,
  openDocument: null,
  findingsBySubject: new Map(),
};
const layout = { positions: { [ROLE_A]: { x: 10, y: 20, width: 230, height: 58 } } };
const words = flowWords((key, params) => translate('en', key, params));

describe('toFlow', () => {
  it('places a node where the user dragged it, else where the layout put it, else in a column', () => {
    const { nodes } = toFlow(graph, layout, { [ROLE_B]: { x: 5, y: 6 } }, nothing, words);
    const at = (id: string) => nodes.find((n) => n.id === id)?.position;
    expect(at(ROLE_B)).toEqual({ x: 5, y: 6 });
    expect(at(ROLE_A)).toEqual({ x: 10, y: 20 });
    const unplaced = nodes.filter((n) => n.id !== ROLE_A && n.id !== ROLE_B).map((n) => n.position);
    expect(new Set(unplaced.map((p) => p.y)).size).toBe(unplaced.length);
  });

  it('dims everything off the path being shown and marks what is on it', () => {
    const pathEdge = `AssumeRole:${ROLE_B}->${ROLE_A}`;
    const { nodes, edges } = toFlow(
      graph,
      layout,
      {},
      {
        ...nothing,
        pathNodes: new Set([ROLE_B, ROLE_A]),
        pathEdges: new Set([pathEdge]),
      },
      words,
    );
    const data = (id: string) => nodes.find((n) => n.id === id)?.data as EntityNodeData;
    expect(data(ROLE_A)).toMatchObject({ dimmed: false, onPath: true });
    expect(data(INSTANCE)).toMatchObject({ dimmed: true, onPath: false });
    const onPath = edges.filter((e) => e.data?.onPath).map((e) => e.id);
    expect(onPath).toEqual([pathEdge]);
    expect(edges.filter((e) => e.data?.dimmed)).toHaveLength(edges.length - 1);
  });

  it('selects the selected node or edge, counts findings and marks the hops the last edit added', () => {
    const added = `InstanceProfile:${INSTANCE}->${ROLE_B}`;
    const { nodes, edges } = toFlow(
      graph,
      null,
      {},
      {
        ...nothing,
        selectedId: added,
        added: new Set([added]),
        findingsBySubject: new Map([[ROLE_A2, { count: 2, severity: 'high' }]]),
      },
      words,
    );
    expect(edges.find((e) => e.id === added)).toMatchObject({ selected: true, data: { added: true } });
    expect((nodes.find((n) => n.id === ROLE_A2)?.data as EntityNodeData).findings).toEqual({
      count: 2,
      severity: 'high',
    });
  });

  it('keeps a removed hop on screen, fading, only while both its ends are shown', () => {
    const gone = edge(ROLE_A2, ROLE_A, 'AssumeRole');
    const offScreen = edge('arn:aws:iam::999999999999:role/Elsewhere', ROLE_A, 'AssumeRole');
    const { edges } = toFlow(graph, null, {}, { ...nothing, removed: [gone, offScreen] }, words);
    const removed = edges.filter((e) => e.data?.state === 'removed');
    expect(removed.map((e) => e.id)).toEqual([`removed:${gone.id}`]);
    expect(removed[0]?.selectable).toBe(false);
  });

  it('marks what a plan changes, with words, and keeps what it removes on screen as a ghost', () => {
    const opened = `InstanceProfile:${INSTANCE}->${ROLE_B}`;
    const gone = edge(ROLE_A2, ROLE_A, 'AssumeRole');
    const plan: PlanHighlight = {
      marks: new Map([[opened, 'added']]),
      removed: [gone],
      words: new Map([
        [opened, 'new in the plan'],
        [gone.id, 'removed by the plan'],
      ]),
      nodes: new Set([INSTANCE, ROLE_B]),
    };
    const { nodes, edges } = toFlow(graph, null, {}, { ...nothing, removed: [gone], plan }, words);
    const changed = nodes.filter((n) => n.type === 'entity' && n.data.planChanged).map((n) => n.id);
    expect(changed.sort()).toEqual([INSTANCE, ROLE_B].sort());
    expect(edges.find((e) => e.id === opened)).toMatchObject({
      ariaLabel: 'new in the plan',
      data: { plan: 'added' },
    });
    const ghosts = edges.filter((e) => e.data?.state === 'removed');
    expect(ghosts.map((e) => [e.id, e.ariaLabel, e.data?.plan])).toEqual([
      [`plan-removed:${gone.id}`, 'removed by the plan', 'removed'],
    ]);
  });

  it('marks the node whose document the editor shows', () => {
    const analysis = sampleAnalysis();
    const withDocument = {
      ...analysis,
      nodes: analysis.nodes.map((n) => (n.id === ROLE_A ? { ...n, documents: [`${ROLE_A}#trust`] } : n)),
    };
    const highlight = { ...nothing, openDocument: `${ROLE_A}#trust` };
    const { nodes } = toFlow(visibleGraph(withDocument, noFilters), null, {}, highlight, words);
    const open = nodes.filter((n) => n.type === 'entity' && n.data.documentOpen).map((n) => n.id);
    expect(open).toEqual([ROLE_A]);
  });

  it('badges what a conditional or broken hop needs, once each', () => {
    const { edges } = toFlow(graph, null, {}, nothing, words);
    const data = (id: string) => edges.find((e) => e.id === id)?.data as TrustEdgeData;
    expect(data(`AssumeRole:${ROLE_B}->${ROLE_A}`)).toMatchObject({
      state: 'conditional',
      badges: ['ExternalId'],
    });
    expect(data(`AssumeRole:${ROLE_B}->${ROLE_A2}`).state).toBe('broken');
    expect(data(`InstanceProfile:${INSTANCE}->${ROLE_B}`)).toMatchObject({ state: 'permitted', badges: [] });
    expect(badgesOf([externalId, { ...externalId, label: 'MFA' }])).toEqual(['ExternalId', 'MFA']);
  });

  it('calls a refused hop undecided when its role is in an account the scenario does not hold', () => {
    const notImported = {
      code: 'role-not-imported' as const,
      params: { role: ROLE_A, account: '111122223333' },
      text: '',
    };
    const undecided = edge(ROLE_B, ROLE_A, 'AssumeRole', { permitted: false, assumptions: [notImported] });
    expect(edgeState(undecided)).toBe('undecided');
    expect(edgeState({ ...undecided, assumptions: [] })).toBe('broken');
  });

  it('names nodes and arrows in words, per mechanism and state', () => {
    const { nodes, edges } = toFlow(
      graph,
      null,
      {},
      { ...nothing, findingsBySubject: new Map([[ROLE_A2, { count: 1, severity: 'low' }]]) },
      words,
    );
    const label = (id: string) => edges.find((e) => e.id === id)?.ariaLabel;
    const name = (arn: string) => arn.slice(arn.indexOf('/') + 1);
    expect(label(`InstanceProfile:${INSTANCE}->${ROLE_B}`)).toMatch(
      /can become .* through its instance profile$/,
    );
    expect(label(`AssumeRole:${ROLE_B}->${ROLE_A}`)).toBe(
      `${name(ROLE_B)} can become ${name(ROLE_A)} by assuming it, only with ExternalId`,
    );
    expect(label(`AssumeRole:${ROLE_B}->${ROLE_A2}`)).toMatch(/^Cut: .* cannot become .*\(assumes\)/);
    expect(nodes.find((n) => n.id === ROLE_A2)?.ariaLabel).toMatch(
      /IAM role, 1 finding\(s\), the worst low$/,
    );
  });

  it('draws an arrow along its route unless one of its ends, or their group, was dragged', () => {
    const id = `InstanceProfile:${INSTANCE}->${ROLE_B}`;
    const route = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const routed = { positions: {}, routes: { [id]: route } };
    const at = (dragged: Record<string, { x: number; y: number }>) =>
      toFlow(graph, routed, dragged, nothing, words).edges.find((e) => e.id === id)?.data?.route;
    expect(at({})).toEqual(route);
    expect(at({ [ROLE_B]: { x: 1, y: 1 } })).toBeUndefined();
    const group = graph.nodes.find((v) => v.node.id === INSTANCE)?.parent;
    if (group !== undefined) expect(at({ [group]: { x: 1, y: 1 } })).toBeUndefined();
  });
});
