import type { EvaluationResult, PolicyTrace } from '../../engine';
import { useAction } from '../../state/selectors/actions';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { elementText, policyNameText, stepText } from '../../i18n/reasonText';
import { shownSteps } from './shownSteps';

/** One evaluation's trace in the learner's language: each step of AWS's flow, then each policy's statements. */
export function TraceView({ result }: { result: Pick<EvaluationResult, 'decision' | 'reason' | 'trace'> }) {
  const t = useT();
  return (
    <>
      <ol className="steps" data-testid={testIds.edgeTraceSteps}>
        {shownSteps(result).map((s) => (
          <li key={s.step} className={`step step--${s.outcome}`}>
            <span className="step__name">{t(`edge.step.${s.step}`)}</span>{' '}
            <span className={`outcome outcome--${s.outcome}`}>
              {s.outcome === 'not-needed' ? t('walk.outcome.notNeeded') : t(`outcome.${s.outcome}`)}
            </span>
            {s.outcome === 'not-needed' && <div className="small">{t('walk.identityNotNeeded')}</div>}
            {/* The engine's English on hover: the same finding, in the words the CLI prints. */}
            <div className={s.outcome === 'not-needed' ? 'small muted' : 'small'} title={s.message}>
              {stepText(s.reason, t)}
            </div>
          </li>
        ))}
      </ol>
      {result.trace.policies.map((p) => (
        <PolicyView key={`${p.kind}|${p.name}|${p.level ?? ''}`} policy={p} />
      ))}
    </>
  );
}

function PolicyView({ policy }: { policy: PolicyTrace }) {
  const t = useT();
  const openDocument = useAction('openDocument');
  return (
    <div className="policy-trace">
      <p className="policy-trace__name">
        {t(`policyKind.${policy.kind}`)}
        {t('trace.colon')}
        {policyNameText(policy.name, t)}
        {policy.level ? ` @ ${policy.level}` : ''} — <strong>{t(`trace.outcome.${policy.outcome}`)}</strong>
      </p>
      <ul>
        {policy.statements.map((s) => (
          <li key={s.index} className={s.applies ? 'statement statement--applies' : 'statement'}>
            <span>
              #{s.index + 1}
              {s.sid ? t('trace.sid', { sid: s.sid }) : ''} {s.effect} — {s.applies ? '✓' : '✗'}
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
