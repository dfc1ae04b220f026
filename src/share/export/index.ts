/** The analysed graph for other tools: BloodHound CE's OpenGraph, a Cypher script, Graphviz DOT, Mermaid. */
import type { ExportInput } from './exportInput';
import type { ExportFormat } from './formats';
import { toCypher } from './toCypher';
import { toDot } from './toDot';
import { toMermaid } from './toMermaid';
import { toOpenGraph } from './toOpenGraph';

export type { ExportInput } from './exportInput';
export { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from './formats';
export { exportInput } from './wordAnalysis';

/** The graph as the text of a file in `format`. */
export function exportText(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'opengraph':
      return `${JSON.stringify(toOpenGraph(input), null, 2)}\n`;
    case 'cypher':
      return toCypher(input);
    case 'dot':
      return toDot(input);
    case 'mermaid':
      return toMermaid(input);
  }
}
