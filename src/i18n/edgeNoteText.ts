import type { EdgeNote } from '../engine';
import type { Translate } from './translate';

/** Why an edge no evaluation decides holds or fails, in the user's language, from its code and parameters. */
export function edgeNoteText(note: EdgeNote, t: Translate): string {
  return t(`edgeNote.${note.code}`, note.params);
}
