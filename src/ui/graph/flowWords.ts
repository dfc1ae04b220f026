/**
 * The words a screen reader says for a node or an arrow of the graph, in the reader's language
 * ("AssumeRoleInA can become RoleForB by assuming it"), given to React Flow as aria-labels; and the
 * label written on each arrow.
 */
import type { EdgeKind, FindingSeverity, GraphEdge, GraphNode } from '../../engine';
import { cutLabelKey } from './cutLabel';
import type { Translate } from '../../i18n/translate';

/** How an arrow works, as its label names it: an edge kind, or IRSA for a service account's web identity. */
export type Mechanism = EdgeKind | 'Irsa';

export interface NodeFindings {
  count: number;
  /** The most severe of them. */
  severity: FindingSeverity;
}

export type EdgeState = 'permitted' | 'conditional' | 'broken' | 'undecided' | 'removed';

export interface FlowWords {
  node(node: GraphNode, findings: NodeFindings | undefined): string;
  /** The label written on an arrow: its mechanism, or which kind of guardrail cuts it. */
  label(arrow: { mechanism: Mechanism; edge: Pick<GraphEdge, 'note'> }): string;
  edge(
    arrow: {
      mechanism: Mechanism;
      state: EdgeState;
      badges: readonly string[];
      edge?: Pick<GraphEdge, 'note'>;
    },
    from: string,
    to: string,
  ): string;
}

export function flowWords(t: Translate): FlowWords {
  // A graph of an organization has tens of thousands of arrows and a handful of distinct labels.
  const labels = new Map<string, string>();
  return {
    node(node, findings) {
      const kind = t(`kind.${node.kind}`);
      return findings
        ? t('graph.nodeNameFindings', {
            label: node.label,
            kind,
            count: findings.count,
            severity: t(`severity.${findings.severity}`),
          })
        : t('graph.nodeName', { label: node.label, kind });
    },
    label({ mechanism, edge }) {
      const key = cutLabelKey(edge) ?? `graph.edgeLabel.${mechanism}`;
      let label = labels.get(key);
      if (label === undefined) labels.set(key, (label = t(key)));
      return label;
    },
    edge({ mechanism, state, badges, edge }, from, to) {
      if (state === 'removed') return t('graph.edgeName.removed', { from, to });
      const cut = edge && cutLabelKey(edge);
      if (cut) return t('graph.edgeName.cut', { label: t(cut), from, to });
      if (state === 'broken')
        return t('graph.edgeName.broken', { from, to, mechanism: t(`graph.edgeLabel.${mechanism}`) });
      const name = t(`graph.edgeName.${mechanism}`, { from, to });
      if (state === 'undecided') return t('graph.edgeName.undecided', { name });
      if (state === 'conditional' && badges.length > 0)
        return t('graph.edgeName.conditional', { name, conditions: badges.join(', ') });
      return name;
    },
  };
}
