/**
 * Monaco completion and hover providers for policy documents (models under trustscope://documents/).
 * The content comes from policyIntelligence.ts; the AWS service reference is imported on first use,
 * one service at a time (iamData.ts), so neither the initial bundle nor the editor chunk carries it.
 */
import type * as Monaco from 'monaco-editor/editor';
import type * as IamDataModule from './iamData';
import type * as IntelligenceModule from './policyIntelligence';
import type { Suggestion } from './policyIntelligence';

/** Only our documents: other JSON models (none today) keep Monaco's defaults. */
const selector: Monaco.languages.LanguageFilter = { language: 'json', scheme: 'trustscope' };

let pending: Promise<[typeof IamDataModule, typeof IntelligenceModule]> | undefined;
/** The data loader and the logic, fetched once; a failed fetch is retried on the next request. */
function intelligence() {
  pending ??= Promise.all([import('./iamData'), import('./policyIntelligence')]).catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

export function registerPolicyProviders(monaco: typeof Monaco): Monaco.IDisposable[] {
  const { CompletionItemKind, CompletionItemInsertTextRule } = monaco.languages;
  const kinds: Record<Suggestion['kind'], Monaco.languages.CompletionItemKind> = {
    service: CompletionItemKind.Module,
    action: CompletionItemKind.Function,
    wildcard: CompletionItemKind.Constant,
    conditionKey: CompletionItemKind.Property,
    resource: CompletionItemKind.Reference,
  };

  const toItem = (
    model: Monaco.editor.ITextModel,
    position: Monaco.Position,
    s: Suggestion,
  ): Monaco.languages.CompletionItem => {
    const start = model.getPositionAt(s.start);
    const end = model.getPositionAt(s.end);
    const label = {
      label: s.label,
      ...(s.detail ? { detail: s.detail } : {}),
      ...(s.description ? { description: s.description } : {}),
    };
    const item: Monaco.languages.CompletionItem = {
      label,
      kind: kinds[s.kind],
      insertText: s.insertText,
      range: {
        insert: new monaco.Range(start.lineNumber, start.column, position.lineNumber, position.column),
        replace: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
      },
    };
    if (s.snippet) item.insertTextRules = CompletionItemInsertTextRule.InsertAsSnippet;
    if (s.documentation) item.documentation = { value: s.documentation };
    if (s.sortText) item.sortText = s.sortText;
    if (s.filterText) item.filterText = s.filterText;
    if (s.retrigger) item.command = { id: 'editor.action.triggerSuggest', title: 'Suggest' };
    return item;
  };

  return [
    monaco.languages.registerCompletionItemProvider(selector, {
      triggerCharacters: ['"', ':'],
      async provideCompletionItems(model, position, _context, token) {
        const text = model.getValue();
        const offset = model.getOffsetAt(position);
        const [{ iamData }, { suggest }] = await intelligence();
        const suggestions = await suggest(iamData, text, offset);
        if (token.isCancellationRequested || model.isDisposed()) return { suggestions: [] };
        return { suggestions: suggestions.map((s) => toItem(model, position, s)) };
      },
    }),
    monaco.languages.registerHoverProvider(selector, {
      async provideHover(model, position, token) {
        const text = model.getValue();
        const [{ iamData }, { hover }] = await intelligence();
        const result = await hover(iamData, text, model.getOffsetAt(position));
        if (!result || token.isCancellationRequested || model.isDisposed()) return undefined;
        const start = model.getPositionAt(result.start);
        const end = model.getPositionAt(result.end);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          contents: result.contents.map((value) => ({ value })),
        };
      },
    }),
  ];
}
