import { parsePolicy, type PolicyKind } from '../../engine';
import { diagnosticText } from '../../i18n/diagnosticText';
import { readInput, UsageError, type Command } from '../command';
import { languageOption } from '../language';
import { parseArgs } from '../loadScenario';
import { nodeCatalog } from '../../nodeData/nodeCatalog';

const KINDS: readonly PolicyKind[] = ['identity', 'trust', 'resource', 'scp', 'rcp', 'boundary', 'session'];

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check one policy document and print its diagnostics (line:column, code, message)',
  usage: `npm run --silent cli -- lint FILE [--kind ${KINDS.join('|')}] [--json] [--lang en|zh-Hans|zh-Hant]  (default kind: identity)`,
  run: (args, io) => {
    const { files, options, on } = parseArgs(args, ['kind', 'lang'], ['json']);
    const language = languageOption(options);
    const kind = options['kind'] ?? 'identity';
    const json = on.has('json');
    if (!KINDS.includes(kind as PolicyKind))
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    if (files.length !== 1) throw new UsageError('lint takes exactly one FILE');
    const path = files[0] as string;
    const text = readInput(io, path);
    const catalog = nodeCatalog();
    // The message in --lang; the code and its arguments stay beside it in the JSON.
    const diagnostics = parsePolicy(text, kind as PolicyKind, catalog ? { catalog } : {}).diagnostics.map(
      (d) => (language === 'en' ? d : { ...d, message: diagnosticText(language, d) }),
    );
    if (json) {
      io.stdout(JSON.stringify(diagnostics, null, 2));
    } else if (diagnostics.length === 0) {
      io.stdout(`${path}: no problems (${kind} policy)`);
    } else {
      for (const d of diagnostics) {
        io.stdout(
          `${path}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}`,
        );
      }
    }
    return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
