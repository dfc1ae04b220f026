/** Every data-testid the app renders, in one registry shared by components and Playwright page objects. */
export const testIds = {
  app: 'app',
  explorer: 'scenario-explorer',
  explorerDocument: (documentId: string) => `explorer-document:${documentId}`,
  canvas: 'graph-canvas',
  graphNode: (nodeId: string) => `graph-node:${nodeId}`,
  inspector: 'inspector',
  inspectorTitle: 'inspector-title',
  inspectorDocument: (documentId: string) => `inspector-document:${documentId}`,
  editorPanel: 'editor-panel',
  editorTitle: 'editor-title',
  editorClose: 'editor-close',
  editorLoading: 'editor-loading',
  editorProblems: 'editor-problems',
  engineStatus: 'engine-status',
} as const;
