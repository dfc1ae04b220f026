/**
 * `--lang en|zh-Hans|zh-Hant`: the command line words what the engine returns as data (findings,
 * assumptions, a decision's reason and its steps, an edge's why) from the app's own message
 * catalogues. Codes and parameters stay beside the worded text.
 */
import {
  decidingOf,
  replayEdge,
  type Analysis,
  type Assumption,
  type AssumptionSummary,
  type EvaluationResult,
  type Finding,
  type GraphEdge,
  type PreparedScenario,
} from '../engine';
import { assumptionText } from '../i18n/assumptionText';
import { edgeNoteText } from '../i18n/edgeNoteText';
import '../i18n/everyCatalogue';
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

const wordAssumptions = <A extends Assumption>(list: readonly A[], t: Translate): A[] =>
  list.map((a) => ({ ...a, text: assumptionText(a, t) }));

function wordFinding(f: Finding, t: Translate): Finding {
  return {
    ...f,
    title: findingTitle(f, t),
    explanation: findingExplanation(f, t),
    assumptions: wordAssumptions(f.assumptions, t),
  };
}

/**
 * An edge with its explanation, its decisions' and its assumptions' in `t`'s language: a note is
 * worded from its code; an evaluated hop is replayed, since the bulk analysis keeps no reasons (with
 * a trace when refused: only a traced replay names the condition that was missed).
 */
function wordEdge(edge: GraphEdge, prepared: PreparedScenario, t: Translate): GraphEdge {
  const replayed = edge.decisions.length > 0 ? replayEdge(prepared, edge, { trace: !edge.permitted }) : [];
  const deciding = decidingOf(replayed);
  const explanation = edge.note
    ? edgeNoteText(edge.note, t)
    : deciding
      ? reasonText(deciding.result.reason, t)
      : edge.explanation;
  const decisions = edge.decisions.map((d) => {
    const result = replayed.find((r) => r.action === d.action)?.result;
    return d.explanation !== undefined && result ? { ...d, explanation: reasonText(result.reason, t) } : d;
  });
  return { ...edge, explanation, decisions, assumptions: wordAssumptions(edge.assumptions, t) };
}

/** The analysis's edges in `language`; English is the engine's own words. */
export function wordedEdges(
  edges: readonly GraphEdge[],
  prepared: () => PreparedScenario,
  language: Language,
): readonly GraphEdge[] {
  if (language === 'en') return edges;
  const t = translator(language);
  const scenario = prepared();
  return edges.map((edge) => wordEdge(edge, scenario, t));
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
      assumptions: wordAssumptions(summary.assumptions, t),
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
