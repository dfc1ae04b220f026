import { useCallback } from 'react';
import { translate, type Translate } from '../../i18n/translate';
import { useLanguage } from '../../state/selectors/view';

export { translate, type Translate } from '../../i18n/translate';

/** The translate function for the chosen language. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, params) => translate(language, key, params), [language]);
}
