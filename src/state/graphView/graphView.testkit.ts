import type { Analysis, EdgeKind, GraphEdge, GraphNode } from '../../engine';

/**
 * A small graph with every shape the projections handle: two accounts, a cluster holding a service
 * account, an instance, roles, a conditional hop, a broken one, and edges that cross accounts.
 */
export const A = '111122223333';
export const B = '444455556666';
export const CLUSTER = `arn:aws:eks:us-east-1:${B}:cluster/prod`;
export const SA = 'system:serviceaccount:shop:checkout';
export const INSTANCE = `arn:aws:ec2:us-east-1:${B}:instance/i-0a1b2c3d4e5f67890`;
export const ROLE_A = `arn:aws:iam::${A}:role/Reader`;
export const ROLE_A2 = `arn:aws:iam::${A}:role/Writer`;
export const ROLE_B = `arn:aws:iam::${B}:role/AppRole`;

const node = (id: string, kind: GraphNode['kind'], account: string, parent?: string): GraphNode => ({
  id,
  kind,
  label: id.split('/').pop() ?? id,
  account,
  ...(parent !== undefined ? { parent } : {}),
});

export const edge = (
  from: string,
  to: string,
  kind: EdgeKind,
  extra: Partial<GraphEdge> = {},
): GraphEdge => ({
  id: `${kind}:${from}->${to}`,
  from,
  to,
  kind,
  configured: true,
  permitted: true,
  conditional: false,
  conditions: [],
  explanation: '',
  decisions: [],
  chained: false,
  assumptions: [],
  ...extra,
});

export const externalId = {
  key: 'sts:ExternalId',
  operator: 'StringEquals',
  values: ['shop-7'],
  label: 'ExternalId',
};

export function sampleAnalysis(): Analysis {
  return {
    nodes: [
      node(ROLE_A, 'role', A),
      node(A, 'account', A),
      node(B, 'account', B),
      node(CLUSTER, 'eksCluster', B),
      node(SA, 'serviceAccount', B, CLUSTER),
      node(INSTANCE, 'ec2Instance', B),
      node(ROLE_A2, 'role', A),
      node(ROLE_B, 'role', B),
    ],
    edges: [
      edge(INSTANCE, ROLE_B, 'InstanceProfile'),
      edge(ROLE_B, ROLE_A, 'AssumeRole', { conditional: true, conditions: [externalId, externalId] }),
      edge(ROLE_B, ROLE_A2, 'AssumeRole', { permitted: false }),
      edge(SA, ROLE_A2, 'AssumeRoleWithWebIdentity'),
    ],
    findings: [],
    problems: [],
    stats: { evaluations: 0, milliseconds: 0 },
  };
}

/** No filter, nothing collapsed, no focus. */
export const noFilters = {
  hiddenEdgeKinds: [],
  hiddenNodeKinds: [],
  hiddenAccounts: [],
  collapsed: [],
  focus: null,
};
