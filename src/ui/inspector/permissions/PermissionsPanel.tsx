import { useMemo, useState } from 'react';
import type { AccessLevel, GraphEdge, GraphNode, PermissionDecision } from '../../../engine';
import { ACCESS_LEVELS, undecidedHops } from '../../../engine/pageIndex';
import { undecidedText } from '../../../i18n/undecidedText';
import { useAppStore } from '../../../state/StoreProvider';
import { download } from '../../app/download';
import { useT } from '../../i18n/useT';
import { testIds } from '../../testIds';
import { PermissionGroups } from './PermissionGroups';
import {
  filterRows,
  NO_FILTER,
  rowsToCsv,
  rowsToJson,
  servicesOf,
  type PermissionFilter,
} from './permissionView';
import { usePermissionRows } from './usePermissionRows';
import './permissions.css';

const DECISIONS: PermissionDecision[] = ['Allowed', 'Conditional', 'ExplicitlyDenied'];

interface PanelProps {
  node: GraphNode;
  question: 'permissions' | 'whoCanAccess';
}

/**
 * The inspector's effective permissions of a node (what it can do, itself and at the end of each
 * chain) or, for a resource or role, who can reach it: searchable, filterable, exportable, each row
 * with its trace. Folded until asked for: an administrator's session alone has some 22,000 rows,
 * which the worker works out and the page lays out only for a reader who opens the panel.
 */
export function PermissionsPanel(props: PanelProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const title = props.question === 'permissions' ? t('permissions.title') : t('permissions.whoTitle');
  return (
    <details
      className="permissions"
      data-testid={testIds.permissionsPanel(props.question)}
      aria-label={title}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <strong>{title}</strong>
      </summary>
      {open && <PermissionsBody {...props} />}
    </details>
  );
}

/** The open panel: the worker's rows, filtered and shown. */
function PermissionsBody({ node, question }: PanelProps) {
  const t = useT();
  const analysis = useAppStore((s) => s.analysis);
  const nodes = useMemo(() => new Map(analysis?.nodes.map((n) => [n.id, n]) ?? []), [analysis]);
  const [includeDenied, setIncludeDenied] = useState(false);
  const [filter, setFilter] = useState<PermissionFilter>(NO_FILTER);
  const state = usePermissionRows(question, node.id, includeDenied);
  const rows = useMemo(() => filterRows(state.rows ?? [], filter), [state.rows, filter]);
  const services = useMemo(() => servicesOf(state.rows ?? []), [state.rows]);
  const set = (patch: Partial<PermissionFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const save = (kind: 'csv' | 'json') =>
    download(
      `${node.label}-${question === 'permissions' ? 'permissions' : 'who-can-access'}.${kind}`,
      new Blob([kind === 'csv' ? rowsToCsv(rows) : rowsToJson(rows)], {
        type: kind === 'csv' ? 'text/csv' : 'application/json',
      }),
    );
  return (
    <div>
      <div className="permissions__filters">
        <input
          type="search"
          value={filter.search}
          placeholder={t('permissions.search')}
          aria-label={t('permissions.search')}
          data-testid={testIds.permissionsSearch}
          onChange={(e) => set({ search: e.target.value })}
        />
        <select
          value={filter.service}
          aria-label={t('permissions.allServices')}
          onChange={(e) => set({ service: e.target.value })}
        >
          <option value="">{t('permissions.allServices')}</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          value={filter.level}
          aria-label={t('permissions.allLevels')}
          onChange={(e) => set({ level: e.target.value as AccessLevel | '' })}
        >
          <option value="">{t('permissions.allLevels')}</option>
          {ACCESS_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`permissions.level.${l}`)}
            </option>
          ))}
        </select>
        <select
          value={filter.decision}
          aria-label={t('permissions.allDecisions')}
          onChange={(e) => set({ decision: e.target.value as PermissionDecision | '' })}
        >
          <option value="">{t('permissions.allDecisions')}</option>
          {DECISIONS.filter((d) => includeDenied || d !== 'ExplicitlyDenied').map((d) => (
            <option key={d} value={d}>
              {t(`permissions.decision.${d}`)}
            </option>
          ))}
        </select>
        <label className="filter">
          <input
            type="checkbox"
            checked={includeDenied}
            onChange={(e) => setIncludeDenied(e.target.checked)}
          />
          {t('permissions.showDenied')}
        </label>
      </div>
      <PanelStatus
        state={state}
        shown={rows}
        undecided={() => (question === 'permissions' && analysis ? undecidedHops(analysis, node.id) : [])}
        nameOf={(id) => nodes.get(id)?.label ?? id}
      />
      {state.rows && rows.length > 0 && (
        <>
          <div className="button-row">
            <span className="muted small">{t('permissions.export')}</span>
            <button type="button" onClick={() => save('csv')}>
              {t('permissions.exportCsv')}
            </button>
            <button type="button" onClick={() => save('json')}>
              {t('permissions.exportJson')}
            </button>
          </div>
          <PermissionGroups
            rows={rows}
            nodes={nodes}
            showPrincipal={question === 'whoCanAccess'}
            resetKey={node.id}
          />
        </>
      )}
    </div>
  );
}

function PanelStatus({
  state,
  shown,
  undecided,
  nameOf,
}: {
  state: ReturnType<typeof usePermissionRows>;
  shown: readonly { action: string; service: string }[];
  /**
   * The node's undecided hops (a profile whose credentials the input does not show): asked only when
   * there are no rows, since it reads every edge of the analysis.
   */
  undecided: () => readonly GraphEdge[];
  nameOf: (id: string) => string;
}) {
  const t = useT();
  if (state.error)
    return <p className="muted small">{t('permissions.unavailable', { message: state.error })}</p>;
  if (!state.rows)
    return (
      <p className="muted small" role="status">
        {t('permissions.working', { done: state.progress?.done ?? 0, total: state.progress?.total ?? '…' })}
      </p>
    );
  const unknown = state.rows.length === 0 ? undecided() : [];
  if (unknown.length > 0)
    return (
      <>
        {unknown.map((e) => (
          <p key={e.id} className="muted small" data-testid={testIds.permissionsUndecided}>
            {undecidedText(e, t, nameOf)}
          </p>
        ))}
      </>
    );
  if (state.rows.length === 0) return <p className="muted small">{t('permissions.none')}</p>;
  return (
    <>
      <p className="muted small" data-testid={testIds.permissionsCount}>
        {t('permissions.count', {
          actions: new Set(shown.map((r) => r.action)).size,
          services: new Set(shown.map((r) => r.service)).size,
          rows: shown.length,
        })}
      </p>
      {state.chains && state.chains.shown < state.chains.total && (
        <p className="muted small">
          {t('permissions.moreChains', { shown: state.chains.shown, total: state.chains.total })}
        </p>
      )}
    </>
  );
}
