/**
 * `--lang en|zh-Hans|zh-Hant`: the command line words what the engine returns as data (findings,
 * assumptions, a decision's reason and its steps) from the app's own message catalogues. Codes and
 * parameters stay beside the worded text; an edge's explanation stays the engine's English (its
 * reasons are kept only when replayed: `can`).
 */
import type { Analysis, AssumptionSummary, EvaluationResult, Finding } from '../engine';
import { assumptionText } from '../i18n/assumptionText';
import { findingExplanation, findingTitle } from '../i18n/findingText';
import { reasonText, stepText } from '../i18n/reasonText';
import { LANGUAGES, translator, type Language, type Translate } from '../i18n/translate';
import { UsageError } from './command';

export function languageOption(options: Record<string, string>): Language {
  const lang = options.lang ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new UsageError(`--lang takes ${LANGUAGES.join(', ')}, not ${JSON.stringify(lang)}`);
  return lang as Language;
}

function wordFinding(f: Finding, t: Translate): Finding {
  return {
    ...f,
    title: findingTitle(f, t),
    explanation: findingExplanation(f, t),
    assumptions: f.assumptions.map((a) => ({ ...a, text: assumptionText(a, t) })),
  };
}

/** The findings and the assumptions summary in `language`; English is the engine's own words. */
export function wordedFindings(
  analysis: Pick<Analysis, 'findings'>,
  summary: AssumptionSummary,
  language: Language,
): { findings: Finding[]; assumptions: AssumptionSummary } {
  if (language === 'en') return { findings: analysis.findings, assumptions: summary };
  const t = translator(language);
  return {
    findings: analysis.findings.map((f) => wordFinding(f, t)),
    assumptions: {
      ...summary,
      assumptions: summary.assumptions.map((a) => ({ ...a, text: assumptionText(a, t) })),
    },
  };
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
