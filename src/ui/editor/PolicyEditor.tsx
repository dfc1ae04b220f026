import { useEffect, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import type { DocumentProblem } from '../../engine';
import { diagnosticText } from '../../i18n/diagnosticText';
import type { Language } from '../../i18n/translate';
import { useAction } from '../../state/selectors/actions';
import { useDocumentText, useHasDocument } from '../../state/selectors/scenario';
import { useReveal } from '../../state/selectors/selection';
import { useLanguage, useTheme } from '../../state/selectors/view';
import { monaco } from './monacoSetup';

const severities = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function toMarkers(problems: readonly DocumentProblem[], language: Language): monaco.editor.IMarkerData[] {
  return problems.map((d) => ({
    severity: severities[d.severity],
    code: d.code,
    message: diagnosticText(language, d),
    source: 'trustscope',
    startLineNumber: d.range.start.line,
    startColumn: d.range.start.column,
    endLineNumber: d.range.end.line,
    endColumn: d.range.end.column,
  }));
}

export function modelUri(documentId: string): string {
  return `trustscope://documents/${encodeURIComponent(documentId)}.json`;
}

/** Monaco for the active document; each document has its own model (and undo history) by URI. */
export default function PolicyEditor({
  documentId,
  problems,
}: {
  documentId: string;
  problems: readonly DocumentProblem[];
}) {
  const text = useDocumentText(documentId);
  const present = useHasDocument(documentId);
  const setDocumentText = useAction('setDocumentText');
  const reveal = useReveal();
  const theme = useTheme();
  const language = useLanguage();
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onMount: OnMount = (mounted) => setEditor(mounted);

  useEffect(() => {
    const model = editor?.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'trustscope', toMarkers(problems, language));
  }, [editor, problems, documentId, language]);

  // The text changed from outside the editor (the toolbar's undo and redo): show it, as an edit
  // Monaco can undo in turn. Typing comes back here equal, and changes nothing.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model || !present || model.getValue() === text) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  }, [editor, text, present]);

  useEffect(() => {
    if (!editor || !reveal || reveal.documentId !== documentId) return;
    const { start, end } = reveal.range;
    const range = new monaco.Range(start.line, start.column, end.line, end.column);
    editor.revealRangeInCenter(range);
    editor.setSelection(range);
    editor.focus();
  }, [editor, reveal, documentId]);

  return (
    <Editor
      path={modelUri(documentId)}
      language="json"
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      defaultValue={text}
      onMount={onMount}
      onChange={(value) => setDocumentText(documentId, value ?? '')}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        // Actions, ARNs and condition keys are strings: suggest while typing inside them too.
        quickSuggestions: { other: 'on', comments: 'off', strings: 'on' },
      }}
    />
  );
}
