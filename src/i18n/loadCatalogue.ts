/**
 * The page's catalogues beyond English, each a chunk of its own loaded when its language is chosen:
 * the first screen carries English only (docs/performance.md, "Initial JS").
 */
import { hasCatalogue, registerCatalogue, type Language } from './translate';

const load: Record<Exclude<Language, 'en'>, () => Promise<void>> = {
  'zh-Hans': async () => registerCatalogue('zh-Hans', (await import('./zhHans')).zhHans),
  'zh-Hant': async () => registerCatalogue('zh-Hant', (await import('./zhHant')).zhHant),
};

/** Resolves once `translate(language, …)` words in that language. */
export async function loadCatalogue(language: Language): Promise<void> {
  if (language !== 'en' && !hasCatalogue(language)) await load[language]();
}
