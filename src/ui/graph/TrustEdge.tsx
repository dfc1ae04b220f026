import { memo } from 'react';
import { EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { curvedGeometry, routedGeometry } from './edgeGeometry';
import { useFar } from './farZoom';
import './planMarks.css';
import type { AccessLevel } from '../../engine';
import type { TrustEdgeData } from './toFlow';

/**
 * An arrow of the trust graph: colour by kind, dashed when conditional or broken, the mechanism
 * written on it (or, on a hop a guardrail cuts, which kind of guardrail), badges for what it needs (not when zoomed out too far to read them). Drawn along
 * ELK's route when there is one, else as a curve between the handles; its head is ours
 * (edgeGeometry.ts), so it never hides under the node it points at.
 */
export const TrustEdge = memo(function TrustEdge(props: EdgeProps<Edge<TrustEdgeData, 'trust'>>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY } = props;
  const far = useFar();
  const t = useT();
  if (!data) return null;
  const geometry =
    (data.route && routedGeometry(data.route, data.labelPlace)) ??
    curvedGeometry({ x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  const flags = [
    data.plan ? `is-plan-${data.plan}` : '',
    data.dimmed ? 'is-dimmed' : '',
    data.onPath ? 'is-on-path' : '',
    selected ? 'is-selected' : '',
  ].join(' ');
  const label = data.labelAt ?? geometry.label;
  return (
    <>
      {data.plan && data.plan !== 'removed' && (
        // A highlighter stroke under the arrow: the plan's mark, the arrow keeping its kind's colour.
        <path d={geometry.line} className={`trust-edge__plan trust-edge__plan--${data.plan}`} />
      )}
      <path
        id={id}
        className={`react-flow__edge-path trust-edge trust-edge--${data.edge.kind} trust-edge--${data.state} ${flags}${data.added ? ' is-added' : ''}`}
        d={geometry.line}
        fill="none"
      />
      <path
        className="react-flow__edge-interaction"
        d={geometry.line}
        fill="none"
        strokeOpacity={0}
        strokeWidth={16}
      />
      {/* The head and the label take the arrow's colour from its kind and state (graph.css). */}
      <g className={`trust-edge__marks trust-edge--${data.edge.kind} ${flags}`} data-state={data.state}>
        <path className="trust-edge__head" d={geometry.head} data-testid={testIds.edgeHead(id)} />
        {!far && (
          <text className="trust-edge__label" x={label.x} y={label.y} data-testid={testIds.edgeLabel(id)}>
            {data.label}
          </text>
        )}
      </g>
      {!far && (data.badges.length > 0 || data.state === 'broken' || data.state === 'undecided') && (
        <EdgeLabelRenderer>
          <div
            className={`trust-edge__badges${data.dimmed ? ' is-dimmed' : ''}`}
            style={{ transform: `translate(-50%, 0) translate(${label.x}px, ${label.y + 10}px)` }}
            data-testid={testIds.edgeBadge(data.edge.id)}
          >
            {data.state === 'broken' && <span className="badge badge--broken">✕</span>}
            {data.state === 'undecided' && <span className="badge badge--assumption">?</span>}
            {data.badges.map((b) =>
              data.edge.kind === 'Access' ? (
                // An access edge's badges are its access levels, in the learner's language.
                <span key={b} className="badge badge--access">
                  {t(`permissions.level.${b as AccessLevel}`)}
                </span>
              ) : (
                <span key={b} className="badge badge--condition">
                  {b}
                </span>
              ),
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
