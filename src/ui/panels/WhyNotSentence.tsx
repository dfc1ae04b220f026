import type { WhyNot } from '../../engine';
import { useEdgeExplanation } from '../../state/selectors/analysis';
import { usePathFrom, usePathTo } from '../../state/selectors/selection';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { whyNotText } from '../../i18n/reasonText';

/** The path finder's "why not" in the learner's language; the engine's English on hover. */
export function WhyNotSentence({ answer }: { answer: WhyNot }) {
  const t = useT();
  const from = usePathFrom() ?? '';
  const to = usePathTo() ?? '';
  const edgeWords = useEdgeExplanation(answer.edgeId, answer.sentence);
  return (
    <p data-testid={testIds.whyNot} title={answer.sentence}>
      {whyNotText(answer, { from, to, edgeWords }, t)}
    </p>
  );
}
