/**
 * The page's catalogues beyond English, each a chunk of its own loaded when its language is chosen:
 * the first screen carries English only (docs/performance.md, "Initial JS"). A language's messages
 * and its policy diagnostics' wording load together.
 */
import { registerDiagnostics } from './diagnosticText';
import { hasCatalogue, registerCatalogue, type Language } from './translate';

const load: Record<Exclude<Language, 'en'>, () => Promise<void>> = {
  'zh-Hans': async () => {
    const [messages, diagnostics] = await Promise.all([import('./zhHans'), import('./diagnosticsZhHans')]);
    registerDiagnostics('zh-Hans', diagnostics.diagnosticsZhHans);
    registerCatalogue('zh-Hans', messages.zhHans);
  },
  'zh-Hant': async () => {
    const [messages, diagnostics] = await Promise.all([import('./zhHant'), import('./diagnosticsZhHant')]);
    registerDiagnostics('zh-Hant', diagnostics.diagnosticsZhHant);
    registerCatalogue('zh-Hant', messages.zhHant);
  },
};

/** Resolves once `translate(language, …)` and `diagnosticText(language, …)` word in that language. */
export async function loadCatalogue(language: Language): Promise<void> {
  if (language !== 'en' && !hasCatalogue(language)) await load[language]();
}
