import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphEdge } from '../../engine';
import { sessionAlong } from '../../engine/pageIndex';
import { useAnalysis } from '../../state/selectors/analysis';
import { useActiveTrustPath } from '../../state/selectors/selection';
import { edgeKindName } from '../../i18n/edgeKindName';
import { sessionDuration } from '../i18n/sessionDuration';
import { sessionNoteText } from '../i18n/sessionNote';
import { useT } from '../i18n/useT';
import { TraceView } from '../panels/TraceView';
import { useEdgeReplay } from '../panels/useEdgeReplay';
import { edgeNoteText } from '../../i18n/edgeNoteText';
import { policyNameText } from '../../i18n/reasonText';
import { Dialog } from '../app/Dialog';
import { testIds } from '../testIds';
import { buildHopLesson, profileAfter, type HopLesson } from './hopLesson';

/** Plays the path being shown, hop by hop: the request, AWS's evaluation, the credentials, the commands. */
export function Walkthrough({ onClose }: { onClose: () => void }) {
  const t = useT();
  const analysis = useAnalysis();
  const path = useActiveTrustPath();
  const [step, setStep] = useState(0);
  const top = useRef<HTMLHeadingElement>(null);
  // Each hop is read from its start, wherever the Next button was.
  useEffect(() => {
    // A block body: newer browsers return a promise from scrollIntoView, which must not look like a cleanup.
    void top.current?.scrollIntoView({ block: 'start' });
  }, [step]);
  // Expiry times count from when the walk-through opened.
  const [now] = useState(() => Date.now());

  const lessons = useMemo(() => {
    if (!analysis || !path) return [];
    const nodes = new Map(analysis.nodes.map((n) => [n.id, n]));
    const edges = new Map(analysis.edges.map((e) => [e.id, e]));
    const hops = path.edges.flatMap((id) => edges.get(id) ?? []);
    const out: HopLesson[] = [];
    let previous: string | undefined;
    hops.forEach((edge, i) => {
      const session = sessionAlong(hops.slice(0, i + 1), nodes);
      const lesson = buildHopLesson(edge, nodes, previous, session.maxDurationSeconds || undefined, now);
      previous = profileAfter(lesson) ?? previous;
      out.push(lesson);
    });
    return out;
  }, [analysis, path, now]);

  if (!path || lessons.length === 0) return null;
  const done = step >= lessons.length;
  const lesson = lessons[Math.min(step, lessons.length - 1)] as HopLesson;
  const last = lessons[lessons.length - 1] as HopLesson;

  return (
    <Dialog label={t('walk.title')} onClose={onClose} testId={testIds.walkthrough} wide>
      <h2 ref={top}>{t('walk.title')}</h2>
      {done ? (
        <div data-testid={testIds.walkthroughDone}>
          <p>
            {t('walk.done', {
              role: last.to?.label ?? last.edge.to,
              duration: sessionDuration(last.durationSeconds ?? 3600, t),
            })}
          </p>
          {path.session.notes.map((n) => (
            <p key={n.code} className="small muted">
              {sessionNoteText(n, t)}
            </p>
          ))}
        </div>
      ) : (
        <HopView lesson={lesson} index={step} total={lessons.length} />
      )}
      <div className="button-row">
        <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
          {t('walk.back')}
        </button>
        {!done && (
          <button type="button" data-testid={testIds.walkthroughNext} onClick={() => setStep(step + 1)}>
            {step === lessons.length - 1 ? t('walk.finish') : t('walk.next')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('walk.close')}
        </button>
      </div>
    </Dialog>
  );
}

function HopView({ lesson, index, total }: { lesson: HopLesson; index: number; total: number }) {
  const t = useT();
  const { edge, request } = lesson;
  return (
    <section data-testid={testIds.walkthroughHop(index)}>
      <h3>
        {t('walk.hop', { n: index + 1, total })}
        {t('trace.colon')}
        {lesson.from?.label ?? edge.from} → {lesson.to?.label ?? edge.to}{' '}
        <span className="badge badge--kind">{edgeKindName(edge.kind, t)}</span>
      </h3>
      {request && (
        <>
          <h4>{t('walk.request')}</h4>
          <dl className="facts">
            <dt>{t('walk.caller')}</dt>
            <dd className="mono">{request.principal}</dd>
            <dt>{t('walk.action')}</dt>
            <dd className="mono">{edge.decisions.map((d) => d.action).join(' + ')}</dd>
            <dt>{t('walk.resource')}</dt>
            <dd className="mono">{request.targetArn}</dd>
            {Object.keys(request.context).length > 0 && (
              <>
                <dt>{t('walk.context')}</dt>
                <dd className="mono small">
                  {Object.entries(request.context).map(([k, v]) => (
                    <div key={k}>
                      {k} = {Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}
                    </div>
                  ))}
                </dd>
              </>
            )}
          </dl>
        </>
      )}
      <HopEvaluation edge={edge} />
      {lesson.note && <p className="small">{t(lesson.note)}</p>}
      {lesson.credentials && (
        <>
          <h4>
            {t('walk.credentials')} <span className="badge badge--condition">{t('walk.simulated')}</span>
          </h4>
          <pre className="code">{JSON.stringify(lesson.credentials, null, 2)}</pre>
        </>
      )}
      {lesson.podSpec && (
        <>
          <p className="small muted">{t('walk.podSpec')}</p>
          <pre className="code">{lesson.podSpec}</pre>
        </>
      )}
      {(lesson.cli ?? lesson.env ?? lesson.profile) && <h4>{t('walk.commands')}</h4>}
      {lesson.cli && <pre className="code">{lesson.cli}</pre>}
      {lesson.env && <pre className="code">{lesson.env}</pre>}
      {lesson.profile && (
        <>
          <p className="small muted">{t('walk.profile')}</p>
          <pre className="code">{lesson.profile}</pre>
        </>
      )}
    </section>
  );
}

/** AWS's evaluation of the hop, step by step, replayed by the worker with its full trace. */
function HopEvaluation({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const results = useEdgeReplay(edge);
  if (edge.decisions.length === 0)
    return <p className="small">{edge.note ? edgeNoteText(edge.note, t) : edge.explanation}</p>;
  return (
    <div aria-busy={results === null}>
      <h4>{t('walk.evaluation')}</h4>
      {results?.map(({ action, result }) => (
        <div key={action}>
          <p>
            <strong>{action}</strong>
            {t('trace.colon')}
            {t(`decision.${result.decision}`)}
            {result.decidedBy && (
              <span className="small muted">
                {' '}
                — {t('walk.decidedBy')}
                {t('trace.colon')}
                {policyNameText(result.decidedBy.policy, t)} #{result.decidedBy.index + 1}
                {result.decidedBy.sid ? t('trace.sid', { sid: result.decidedBy.sid }) : ''}
              </span>
            )}
          </p>
          <TraceView trace={result.trace} />
        </div>
      ))}
    </div>
  );
}
