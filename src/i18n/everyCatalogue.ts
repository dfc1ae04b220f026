/**
 * Registers the Chinese catalogues when imported: the command line and the tests word any language
 * synchronously. The page loads only the user's own (`loadCatalogue.ts`).
 */
import { registerDiagnostics } from './diagnosticText';
import { diagnosticsZhHans } from './diagnosticsZhHans';
import { diagnosticsZhHant } from './diagnosticsZhHant';
import { registerCatalogue } from './translate';
import { zhHans } from './zhHans';
import { zhHant } from './zhHant';

registerCatalogue('zh-Hans', zhHans);
registerCatalogue('zh-Hant', zhHant);
registerDiagnostics('zh-Hans', diagnosticsZhHans);
registerDiagnostics('zh-Hant', diagnosticsZhHant);
