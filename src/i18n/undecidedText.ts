/**
 * Why what a node can do or become is not listed, or not all of it: a hop of it is undecided (see
 * the engine's `undecidedHops`), worded with that hop's own note and the names of its ends.
 */
import type { GraphEdge } from '../engine';
import { edgeNoteText } from './edgeNoteText';
import type { Translate } from './translate';

function why(edge: GraphEdge, t: Translate): string {
  return edge.note ? edgeNoteText(edge.note, t) : edge.explanation;
}

/** For the permissions of the hop's source: a profile's session, or a workload's role in another account. */
export function undecidedText(edge: GraphEdge, t: Translate, nameOf: (id: string) => string): string {
  const key = edge.kind === 'CliProfile' ? 'permissions.undecided' : 'permissions.undecidedWorkload';
  return t(key, { why: why(edge, t), target: nameOf(edge.to) });
}

/** For what a node can become (`'from'`: the hop leaves it) or who can become it (`'into'`). */
export function undecidedReachText(
  edge: GraphEdge,
  direction: 'from' | 'into',
  t: Translate,
  nameOf: (id: string) => string,
): string {
  return direction === 'from'
    ? t('inspector.undecidedFrom', { why: why(edge, t), target: nameOf(edge.to) })
    : t('inspector.undecidedInto', { why: why(edge, t), source: nameOf(edge.from) });
}
