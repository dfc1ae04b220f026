/**
 * BloodHound CE's OpenGraph: `{ metadata, graph: { nodes, edges } }`, nodes with an id, kinds and
 * properties, edges matched to their ends by id. Properties are primitives or arrays of primitives,
 * names in lower case (https://bloodhound.specterops.io/opengraph/developer/schema).
 */
import type { ExportInput } from './exportInput';
import { SOURCE_KIND, toGraphRecords, type Properties } from './graphRecords';

export interface OpenGraph {
  metadata: { source_kind: string };
  graph: {
    nodes: { id: string; kinds: string[]; properties: Properties }[];
    edges: {
      start: { match_by: 'id'; value: string };
      end: { match_by: 'id'; value: string };
      kind: string;
      properties: Properties;
    }[];
  };
}

export function toOpenGraph(input: ExportInput): OpenGraph {
  const { nodes, edges } = toGraphRecords(input);
  return {
    // BloodHound adds the source kind to every node's kinds when it ingests the file.
    metadata: { source_kind: SOURCE_KIND },
    graph: {
      nodes: nodes.map((n) => ({ id: n.id, kinds: [n.kind], properties: n.properties })),
      edges: edges.map((e) => ({
        start: { match_by: 'id', value: e.from },
        end: { match_by: 'id', value: e.to },
        kind: e.kind,
        properties: { id: e.id, ...e.properties },
      })),
    },
  };
}
