import type { CutNoteCode, GraphEdge } from '../../engine';
import type { MessageKey } from '../../i18n/translate';

/** The label a cut arrow carries in place of its mechanism: which kind of guardrail cuts it. */
const LABEL: Record<CutNoteCode, MessageKey> = {
  'cut-scp-deny': 'graph.edgeLabel.cut-scp',
  'cut-scp-no-allow': 'graph.edgeLabel.cut-scp',
  'cut-rcp-deny': 'graph.edgeLabel.cut-rcp',
  'cut-rcp-no-allow': 'graph.edgeLabel.cut-rcp',
  'cut-boundary-deny': 'graph.edgeLabel.cut-boundary',
  'cut-boundary-no-allow': 'graph.edgeLabel.cut-boundary',
  'cut-identity-deny': 'graph.edgeLabel.cut-deny',
  'cut-trust-deny': 'graph.edgeLabel.cut-deny',
};

/** The cut label of an arrow a guardrail cuts (engine/graph/hops/cutHops.ts), else undefined. */
export function cutLabelKey(edge: Pick<GraphEdge, 'note'>): MessageKey | undefined {
  const code = edge.note?.code;
  return code !== undefined && code in LABEL ? LABEL[code as CutNoteCode] : undefined;
}
