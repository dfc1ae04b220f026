import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/translate';
import { edgeStatus } from './exportInput';
import { galleryInputs } from './exportCases.testkit';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import { mermaidString, toMermaid } from './toMermaid';

const LABEL = '"[^"]*"';
const NODE = new RegExp(`^ {2,4}(n\\d+)\\[${LABEL}\\]$`);
const SUBGRAPH = new RegExp(`^ {2}subgraph (a\\d+) \\[${LABEL}\\]$`);
const EDGE = new RegExp(`^ {2}(n\\d+) (-->|-\\.->)\\|${LABEL}\\| (n\\d+)$`);
const LINK_STYLE = /^ {2}linkStyle (\d+) stroke:#d62728,color:#d62728$/;

/** Reads the flowchart back line by line, failing on any line outside the syntax we write. */
function readFlowchart(text: string) {
  const [head, ...lines] = text.trimEnd().split('\n');
  expect(head).toBe('flowchart LR');
  const nodes = new Set<string>();
  const edges: { arrow: string; from: string; to: string }[] = [];
  const styled: number[] = [];
  let subgraph: string | undefined;
  for (const line of lines) {
    const node = NODE.exec(line);
    const group = SUBGRAPH.exec(line);
    const edge = EDGE.exec(line);
    const style = LINK_STYLE.exec(line);
    if (node) {
      expect(nodes.has(node[1] as string), line).toBe(false);
      expect(line.startsWith('    '), line).toBe(subgraph !== undefined);
      nodes.add(node[1] as string);
    } else if (group) {
      expect(subgraph, line).toBeUndefined();
      subgraph = group[1];
    } else if (line === '  end') {
      expect(subgraph).toBeDefined();
      subgraph = undefined;
    } else if (edge) edges.push({ from: edge[1] as string, arrow: edge[2] as string, to: edge[3] as string });
    else if (style) styled.push(Number(style[1]));
    else throw new Error(`not flowchart syntax we write: ${line}`);
  }
  expect(subgraph).toBeUndefined();
  return { nodes, edges, styled };
}

describe('the Mermaid export', () => {
  it.each(LANGUAGES)('is a flowchart whose every line has the syntax we write (%s)', (language) => {
    for (const { id, input } of galleryInputs(language, serviceCatalogue())) {
      const { nodes, edges, styled } = readFlowchart(toMermaid(input));
      const all = input.analysis.edges;
      expect(edges, id).toHaveLength(all.length);
      for (const e of edges) expect(nodes.has(e.from) && nodes.has(e.to), id).toBe(true);
      const dashed = all.flatMap((e, i) => (['conditional', 'refused'].includes(edgeStatus(e)) ? [i] : []));
      expect(
        edges.flatMap((e, i) => (e.arrow === '-.->' ? [i] : [])),
        id,
      ).toEqual(dashed);
      const red = all.flatMap((e, i) => (['broken', 'refused'].includes(edgeStatus(e)) ? [i] : []));
      expect(styled, id).toEqual(red);
    }
  });

  it('turns quotes and markup into entity codes, line breaks into <br/>', () => {
    expect(mermaidString('a "b" <c> #1\nd')).toBe('"a #quot;b#quot; #lt;c#gt; #35;1<br/>d"');
  });

  it('draws a broken edge red and a conditional one dashed', () => {
    const inputs = galleryInputs('en', serviceCatalogue());
    const broken = inputs.find((s) => s.id === 'eks-pod-identity-session-tags')?.input;
    const conditional = inputs.find((s) => s.id === 'confused-deputy-external-id')?.input;
    if (!broken || !conditional) throw new Error('stories missing');
    expect(toMermaid(broken)).toMatch(/linkStyle \d+ stroke:#d62728/);
    expect(toMermaid(conditional)).toContain('-.->|"assume role<br/>ExternalId"|');
  });
});
