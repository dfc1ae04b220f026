import type { GraphEdge } from '../../engine';
import { edgeKindName } from '../../i18n/edgeKindName';
import { edgeNoteText } from '../../i18n/edgeNoteText';
import { policyNameText } from '../../i18n/reasonText';
import { useT } from '../i18n/useT';
import { TraceView } from '../panels/TraceView';
import { useEdgeReplay } from '../panels/useEdgeReplay';
import { testIds } from '../testIds';
import type { HopLesson } from './hopLesson';

/** One hop: the request, AWS's evaluation in its order, the credentials and what to type. */
export function HopView({ lesson, index, total }: { lesson: HopLesson; index: number; total: number }) {
  const t = useT();
  const { edge, request } = lesson;
  return (
    <section data-testid={testIds.walkthroughHop(index)} data-edge-id={edge.id}>
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
            {t('walk.credentials')} <span className="badge badge--simulated">{t('walk.simulated')}</span>
          </h4>
          <pre className="code">{JSON.stringify(lesson.credentials, null, 2)}</pre>
        </>
      )}
      {lesson.snippets.map((s) => (
        <div key={s.kind} data-testid={testIds.walkthroughSnippet(s.kind)}>
          <p className="small muted">{t(`walk.snippet.${s.kind}`)}</p>
          <pre className="code">{s.text}</pre>
        </div>
      ))}
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
          <TraceView result={result} />
        </div>
      ))}
    </div>
  );
}
