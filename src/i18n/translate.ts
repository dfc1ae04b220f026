/**
 * The message catalogues in English, Simplified and Traditional Chinese, read by the app and the
 * command line alike: every key typed, so a missing message fails the typecheck.
 */
import { en, type MessageKey, type Messages } from './en';
import { zhHans } from './zhHans';
import { zhHant } from './zhHant';

export type Language = 'en' | 'zh-Hans' | 'zh-Hant';
export const LANGUAGES: readonly Language[] = ['en', 'zh-Hans', 'zh-Hant'];
export type { MessageKey };

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

/** The translate function for one language. */
export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
