/**
 * Graphviz DOT for documentation: accounts as clusters, edges labelled by their mechanism, dashed when
 * they hold only under conditions, red when a configured hop is broken. Render with
 * `dot -Tsvg trustscope.dot > trustscope.svg`. https://graphviz.org/doc/info/lang.html
 */
import type { GraphEdge, GraphNode } from '../../engine';
import { edgeKindName } from '../../i18n/edgeKindName';
import type { Translate } from '../../i18n/translate';
import { accountGroups } from './accountGroups';
import { conditionBadges, edgeStatus, type ExportInput } from './exportInput';

/** A DOT quoted string: backslashes and quotes escaped, line breaks as DOT's `\n`. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const nodeLine = (node: GraphNode, t: Translate) =>
  `${dotString(node.id)} [label=${dotString(`${node.label}\n${t(`kind.${node.kind}`)}`)}];`;

function edgeLine(edge: GraphEdge, t: Translate): string {
  const status = edgeStatus(edge);
  const badges = conditionBadges(edge);
  const label = [edgeKindName(edge.kind, t), ...(badges.length > 0 ? [badges.join(', ')] : [])].join('\n');
  const attributes = [`label=${dotString(label)}`, `tooltip=${dotString(edge.explanation)}`];
  if (status === 'conditional') attributes.push('style=dashed');
  if (status === 'broken' || status === 'refused') attributes.push('color=red', 'fontcolor=red');
  if (status === 'refused') attributes.push('style=dotted');
  return `${dotString(edge.from)} -> ${dotString(edge.to)} [${attributes.join(', ')}];`;
}

export function toDot({ analysis, t }: ExportInput): string {
  const { groups, loose } = accountGroups(analysis);
  const lines = [
    'digraph trustscope {',
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=12];',
    '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  groups.forEach((group, index) => {
    lines.push(`  subgraph cluster_${index} {`, `    label=${dotString(group.label)};`);
    for (const node of group.members) lines.push(`    ${nodeLine(node, t)}`);
    lines.push('  }');
  });
  for (const node of loose) lines.push(`  ${nodeLine(node, t)}`);
  for (const edge of analysis.edges) lines.push(`  ${edgeLine(edge, t)}`);
  lines.push('}', '');
  return lines.join('\n');
}
