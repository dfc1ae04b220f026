import type { ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { EdgeChange, FindingChange } from '../../engine';
import { edgeChangeText } from '../../i18n/diffText';
import { edgeKindName } from '../../i18n/edgeKindName';
import { findingTitle } from '../../i18n/findingText';
import type { MessageKey } from '../../i18n/translate';
import { useAction } from '../../state/selectors/actions';
import type { PlanChanges } from '../../worker/planChanges';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/**
 * Selects what a line names and brings it into view: the inspector shows it, the graph centres on
 * the nodes it joins that are drawn (a removed edge may join a node the plan deletes).
 */
function useShow(): (target: { edge?: string; nodes: readonly string[] }) => void {
  const select = useAction('select');
  const { getInternalNode, getZoom, setCenter } = useReactFlow();
  return ({ edge, nodes }) => {
    const drawn = nodes.flatMap((id) => getInternalNode(id) ?? []);
    const first = drawn[0];
    if (edge !== undefined) select({ kind: 'edge', id: edge });
    else if (first) select({ kind: 'node', id: first.id });
    if (drawn.length === 0) return;
    const centres = drawn.map((n) => ({
      x: n.internals.positionAbsolute.x + (n.measured.width ?? 0) / 2,
      y: n.internals.positionAbsolute.y + (n.measured.height ?? 0) / 2,
    }));
    const mean = (pick: (p: { x: number; y: number }) => number) =>
      centres.reduce((sum, p) => sum + pick(p), 0) / centres.length;
    void setCenter(
      mean((p) => p.x),
      mean((p) => p.y),
      // Close enough to read the nodes, far enough to see what leads to them.
      { zoom: Math.min(Math.max(getZoom(), 0.75), 1), duration: 300 },
    );
  };
}

function Section({ name, count, children }: { name: MessageKey; count: number; children: ReactNode }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <details className="plan-changes__section">
      <summary>{t('diff.panel.section', { name: t(name), count })}</summary>
      <ul className="plan-changes__list">{children}</ul>
    </details>
  );
}

export function EdgeChangeList({ changes }: { changes: PlanChanges }) {
  const t = useT();
  const show = useShow();
  const label = (id: string) => changes.labels[id] ?? id;
  const line = ({ change, edge }: EdgeChange) => (
    <li key={edge.id} className={`plan-changes__item plan-changes__item--${change}`}>
      <button
        type="button"
        className="link-button"
        data-testid={testIds.planEdge(edge.id)}
        // A removed edge is in no analysis the inspector reads: its ends are shown instead.
        onClick={() => show({ ...(change !== 'removed' && { edge: edge.id }), nodes: [edge.to, edge.from] })}
      >
        <span className="plan-changes__change">{edgeChangeText(change, t)}</span> {label(edge.from)} →{' '}
        {label(edge.to)} <span className="muted">({edgeKindName(edge.kind, t)})</span>
      </button>
    </li>
  );
  return (
    <Section name="diff.edges" count={changes.diff.edges.length}>
      {changes.diff.edges.map(line)}
    </Section>
  );
}

export function FindingChangeList({ changes }: { changes: readonly FindingChange[] }) {
  const t = useT();
  const show = useShow();
  return (
    <Section name="diff.findings" count={changes.length}>
      {changes.map(({ change, finding }) => (
        <li key={`${change}:${finding.id}`} className={`plan-changes__item plan-changes__item--${change}`}>
          <button
            type="button"
            className="link-button"
            data-testid={testIds.planFinding(finding.id)}
            onClick={() => show({ nodes: finding.subjects })}
          >
            <span className="plan-changes__change">{t(`diff.finding.${change}`)}</span>{' '}
            <span className={`severity severity--${finding.severity}`}>
              {t(`severity.${finding.severity}`)}
            </span>{' '}
            {findingTitle(finding, t)}
          </button>
        </li>
      ))}
    </Section>
  );
}

export function AdminReachChangeList({ changes }: { changes: PlanChanges }) {
  const t = useT();
  const show = useShow();
  const label = (id: string) => changes.labels[id] ?? id;
  return (
    <Section name="diff.adminReach" count={changes.diff.adminReach.length}>
      {changes.diff.adminReach.map(({ change, principal, admin }) => (
        <li
          key={`${change}:${principal}|${admin}`}
          className={`plan-changes__item plan-changes__item--${change}`}
        >
          <button type="button" className="link-button" onClick={() => show({ nodes: [principal, admin] })}>
            <span className="plan-changes__change">{t(`diff.change.${change}`)}</span> {label(principal)} →{' '}
            {label(admin)}
          </button>
        </li>
      ))}
    </Section>
  );
}
