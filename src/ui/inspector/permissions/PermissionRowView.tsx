import { useState } from 'react';
import type { EvaluationResult, GraphNode, PermissionRow } from '../../../engine';
import { chainText } from '../../../i18n/chainText';
import { reasonText } from '../../../i18n/reasonText';
import { sessionLimitText } from '../../../i18n/sessionLimitText';
import { useEngine } from '../../app/ClientsContext';
import { useT } from '../../i18n/useT';
import { TraceView } from '../../panels/TraceView';
import { testIds } from '../../testIds';

const VERDICT = { Allowed: 'allowed', Conditional: 'conditional', ExplicitlyDenied: 'broken' } as const;

/** One row: the action, its outcome, its resources, the chain, the conditions, and its trace on demand. */
export function PermissionRowView(props: {
  row: PermissionRow;
  nodes: ReadonlyMap<string, GraphNode>;
  showPrincipal: boolean;
}) {
  const { row, nodes } = props;
  const t = useT();
  const engine = useEngine();
  const [trace, setTrace] = useState<EvaluationResult | null | undefined>(undefined);
  const label = (id: string) => nodes.get(id)?.label ?? id;
  const open = () =>
    engine
      .call('explainPermission', {
        via: row.via,
        action: row.action,
        resource: row.resources[0] ?? '*',
        ...(row.decision === 'Conditional' ? { context: row.context } : {}),
      })
      .then(
        ({ result }) => setTrace(result),
        () => setTrace(null),
      );
  return (
    <li
      className={`perm-row verdict--${VERDICT[row.decision]}`}
      data-testid={testIds.permissionRow(row.action)}
    >
      <div className="perm-row__head">
        <span className="mono">{row.action}</span>
        <span className="perm-row__decision">{t(`permissions.decision.${row.decision}`)}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => (trace === undefined ? void open() : setTrace(undefined))}
        >
          {trace === undefined ? t('permissions.trace') : t('permissions.hideTrace')}
        </button>
      </div>
      <div className="small mono perm-row__resources">
        {row.resources.map((r, i) => (
          <span key={r} title={r}>
            {row.resourceNodes.length > 0 && row.resourceNames[i] ? row.resourceNames[i] : r}
          </span>
        ))}
      </div>
      <div className="small muted" data-testid={testIds.permissionChain}>
        {props.showPrincipal || row.via.length > 1
          ? chainText(row.via, row.hops, label, t)
          : t('permissions.itself')}
      </div>
      {row.decision === 'Conditional' && (
        <div className="small">{t('permissions.if', { conditions: conditionText(row.conditions) })}</div>
      )}
      {row.viaConditions.length > 0 && (
        <div className="small">
          {t('permissions.chainIf', { conditions: conditionText(row.viaConditions) })}
        </div>
      )}
      {row.sessionPolicies && (
        <div className="small" data-testid={testIds.permissionSessionLimit}>
          {sessionLimitText(row.sessionPolicies, t)}
        </div>
      )}
      {row.decision === 'ExplicitlyDenied' && <div className="small">{reasonText(row.reason, t)}</div>}
      {trace && (
        <div className="perm-row__trace">
          <p className="small">{reasonText(trace.reason, t)}</p>
          <TraceView result={trace} />
        </div>
      )}
    </li>
  );
}

function conditionText(conditions: PermissionRow['conditions']): string {
  return conditions
    .map((c) => `${c.liftsDeny ? 'NOT ' : ''}${c.key} (${c.operator} ${c.values.join(', ')})`)
    .join('; ');
}
