/** The formats the analysed graph exports to, with the file each is saved as. No imports: the page reads it. */
export type ExportFormat = 'opengraph' | 'cypher' | 'dot' | 'mermaid';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['opengraph', 'cypher', 'dot', 'mermaid'];

export const EXPORT_FILES: Readonly<Record<ExportFormat, { filename: string; mimeType: string }>> = {
  opengraph: { filename: 'trustscope-opengraph.json', mimeType: 'application/json' },
  cypher: { filename: 'trustscope.cypher', mimeType: 'text/plain' },
  dot: { filename: 'trustscope.dot', mimeType: 'text/vnd.graphviz' },
  mermaid: { filename: 'trustscope.mmd', mimeType: 'text/plain' },
};
