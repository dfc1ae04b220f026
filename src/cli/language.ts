/**
 * `--lang en|zh-Hans|zh-Hant`: the command line words what the engine returns as data (findings,
 * assumptions, a decision's reason and its steps, an edge's why) from the app's own message
 * catalogues. Codes and parameters stay beside the worded text.
 */
import type { EvaluationResult } from '../engine';
import '../i18n/everyCatalogue';
import { reasonText, stepText } from '../i18n/reasonText';
import { LANGUAGES, translator, type Language } from '../i18n/translate';
import { UsageError } from './command';

// The analysis's wording lives beside the exports, which the engine worker words the same way.
export { wordedEdges, wordedFindings } from '../share/export/wordAnalysis';

export function languageOption(options: Record<string, string>): Language {
  const lang = options.lang ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new UsageError(`--lang takes ${LANGUAGES.join(', ')}, not ${JSON.stringify(lang)}`);
  return lang as Language;
}

/** A decision with its explanation and its steps' messages in `language`. */
export function wordedResult(result: EvaluationResult, language: Language): EvaluationResult {
  if (language === 'en') return result;
  const t = translator(language);
  return {
    ...result,
    explanation: reasonText(result.reason, t),
    trace: {
      ...result.trace,
      steps: result.trace.steps.map((s) => ({ ...s, message: stepText(s.reason, t) })),
    },
  };
}
