import type { EvaluationResult, GraphEdge, PolicyTrace } from '../../engine';
import { decisionExplanation } from '../../engine/graph/hopRequest';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/StoreProvider';
import { edgeState } from '../graph/toFlow';
import { useT } from '../i18n/useT';
import { edgeKindName } from '../i18n/edgeKindName';
import { testIds } from '../testIds';
import { AssumptionList } from './AssumptionList';
import { elementText, reasonText, stepText } from './reasonText';
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
  const labels = useAppStore(
    useShallow((s) => ({
      from: s.analysis?.nodes.find((n) => n.id === edge.from)?.label ?? edge.from,
      to: s.analysis?.nodes.find((n) => n.id === edge.to)?.label ?? edge.to,
    })),
  );
  const state = edgeState(edge);
  const replayed = useEdgeReplay(edge);
  const verdict =
    state === 'undecided'
      ? t('edge.unknown')
      : state === 'broken'
        ? t('edge.broken')
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
      <AssumptionList assumptions={edge.assumptions} />
      <p className="muted small">{edge.configured ? t('edge.configured') : t('edge.notConfigured')}</p>
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
  // A hop no request decides (a cluster without an issuer, a role not in the scenario) has only words.
  const words = deciding
    ? reasonText(deciding.result.reason, t)
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
              <strong>{d.action}</strong>: {t(`decision.${d.decision}`)}
            </p>
            <p className="small">
              {traced ? reasonText(traced.result.reason, t) : decisionExplanation(edge, d)}
            </p>
            {traced && <TraceView trace={traced.result.trace} />}
          </div>
        );
      })}
    </details>
  );
}

export function TraceView({ trace }: { trace: EvaluationResult['trace'] }) {
  const t = useT();
  return (
    <>
      <ol className="steps" data-testid={testIds.edgeTraceSteps}>
        {trace.steps.map((s) => (
          <li key={s.step} className={`step step--${s.outcome}`}>
            <span className="step__name">{t(`edge.step.${s.step}`)}</span>{' '}
            <span className={`outcome outcome--${s.outcome}`}>{t(`outcome.${s.outcome}`)}</span>
            {/* The engine's English on hover: the same finding, in the words the CLI prints. */}
            <div className="small" title={s.message}>
              {stepText(s.reason, t)}
            </div>
          </li>
        ))}
      </ol>
      {trace.policies.map((p) => (
        <PolicyView key={`${p.kind}|${p.name}|${p.level ?? ''}`} policy={p} />
      ))}
    </>
  );
}

function PolicyView({ policy }: { policy: PolicyTrace }) {
  const t = useT();
  const openDocument = useAppStore((s) => s.openDocument);
  return (
    <div className="policy-trace">
      <p className="policy-trace__name">
        {t(`policyKind.${policy.kind}`)}: {policy.name}
        {policy.level ? ` @ ${policy.level}` : ''} — <strong>{t(`trace.outcome.${policy.outcome}`)}</strong>
      </p>
      <ul>
        {policy.statements.map((s) => (
          <li key={s.index} className={s.applies ? 'statement statement--applies' : 'statement'}>
            <span>
              #{s.index + 1}
              {s.sid ? ` "${s.sid}"` : ''} {s.effect} — {s.applies ? '✓' : '✗'}
            </span>
            {policy.documentId && s.range && (
              <button
                type="button"
                className="link-button small"
                onClick={() => openDocument(policy.documentId as string, s.range)}
              >
                {t('edge.openAt', { line: s.range.start.line })}
              </button>
            )}
            <div className="small">
              {s.action.element} {s.action.matched ? '✓' : '✗'} {s.action.by ?? ''} · {s.resource.element}{' '}
              {s.resource.matched ? '✓' : '✗'} {elementText(s.resource, t)}
              {s.principal &&
                ` · ${s.principal.element} ${s.principal.matched ? '✓' : '✗'} ${elementText(s.principal, t)}`}
            </div>
            {s.conditions.map((c) => (
              <div key={`${c.operator}|${c.key}`} className="small mono">
                {t('trace.condition', {
                  mark: c.matched ? '✓' : '✗',
                  operator: c.operator,
                  key: c.key,
                  expected: c.policyValues.join(', '),
                  actual: c.requestValues === null ? t('trace.absent') : `[${c.requestValues.join(', ')}]`,
                })}
              </div>
            ))}
          </li>
        ))}
      </ul>
      {policy.otherStatements > 0 && (
        <p className="muted small">{t('trace.otherStatements', { count: policy.otherStatements })}</p>
      )}
    </div>
  );
}
