import { useEffect, useState } from 'react';
import type { EvaluationResult, GraphEdge, PolicyTrace } from '../../engine';
import { decisionExplanation } from '../../engine/graph/hopRequest';
import { useEngine } from '../app/ClientsContext';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/StoreProvider';
import { edgeState } from '../graph/toFlow';
import { useT } from '../i18n/useT';
import { edgeKindName } from '../i18n/edgeKindName';
import { testIds } from '../testIds';
import { AssumptionList } from './AssumptionList';

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
      <p className="small muted">{t('edge.engineWords')}</p>
      <p data-testid={testIds.edgeExplanation}>{edge.explanation}</p>
      <AssumptionList assumptions={edge.assumptions} />
      <p className="muted small">{edge.configured ? t('edge.configured') : t('edge.notConfigured')}</p>
      {edge.chained && <p className="muted small">{t('edge.chained')}</p>}
      {edge.decisions.length > 0 && <DecisionDetails edge={edge} />}
    </div>
  );
}

function DecisionDetails({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const engine = useEngine();
  const [traces, setTraces] = useState<{ action: string; result: EvaluationResult }[] | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    let live = true;
    engine.call('explainEdge', { edgeId: edge.id }).then(
      ({ decisions }) => live && setTraces(decisions),
      () => live && setTraces([]),
    );
    return () => {
      live = false;
    };
  }, [engine, edge.id, open]);
  return (
    <details
      className="decision-details"
      data-testid={testIds.edgeSteps}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t('edge.details')}</summary>
      {edge.decisions.map((d) => {
        const traced = traces?.find((x) => x.action === d.action);
        return (
          <div key={d.action} className="decision">
            <p>
              <strong>{d.action}</strong>: {d.decision}
            </p>
            <p className="small">{decisionExplanation(edge, d)}</p>
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
      <ol className="steps">
        {trace.steps.map((s) => (
          <li key={s.step} className={`step step--${s.outcome}`}>
            <span className="step__name">{t(`edge.step.${s.step}`)}</span>{' '}
            <span className={`outcome outcome--${s.outcome}`}>{t(`outcome.${s.outcome}`)}</span>
            <div className="small">{s.message}</div>
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
        {policy.kind}: {policy.name}
        {policy.level ? ` @ ${policy.level}` : ''} — <strong>{policy.outcome}</strong>
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
              {s.resource.matched ? '✓' : '✗'} {s.resource.by ?? s.resource.note ?? ''}
              {s.principal &&
                ` · ${s.principal.element} ${s.principal.matched ? '✓' : '✗'} ${s.principal.by ?? s.principal.note ?? ''}`}
            </div>
            {s.conditions.map((c) => (
              <div key={`${c.operator}|${c.key}`} className="small mono">
                {c.matched ? '✓' : '✗'} {c.operator} {c.key}: policy [{c.policyValues.join(', ')}] vs request{' '}
                {c.requestValues === null ? '(absent)' : `[${c.requestValues.join(', ')}]`}
              </div>
            ))}
          </li>
        ))}
      </ul>
      {policy.otherStatements > 0 && (
        <p className="muted small">+{policy.otherStatements} statement(s) not about this action</p>
      )}
    </div>
  );
}
