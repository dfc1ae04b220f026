import { useMemo, useState } from 'react';
import type { TrustPath } from '../../engine';
import { sessionAlong } from '../../engine/pageIndex';
import { useAnalysis } from '../../state/selectors/analysis';
import { buildHopLesson, profileAfter, type HopLesson } from './hopLesson';

/** What the walk-through shows for each hop of `path`, in order; empty while there is none. */
export function useWalkLessons(path: TrustPath | undefined): HopLesson[] {
  const analysis = useAnalysis();
  // Expiry times count from when the walk-through opened.
  const [now] = useState(() => Date.now());
  return useMemo(() => {
    if (!analysis || !path) return [];
    const nodes = new Map(analysis.nodes.map((n) => [n.id, n]));
    const edges = new Map(analysis.edges.map((e) => [e.id, e]));
    const hops = path.edges.flatMap((id) => edges.get(id) ?? []);
    const out: HopLesson[] = [];
    let previous: string | undefined;
    hops.forEach((edge, i) => {
      const session = sessionAlong(hops.slice(0, i + 1), nodes);
      const lesson = buildHopLesson(edge, nodes, previous, session.maxDurationSeconds || undefined, now);
      previous = profileAfter(lesson) ?? previous;
      out.push(lesson);
    });
    return out;
  }, [analysis, path, now]);
}
