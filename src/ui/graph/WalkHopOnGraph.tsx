import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { getViewportForBounds, useReactFlow, useStore, ViewportPortal, type Rect } from '@xyflow/react';
import { useWalkHopEdge } from '../../state/selectors/walk';
import { testIds } from '../testIds';
import type { TrustEdgeData } from './toFlow';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const subscribeMotion = (onChange: () => void) => {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const prefersReducedMotion = () => window.matchMedia(REDUCED_MOTION).matches;

/**
 * The hop the walk-through is at, drawn over the graph: its two ends ringed, its arrow traced, and
 * the credentials as a token travelling along it (none when the reader asks for less motion).
 * The view pans to the hop each time it changes.
 */
export function WalkHopOnGraph() {
  const hop = useWalkHopEdge();
  // The arrow drawn for the hop: inside a collapsed account it is the account's arrow.
  const flowEdge = useStore((s) =>
    hop === undefined
      ? undefined
      : s.edges.find((e) => (e.data as TrustEdgeData | undefined)?.edge.id === hop),
  );
  const source = useNodeBox(flowEdge?.source);
  const target = useNodeBox(flowEdge?.target);
  const reduced = useSyncExternalStore(subscribeMotion, prefersReducedMotion);
  const path = useEdgePath(flowEdge?.id, `${boxKey(source)}|${boxKey(target)}`);
  usePanToHop(source, target, reduced);
  if (!hop || !flowEdge) return null;

  return (
    <ViewportPortal>
      <div className="walk-hop" data-testid={testIds.walkHopOnGraph} data-edge-id={hop} aria-hidden="true">
        {[source, target].map(
          (box, i) =>
            box && (
              <div
                key={i}
                className="walk-hop__node"
                style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
              />
            ),
        )}
        {path && (
          <svg className="walk-hop__arrow">
            <path d={path} className="walk-hop__trail" />
            {!reduced && (
              <circle r="7" className="walk-hop__token" data-testid={testIds.walkToken}>
                <animateMotion dur="1.6s" repeatCount="indefinite" path={path} />
              </circle>
            )}
          </svg>
        )}
      </div>
    </ViewportPortal>
  );
}

/** Where a node is drawn, in the graph's coordinates (a group's members are placed inside it). */
function useNodeBox(id: string | undefined): Rect | null {
  const key = useStore((s) => {
    const node = id === undefined ? undefined : s.nodeLookup.get(id);
    if (!node) return '';
    const { x, y } = node.internals.positionAbsolute;
    return `${x},${y},${node.measured.width ?? node.width ?? 0},${node.measured.height ?? node.height ?? 0}`;
  });
  return useMemo(() => {
    if (key === '') return null;
    const [x = 0, y = 0, width = 0, height = 0] = key.split(',').map(Number);
    return { x, y, width, height };
  }, [key]);
}

const boxKey = (box: Rect | null) => (box ? `${box.x},${box.y},${box.width},${box.height}` : '');

/** The arrow's path as React Flow drew it (whatever its shape), read once the arrow is on the page and again when an end moves. */
function useEdgePath(id: string | undefined, ends: string): string | null {
  const [path, setPath] = useState<{ id: string; d: string } | null>(null);
  useEffect(() => {
    if (id === undefined) return;
    let frame = 0;
    let tries = 0;
    const read = () => {
      const drawn = document.querySelector(
        `[data-testid="rf__edge-${CSS.escape(id)}"] path.react-flow__edge-path`,
      );
      const d = drawn?.getAttribute('d');
      if (d) setPath({ id, d });
      // The arrow may be drawn a frame after its ends: look again for a few frames.
      else if (++tries < 30) frame = requestAnimationFrame(read);
    };
    frame = requestAnimationFrame(read);
    return () => cancelAnimationFrame(frame);
  }, [id, ends]);
  return path !== null && path.id === id ? path.d : null;
}

/**
 * Centres the view on the hop's two ends when the hop changes, and when the graph's space does,
 * zooming in no further than a readable 110 % (no animation for reduced motion).
 */
function usePanToHop(source: Rect | null, target: Rect | null, reduced: boolean) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const minZoom = useStore((s) => s.minZoom);
  useEffect(() => {
    if (!source || !target || width <= 0 || height <= 0) return;
    const view = getViewportForBounds(around(source, target), width, height, minZoom, 1.1, 0.3);
    void setViewport(view, { duration: reduced ? 0 : 450 });
  }, [source, target, width, height, minZoom, reduced, setViewport]);
}

function around(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const right = Math.max(a.x + a.width, b.x + b.width);
  const bottom = Math.max(a.y + a.height, b.y + b.height);
  return { x, y, width: right - x, height: bottom - y };
}
