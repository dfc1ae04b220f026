import { useMemo } from 'react';
import type { GraphNode } from '../../engine';
import { undecidedReachText } from '../../i18n/undecidedText';
import type { MessageKey } from '../../i18n/translate';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useT } from '../i18n/useT';
import { useProgressiveList } from '../lists/useProgressiveList';
import { testIds } from '../testIds';
import { reachOf, type ReachItem } from './reachOf';
import './reach.css';

const OUTSIDE = new Set<GraphNode['kind']>(['externalAccount', 'externalPrincipal']);

/** When nothing is listed: an outside node's own account, or whoever runs a profile, is not in the input. */
function emptyKey(node: GraphNode, direction: 'from' | 'into'): MessageKey {
  if (direction === 'from') return OUTSIDE.has(node.kind) ? 'inspector.nothingOutside' : 'inspector.nothing';
  if (OUTSIDE.has(node.kind)) return 'inspector.nobodyOutside';
  return node.kind === 'cliProfile' ? 'inspector.nobodyProfile' : 'inspector.nobody';
}

/**
 * The inspector's "Can become" (`'from'`) or "Can be reached by" (`'into'`) of a node: what decided
 * hops reach, then why a hop is not decided and what lies behind it (reachOf.ts).
 */
export function ReachSection({
  node,
  direction,
  lookup,
}: {
  node: GraphNode;
  direction: 'from' | 'into';
  lookup: ReadonlyMap<string, GraphNode>;
}) {
  const t = useT();
  const analysis = useAnalysis();
  const select = useAction('select');
  const reach = useMemo(
    () => (analysis ? reachOf(analysis, node.id, direction) : { items: [], undecided: [] }),
    [analysis, node.id, direction],
  );
  const nameOf = (id: string) => lookup.get(id)?.label ?? id;
  return (
    <>
      <h4>{t(direction === 'from' ? 'inspector.canReach' : 'inspector.reachedBy')}</h4>
      {reach.undecided.map((e) => (
        <p key={e.id} className="muted small" data-testid={testIds.inspectorUndecided(direction)}>
          {undecidedReachText(e, direction, t, nameOf)}
        </p>
      ))}
      {reach.items.length === 0 ? (
        <p className="muted small">{t(emptyKey(node, direction))}</p>
      ) : (
        <ReachList
          nodeId={node.id}
          testId={direction === 'from' ? testIds.inspectorReach : testIds.inspectorReachedBy}
          items={reach.items}
          nameOf={nameOf}
          onPick={(id) => select({ kind: 'node', id })}
        />
      )}
    </>
  );
}

const TAG: Record<Exclude<ReachItem['status'], 'decided'>, MessageKey> = {
  assumed: 'inspector.reachAssumed',
  undecided: 'inspector.reachUndecided',
};

function ReachList(props: {
  /** The node whose list this is: selecting another one mounts its list from the first batch again. */
  nodeId: string;
  testId: string;
  items: ReachItem[];
  nameOf: (id: string) => string;
  onPick: (id: string) => void;
}) {
  const t = useT();
  const shown = useProgressiveList(props.items, props.nodeId);
  return (
    <ul className="plain-list" data-testid={props.testId}>
      {shown.map(({ id, hops, status }) => (
        <li key={id} data-status={status}>
          <button type="button" className="link-button" onClick={() => props.onPick(id)} title={id}>
            {props.nameOf(id)}
          </button>{' '}
          <span className="muted small">{t('inspector.hops', { count: hops })}</span>
          {status !== 'decided' && (
            <span className={`badge reach-tag reach-tag--${status}`}>{t(TAG[status])}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
