import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useFar } from './farZoom';
import './planMarks.css';
import type { AccessLevel } from '../../engine';
import type { TrustEdgeData } from './toFlow';

/**
 * An arrow of the trust graph: colour by kind, dashed when conditional or broken, badges for what it
 * needs (not when zoomed out too far to read them).
 */
export const TrustEdge = memo(function TrustEdge(props: EdgeProps<Edge<TrustEdgeData, 'trust'>>) {
  const { id, data, selected, markerEnd } = props;
  const far = useFar();
  const t = useT();
  const [path, labelX, labelY] = getBezierPath(props);
  if (!data) return null;
  const classes = [
    'trust-edge',
    `trust-edge--${data.edge.kind}`,
    `trust-edge--${data.state}`,
    data.added ? 'is-added' : '',
    data.plan ? `is-plan-${data.plan}` : '',
    data.dimmed ? 'is-dimmed' : '',
    data.onPath ? 'is-on-path' : '',
    selected ? 'is-selected' : '',
  ].join(' ');
  return (
    <>
      {data.plan && data.plan !== 'removed' && (
        // A highlighter stroke under the arrow: the plan's mark, the arrow keeping its kind's colour.
        <path d={path} className={`trust-edge__plan trust-edge__plan--${data.plan}`} />
      )}
      <BaseEdge
        id={id}
        path={path}
        className={classes}
        {...(markerEnd ? { markerEnd } : {})}
        interactionWidth={16}
      />
      {!far && (data.badges.length > 0 || data.state === 'broken' || data.state === 'undecided') && (
        <EdgeLabelRenderer>
          <div
            className={`trust-edge__badges${data.dimmed ? ' is-dimmed' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
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
