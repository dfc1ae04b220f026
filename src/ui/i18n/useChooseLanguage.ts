import { useCallback, useRef } from 'react';
import { loadCatalogue } from '../../i18n/loadCatalogue';
import type { Language } from '../../i18n/translate';
import { useAction } from '../../state/selectors/actions';
import { useT } from './useT';

/**
 * Switches the interface's language once its catalogue has loaded, so nothing is worded in English
 * on the way. The last choice wins when the user picks again while one loads.
 */
export function useChooseLanguage(): (language: Language) => void {
  const t = useT();
  const setLanguage = useAction('setLanguage');
  const setNotice = useAction('setNotice');
  const latest = useRef<Language | null>(null);
  return useCallback(
    (language) => {
      latest.current = language;
      loadCatalogue(language).then(
        () => {
          if (latest.current === language) setLanguage(language);
        },
        (error: unknown) =>
          setNotice({ kind: 'error', message: t('app.languageFailed', { message: String(error) }) }),
      );
    },
    [t, setLanguage, setNotice],
  );
}
