import type { WhyNot } from '../../engine';
import { useAppStore } from '../../state/StoreProvider';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { whyNotText } from '../../i18n/reasonText';

/** The path finder's "why not" in the learner's language; the engine's English on hover. */
export function WhyNotSentence({ answer }: { answer: WhyNot }) {
  const t = useT();
  const from = useAppStore((s) => s.pathFrom) ?? '';
  const to = useAppStore((s) => s.pathTo) ?? '';
  const edgeWords = useAppStore(
    (s) => s.analysis?.edges.find((e) => e.id === answer.edgeId)?.explanation ?? answer.sentence,
  );
  return (
    <p data-testid={testIds.whyNot} title={answer.sentence}>
      {whyNotText(answer, { from, to, edgeWords }, t)}
    </p>
  );
}
