import type { Translate } from '../../i18n/translate';

/** A session's longest life in the user's words: whole hours as hours, else minutes. */
export function sessionDuration(seconds: number, t: Translate): string {
  return seconds % 3600 === 0
    ? t('walk.hours', { hours: seconds / 3600 })
    : t('walk.minutes', { minutes: Math.round(seconds / 60) });
}
