import type { LinkError } from '../../share';
import type { Translate } from '../../i18n/translate';

/** Why a share link did not open, in the interface's language. */
export function linkErrorText(error: LinkError, t: Translate): string {
  switch (error.kind) {
    case 'not-a-link':
      return t('linkError.not-a-link');
    case 'unknown-codec':
      return t('linkError.unknown-codec', { codec: error.codec });
    case 'too-new':
      return t('linkError.too-new', { version: error.version });
    case 'corrupt':
      return t('linkError.corrupt', {
        detail: t(`linkError.corrupt.${error.reason}`, { version: error.version }),
      });
    case 'too-large':
      return t('linkError.too-large', { megabytes: Math.round(error.limit / 1024 / 1024) });
    case 'invalid-scenario':
      return t('linkError.invalid-scenario', { problems: shownProblems(error.problems, t) });
  }
}

/** The first three of a scenario's problems (each a path and the validator's words), and how many more. */
function shownProblems(problems: readonly string[], t: Translate): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? t('linkError.more', { problems: shown, count: problems.length - 3 }) : shown;
}
