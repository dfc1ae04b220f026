/**
 * The message catalogues in English, Simplified and Traditional Chinese, read by the app and the
 * command line alike: every key typed, so a missing message fails the typecheck. English is always
 * here (the fallback for any key); the Chinese ones are registered by whoever loads them: the page
 * the user's own language only (`loadCatalogue.ts`), the command line and the tests every one
 * (`everyCatalogue.ts`).
 */
import { en, type MessageKey, type Messages } from './en';

export type Language = 'en' | 'zh-Hans' | 'zh-Hant';
export const LANGUAGES: readonly Language[] = ['en', 'zh-Hans', 'zh-Hant'];
export type { MessageKey };

const catalogs: Partial<Record<Language, Messages>> = { en };

export function registerCatalogue(language: Language, messages: Messages): void {
  catalogs[language] = messages;
}

export function hasCatalogue(language: Language): boolean {
  return language in catalogs;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A message cut at its placeholders once: even pieces are text, odd ones parameter names. Wording
 * tens of thousands of edges (the command line's `--lang`) calls this millions of times.
 */
const pieces = new Map<string, string[]>();

function piecesOf(text: string): string[] {
  let cut = pieces.get(text);
  if (!cut) {
    cut = text.split(/\{(\w+)\}/);
    pieces.set(text, cut);
  }
  return cut;
}

export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const cut = piecesOf(catalogs[language]?.[key] ?? en[key]);
  let out = cut[0] as string;
  for (let i = 1; i < cut.length; i += 2) {
    const name = cut[i] as string;
    out += (name in params ? String(params[name]) : `{${name}}`) + (cut[i + 1] as string);
  }
  return language === 'en' ? out : spaced(out);
}

const HAN = '\\u4e00-\\u9fff';
const WIDE = `${HAN}\\u3000-\\u303f\\uff00-\\uffef“”「」`;
const BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t]+(?=[${WIDE}])`, 'gu');
const HAN_THEN_LATIN = new RegExp(`(?<=[${HAN}])(?=[A-Za-z0-9])`, 'gu');
const LATIN_THEN_HAN = new RegExp(`(?<=[A-Za-z0-9])(?=[${HAN}])`, 'gu');

/**
 * Chinese as AWS's Chinese documentation sets it: a space between a Chinese and a Latin word, none
 * between two Chinese ones, whatever the placeholders brought (a name, an edge kind's name).
 */
export function spaced(text: string): string {
  return text.replace(BETWEEN_WIDE, '').replace(HAN_THEN_LATIN, ' ').replace(LATIN_THEN_HAN, ' ');
}

/** The translate function for one language. */
export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
