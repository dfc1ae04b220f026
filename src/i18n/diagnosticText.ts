/**
 * A policy diagnostic in the reader's language, worded from its code and arguments by that
 * language's catalogue (diagnosticsZhHans.ts, diagnosticsZhHant.ts). English is the registry's own
 * message. Like the other catalogues, the page registers only the user's language (loadCatalogue.ts).
 */
import type { Diagnostic, DiagnosticArgs, DiagnosticKey, DiagnosticRegistry } from '../engine';
import { spaced, type Language } from './translate';

/** Each code's wording in one language: a missing code or wrong arguments fails the typecheck. */
export type DiagnosticWording = {
  readonly [K in DiagnosticKey as DiagnosticRegistry[K]['code']]: (...args: DiagnosticArgs<K>) => string;
};

type Word = (...args: readonly unknown[]) => string;

const wordings = new Map<Language, ReadonlyMap<string, Word>>();

export function registerDiagnostics(language: Language, wording: DiagnosticWording): void {
  wordings.set(language, new Map(Object.entries(wording as Readonly<Record<string, Word>>)));
}

/** The diagnostic's message in `language`: its English `message` where the language has no wording. */
export function diagnosticText(
  language: Language,
  diagnostic: Pick<Diagnostic, 'code' | 'message' | 'args'>,
): string {
  const word = wordings.get(language)?.get(diagnostic.code);
  return word === undefined ? diagnostic.message : spaced(word(...diagnostic.args));
}
