/**
 * The analysis worded in a language from the app's own message catalogues: findings, assumptions and
 * every edge's why. The command line (`--lang`) and the engine worker (the Export menu) word it the
 * same way. Codes and parameters stay beside the worded text.
 */
import {
  decidingOf,
  replayEdge,
  type Analysis,
  type Assumption,
  type AssumptionSummary,
  type Finding,
  type GraphEdge,
  type PreparedScenario,
} from '../../engine';
import { assumptionText } from '../../i18n/assumptionText';
import { edgeNoteText } from '../../i18n/edgeNoteText';
import { findingExplanation, findingTitle } from '../../i18n/findingText';
import { reasonText } from '../../i18n/reasonText';
import { translator, type Language, type Translate } from '../../i18n/translate';
import type { ExportInput } from './exportInput';

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

/**
 * The analysis's edges in `language`; English is the engine's own words. The language's catalogue
 * must be registered (`everyCatalogue.ts` in Node, `loadCatalogue` in a worker).
 */
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

/**
 * What the exports read: the analysis with its edges and findings worded in `language`. The
 * language's catalogue must be registered.
 */
export function exportInput(
  analysis: Pick<Analysis, 'nodes' | 'edges' | 'findings'>,
  prepared: () => PreparedScenario,
  language: Language,
): ExportInput {
  const t = translator(language);
  return {
    analysis: {
      nodes: analysis.nodes,
      edges: wordedEdges(analysis.edges, prepared, language),
      findings: language === 'en' ? analysis.findings : analysis.findings.map((f) => wordFinding(f, t)),
    },
    t,
  };
}
