import { useCallback } from 'react';
import { translate, type Translate } from '../../i18n/translate';
import { useAppStore } from '../../state/StoreProvider';

export { translate, type Translate } from '../../i18n/translate';

/** The translate function for the chosen language. */
export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
