import { useCallback } from 'react';
import { useAppStore } from '../../state/StoreProvider';
import type { Language } from '../../state/viewSlice';
import { en, type MessageKey, type Messages } from './en';
import { zhHans } from './zhHans';
import { zhHant } from './zhHant';

const catalogs: Record<Language, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = catalogs[language][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The translate function for the chosen language. */
export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
