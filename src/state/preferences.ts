import type { AppStore } from './store';
import type { Language, Theme } from './viewSlice';

const KEY = 'trustscope.preferences';

interface Preferences {
  theme: Theme;
  language: Language;
}

/** Theme and language, remembered in this browser; anything unreadable falls back to the defaults. */
export function loadPreferences(
  storage: Storage,
  prefersDark: boolean,
  browserLanguage: string,
): Preferences {
  const fallback: Preferences = {
    theme: prefersDark ? 'dark' : 'light',
    language: /^zh-(TW|HK|MO|Hant)/i.test(browserLanguage)
      ? 'zh-Hant'
      : /^zh/i.test(browserLanguage)
        ? 'zh-Hans'
        : 'en',
  };
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Preferences> | null;
    return {
      theme: saved?.theme === 'dark' || saved?.theme === 'light' ? saved.theme : fallback.theme,
      language:
        saved?.language === 'en' || saved?.language === 'zh-Hans' || saved?.language === 'zh-Hant'
          ? saved.language
          : fallback.language,
    };
  } catch {
    return fallback;
  }
}

export function persistPreferences(store: AppStore, storage: Storage): () => void {
  return store.subscribe((state, previous) => {
    if (state.theme !== previous.theme || state.language !== previous.language) {
      storage.setItem(KEY, JSON.stringify({ theme: state.theme, language: state.language }));
    }
  });
}
