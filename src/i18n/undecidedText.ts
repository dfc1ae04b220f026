/**
 * Why a CLI profile's permissions are not listed: its hop into the role is undecided (see the
 * engine's `undecidedHops`), worded with that hop's own note and the role's name.
 */
import type { GraphEdge } from '../engine';
import { edgeNoteText } from './edgeNoteText';
import type { Translate } from './translate';

export function undecidedText(edge: GraphEdge, t: Translate, nameOf: (id: string) => string): string {
  const why = edge.note ? edgeNoteText(edge.note, t) : edge.explanation;
  return t('permissions.undecided', { why, target: nameOf(edge.to) });
}
