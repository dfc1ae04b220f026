import type { SessionNote } from '../../engine';
import type { Translate } from './useT';

/** A note on the session a path ends in, in the user's language. */
export function sessionNoteText(note: SessionNote, t: Translate): string {
  return note.code === 'role-chaining'
    ? t('session.note.roleChaining', { role: note.role })
    : t('session.note.podIdentityTags');
}
