import type { EdgeNote } from '../engine';
import type { MessageKey, Translate } from './translate';

/** What would allow a cut hop without its guardrail, by the note's `allowedBy` (cutHops.ts, CutWording). */
const ALLOWED_BY: Readonly<Record<string, MessageKey>> = {
  'trust-and-identity': 'edgeNote.cutAllowedBy.trust-and-identity',
  'trust-and-assumed-identity': 'edgeNote.cutAllowedBy.trust-and-assumed-identity',
  trust: 'edgeNote.cutAllowedBy.trust',
};

/** Why an edge no evaluation decides holds or fails, in the user's language, from its code and parameters. */
export function edgeNoteText(note: EdgeNote, t: Translate): string {
  if (note.code.startsWith('cut-')) {
    const allowed = t(
      ALLOWED_BY[String(note.params.allowedBy)] ?? 'edgeNote.cutAllowedBy.trust-and-identity',
    );
    return t(`edgeNote.${note.code}`, { ...note.params, allowed });
  }
  if (note.code !== 'access' && note.code !== 'access-conditional')
    return t(`edgeNote.${note.code}`, note.params);
  // Access levels travel as AWS's names (the console's); each is worded as the permissions panel words it.
  const levels = String(note.params.levels)
    .split(',')
    .map((level) => t(`permissions.level.${level}` as MessageKey))
    .join(t('edgeNote.levelSeparator'));
  return t(`edgeNote.${note.code}`, { ...note.params, levels });
}
