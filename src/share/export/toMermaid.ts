/**
 * A Mermaid flowchart for documentation (Markdown on GitHub and GitLab renders it): accounts as
 * subgraphs, edges labelled by their mechanism, dashed when they hold only under conditions, red
 * when a configured hop is broken. https://mermaid.js.org/syntax/flowchart.html
 */
import type { GraphEdge, GraphNode } from '../../engine';
import { edgeKindName } from '../../i18n/edgeKindName';
import type { Translate } from '../../i18n/translate';
import { accountGroups } from './accountGroups';
import { conditionBadges, edgeStatus, type ExportInput } from './exportInput';

/**
 * A quoted Mermaid label: quotes and the characters Mermaid reads as markup become entity codes,
 * line breaks `<br/>`. https://mermaid.js.org/syntax/flowchart.html#entity-codes-to-escape-characters
 */
export function mermaidString(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\r?\n/g, '<br/>');
  return `"${escaped}"`;
}

function edgeLine(edge: GraphEdge, ids: (id: string) => string, t: Translate): string {
  const badges = conditionBadges(edge);
  const label = [edgeKindName(edge.kind, t), ...(badges.length > 0 ? [badges.join(', ')] : [])].join('\n');
  const status = edgeStatus(edge);
  const arrow = status === 'conditional' || status === 'refused' ? '-.->' : '-->';
  return `${ids(edge.from)} ${arrow}|${mermaidString(label)}| ${ids(edge.to)}`;
}

/** Mermaid ids are short (`n0`, `n1`…): ARNs hold characters its ids cannot. */
function idMaker(): (id: string) => string {
  const ids = new Map<string, string>();
  return (id) => {
    let short = ids.get(id);
    if (!short) {
      short = `n${ids.size}`;
      ids.set(id, short);
    }
    return short;
  };
}

export function toMermaid({ analysis, t }: ExportInput): string {
  const { groups, loose } = accountGroups(analysis);
  const ids = idMaker();
  const nodeLine = (node: GraphNode) =>
    `${ids(node.id)}[${mermaidString(`${node.label}\n${t(`kind.${node.kind}`)}`)}]`;
  const lines = ['flowchart LR'];
  groups.forEach((group, index) => {
    lines.push(`  subgraph a${index} [${mermaidString(group.label)}]`);
    for (const node of group.members) lines.push(`    ${nodeLine(node)}`);
    lines.push('  end');
  });
  for (const node of loose) lines.push(`  ${nodeLine(node)}`);
  analysis.edges.forEach((edge) => lines.push(`  ${edgeLine(edge, ids, t)}`));
  analysis.edges.forEach((edge, index) => {
    const status = edgeStatus(edge);
    if (status === 'broken' || status === 'refused')
      lines.push(`  linkStyle ${index} stroke:#d62728,color:#d62728`);
  });
  lines.push('');
  return lines.join('\n');
}
