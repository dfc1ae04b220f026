import type { GraphEdge } from '../../engine';
import { decisionExplanation } from '../../engine/pageIndex';
import { useEdgeEndLabels } from '../../state/selectors/analysis';
import { edgeState } from '../graph/toFlow';
import { cutLabelKey } from '../graph/cutLabel';
import { useT } from '../i18n/useT';
import { edgeKindName } from '../../i18n/edgeKindName';
import { testIds } from '../testIds';
import { AssumptionList } from './AssumptionList';
import { reasonText } from '../../i18n/reasonText';
import { edgeNoteText } from '../../i18n/edgeNoteText';
import { EscalationSection } from './EscalationSection';
import { TraceView } from './TraceView';
import { useEdgeReplay, type Replayed } from './useEdgeReplay';

/** The verdict's colour by the arrow's state: an undecided hop reads as a question, not a failure. */
const TONE = {
  permitted: 'allowed',
  conditional: 'conditional',
  broken: 'broken',
  undecided: 'conditional',
  removed: 'broken',
} as const;

/** The full decision for one hop: plain words first, then each step and statement on demand. */
export function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const t = useT();
  // A group's hop is made by the user that joined the group: the words name that user.
  const labels = useEdgeEndLabels({ from: edge.joiner ?? edge.from, to: edge.to });
  const state = edgeState(edge);
  const replayed = useEdgeReplay(edge);
  // A hop a guardrail cuts is not configured: its words say what cut it rather than "broken".
  const cut = cutLabelKey(edge) !== undefined;
  const verdict =
    state === 'undecided'
      ? t('edge.unknown')
      : state === 'broken'
        ? t(cut ? 'edge.cut' : 'edge.broken')
        : state === 'conditional'
          ? t('edge.conditional')
          : t('edge.allowed');
  return (
    <div className="edge-details">
      <h3 className="inspector__title" data-testid={testIds.inspectorTitle}>
        {t('edge.title', { kind: edgeKindName(edge.kind, t) })}
      </h3>
      <p className="mono small">
        {edge.from}
        <br />→ {edge.to}
      </p>
      <p className={`verdict verdict--${TONE[state]}`} data-testid={testIds.edgeVerdict}>
        {verdict}
      </p>
      {edge.conditional && (
        <ul className="conditions">
          {edge.conditions.map((c) => (
            <li key={`${c.key}|${c.operator}|${c.values.join(',')}`}>
              <span className="badge badge--condition">{c.label}</span>{' '}
              {c.liftsDeny && <span className="small">{t('edge.condition.liftsDeny')} </span>}
              <code>
                {c.operator} {c.key} = {c.values.join(' | ')}
              </code>
            </li>
          ))}
        </ul>
      )}
      <p className="edge-summary">
        {t(
          state === 'undecided'
            ? 'edge.summary.undecided'
            : cut
              ? 'edge.summary.cut'
              : !edge.permitted
                ? 'edge.summary.broken'
                : edge.conditional
                  ? 'edge.summary.conditional'
                  : 'edge.summary.allowed',
          {
            from: labels.from,
            to: labels.to,
            kind: edgeKindName(edge.kind, t),
          },
        )}
      </p>
      <EdgeReason edge={edge} replayed={replayed} />
      {edge.kind === 'Escalation' && <EscalationSection edge={edge} replayed={replayed} />}
      <AssumptionList assumptions={edge.assumptions} />
      <p className="muted small" data-testid={cut ? testIds.edgeCut : undefined}>
        {(cut || edge.joiner !== undefined) && edge.note
          ? edgeNoteText(edge.note, t)
          : edge.configured
            ? t('edge.configured')
            : t('edge.notConfigured')}
      </p>
      {edge.chained && <p className="muted small">{t('edge.chained')}</p>}
      {edge.decisions.length > 0 && <DecisionDetails edge={edge} replayed={replayed} />}
    </div>
  );
}

/**
 * Why, in the learner's language: the reason of the request that decided the hop (the first one AWS
 * refuses, else the first), worded from its code. The engine's English stays one click away.
 */
function EdgeReason({ edge, replayed }: { edge: GraphEdge; replayed: Replayed[] | null }) {
  const t = useT();
  const deciding = replayed?.find((r) => r.result.decision !== 'Allowed') ?? replayed?.[0];
  // A hop no request decides (a cluster without an issuer, a role not in the scenario) has a note.
  // An escalation's note says what it does; its requests' reasons are in its own section.
  const words =
    deciding && edge.kind !== 'Escalation'
      ? reasonText(deciding.result.reason, t)
      : edge.note
        ? edgeNoteText(edge.note, t)
        : replayed || edge.decisions.length === 0
          ? edge.explanation
          : '';
  return (
    <>
      <p className="edge-reason" data-testid={testIds.edgeReason}>
        {words}
      </p>
      <details className="engine-words">
        <summary className="small muted">{t('edge.engineWords')}</summary>
        <p className="small" data-testid={testIds.edgeExplanation}>
          {edge.explanation}
        </p>
      </details>
    </>
  );
}

function DecisionDetails({ edge, replayed }: { edge: GraphEdge; replayed: Replayed[] | null }) {
  const t = useT();
  return (
    <details className="decision-details" data-testid={testIds.edgeSteps}>
      <summary>{t('edge.details')}</summary>
      {edge.decisions.map((d) => {
        const traced = replayed?.find((x) => x.action === d.action);
        return (
          <div key={d.action} className="decision">
            <p>
              <strong>{d.action}</strong>
              {t('trace.colon')}
              {t(`decision.${d.decision}`)}
            </p>
            <p className="small">
              {traced ? reasonText(traced.result.reason, t) : decisionExplanation(edge, d)}
            </p>
            {traced && <TraceView result={traced.result} />}
          </div>
        );
      })}
    </details>
  );
}
