/**
 * The analysed graph as a property graph: labelled nodes and typed relationships whose properties are
 * primitives or arrays of strings, as BloodHound's OpenGraph and Neo4j store them. OpenGraph and
 * Cypher are both written from these records, and the Cypher test replays its script back into them.
 */
import type { EdgeCondition, EdgeKind, Finding, GraphEdge, GraphNode, NodeKind } from '../../engine';
import { edgeKindName } from '../../i18n/edgeKindName';
import type { Translate } from '../../i18n/translate';
import { edgeStatus, type ExportInput } from './exportInput';

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRecord {
  id: string;
  kind: string;
  properties: Properties;
}

export interface EdgeRecord {
  id: string;
  from: string;
  to: string;
  kind: string;
  properties: Properties;
}

/** Every node also carries this kind: BloodHound's source kind, a Neo4j label to find them all by. */
export const SOURCE_KIND = 'Trustscope';

/**
 * Our kinds with a prefix, as BloodHound asks of OpenGraph kinds so they never overlap its built-in
 * ones (https://bloodhound.specterops.io/opengraph/developer/nodes).
 */
const PREFIX = 'TS_';

const NODE_KINDS: Record<NodeKind, string> = {
  account: 'Account',
  externalAccount: 'ExternalAccount',
  user: 'User',
  group: 'Group',
  role: 'Role',
  ec2Instance: 'EC2Instance',
  eksCluster: 'EKSCluster',
  serviceAccount: 'ServiceAccount',
  pod: 'Pod',
  lambdaFunction: 'LambdaFunction',
  ecsTask: 'ECSTask',
  identityProvider: 'IdentityProvider',
  servicePrincipal: 'ServicePrincipal',
  externalPrincipal: 'ExternalPrincipal',
  cliProfile: 'CLIProfile',
  resource: 'Resource',
};

export const nodeKindLabel = (kind: NodeKind): string => PREFIX + NODE_KINDS[kind];
export const edgeKindLabel = (kind: EdgeKind): string => PREFIX + kind;

/** A condition as one line: `sts:ExternalId StringEquals "Partner-7"`, values as JSON. */
export function conditionText(c: EdgeCondition): string {
  return `${c.key} ${c.operator} ${JSON.stringify(c.values.length === 1 ? c.values[0] : c.values)}`;
}

/** Properties left out when empty or absent, so a record holds only what is said. */
function compact(properties: Record<string, PropertyValue | undefined>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties))
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  return out;
}

/** The findings about each subject, a node's or an edge's id. */
function findingsBySubject(findings: readonly Finding[]): Map<string, Finding[]> {
  const by = new Map<string, Finding[]>();
  for (const f of findings)
    for (const s of f.subjects) {
      const list = by.get(s) ?? [];
      list.push(f);
      by.set(s, list);
    }
  return by;
}

/** Findings worded `severity: title`. */
const findingLines = (list: Finding[] | undefined, t: Translate) =>
  (list ?? []).map((f) => `${t(`severity.${f.severity}`)}: ${f.title}`);

function nodeRecord(node: GraphNode, findings: Finding[] | undefined, t: Translate): NodeRecord {
  return {
    id: node.id,
    kind: nodeKindLabel(node.kind),
    properties: compact({
      name: node.label,
      kind: node.kind,
      kind_name: t(`kind.${node.kind}`),
      arn: node.id.startsWith('arn:') ? node.id : undefined,
      account: node.account,
      parent: node.parent,
      service_linked: node.serviceLinked,
      max_session_duration: node.maxSessionDuration,
      findings: findingLines(findings, t),
      finding_codes: (findings ?? []).map((f) => f.code),
    }),
  };
}

function edgeRecord(edge: GraphEdge, findings: Finding[] | undefined, t: Translate): EdgeRecord {
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    kind: edgeKindLabel(edge.kind),
    properties: compact({
      mechanism: edgeKindName(edge.kind, t),
      status: edgeStatus(edge),
      configured: edge.configured,
      permitted: edge.permitted,
      conditional: edge.conditional,
      chained: edge.chained,
      conditions: edge.conditions.map(conditionText),
      condition_labels: edge.conditions.map((c) => c.label),
      explanation: edge.explanation,
      decisions: edge.decisions.map((d) => `${d.action}: ${d.decision}`),
      assumptions: edge.assumptions.map((a) => a.text),
      access_levels: edge.accessLevels,
      note: edge.note?.code,
      // From a group: only this user, once it has joined, makes the hop (not the group's members).
      joiner: edge.joiner,
      findings: findingLines(findings, t),
      finding_codes: (findings ?? []).map((f) => f.code),
    }),
  };
}

/** The analysis as property-graph records, in the analysis's own (deterministic) order. */
export function toGraphRecords({ analysis, t }: ExportInput): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const about = findingsBySubject(analysis.findings);
  return {
    nodes: analysis.nodes.map((n) => nodeRecord(n, about.get(n.id), t)),
    edges: analysis.edges.map((e) => edgeRecord(e, about.get(e.id), t)),
  };
}
