import type { GraphEdge, WhyNot } from '../../engine';
import { useAnalysisEdge } from '../../state/selectors/analysis';
import { usePathFrom, usePathTo } from '../../state/selectors/selection';
import { useT } from '../i18n/useT';
import type { Translate } from '../../i18n/translate';
import { edgeKindName } from '../../i18n/edgeKindName';
import { testIds } from '../testIds';
import { whyNotText } from '../../i18n/reasonText';

/** The edge an answer is about, said in the learner's language: who becomes whom, and how. */
function edgeSummary(edge: GraphEdge, from: string, to: string, t: Translate): string {
  const key = !edge.permitted
    ? 'edge.summary.broken'
    : edge.conditional
      ? 'edge.summary.conditional'
      : 'edge.summary.allowed';
  return t(key, { from, to, kind: edgeKindName(edge.kind, t) });
}

/** The path finder's "why not" in the learner's language; the engine's English on hover. */
export function WhyNotSentence({ answer }: { answer: WhyNot }) {
  const t = useT();
  const from = usePathFrom() ?? '';
  const to = usePathTo() ?? '';
  const edge = useAnalysisEdge(answer.edgeId);
  return (
    <p data-testid={testIds.whyNot} title={answer.sentence}>
      {whyNotText(
        answer,
        { from, to, edgeWords: edge ? edgeSummary(edge, from, to, t) : answer.sentence },
        t,
      )}
    </p>
  );
}
