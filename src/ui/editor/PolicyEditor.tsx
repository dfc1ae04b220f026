import { useEffect, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import type { Diagnostic } from '../../engine/types';
import { useAppStore } from '../../state/StoreProvider';

const severities = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function toMarkers(diagnostics: Diagnostic[]): monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => ({
    severity: severities[d.severity],
    code: d.code,
    message: d.message,
    source: 'trustscope',
    startLineNumber: d.range.start.line,
    startColumn: d.range.start.column,
    endLineNumber: d.range.end.line,
    endColumn: d.range.end.column,
  }));
}

/** The Monaco editor for one scenario document; its model URI is the document id, so undo history is per document. */
export default function PolicyEditor({ documentId }: { documentId: string }) {
  const text = useAppStore((s) => s.documentTexts[documentId] ?? '');
  const setDocumentText = useAppStore((s) => s.setDocumentText);
  const diagnostics = useAppStore((s) => s.lints[documentId]?.diagnostics);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onMount: OnMount = (mounted) => setEditor(mounted);

  useEffect(() => {
    const model = editor?.getModel();
    if (model && diagnostics) monaco.editor.setModelMarkers(model, 'trustscope', toMarkers(diagnostics));
  }, [editor, diagnostics, documentId]);

  return (
    <Editor
      path={`trustscope://${encodeURIComponent(documentId)}.json`}
      language="json"
      theme="vs"
      defaultValue={text}
      onMount={onMount}
      onChange={(value) => setDocumentText(documentId, value ?? '')}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
      }}
    />
  );
}
