import { parsePolicy, type PolicyKind } from '../../engine';
import { readInput, UsageError, type Command } from '../command';
import { parseArgs } from '../loadScenario';
import { nodeCatalog } from '../nodeCatalog';

const KINDS: readonly PolicyKind[] = ['identity', 'trust', 'resource', 'scp', 'rcp', 'boundary', 'session'];

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check one policy document and print its diagnostics (line:column, code, message)',
  usage: `npm run --silent cli -- lint FILE [--kind ${KINDS.join('|')}] [--json]  (default kind: identity)`,
  run: (args, io) => {
    const { files, options, on } = parseArgs(args, ['kind'], ['json']);
    const kind = options['kind'] ?? 'identity';
    const json = on.has('json');
    if (!KINDS.includes(kind as PolicyKind))
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    if (files.length !== 1) throw new UsageError('lint takes exactly one FILE');
    const path = files[0] as string;
    const text = readInput(io, path);
    const catalog = nodeCatalog();
    const { diagnostics } = parsePolicy(text, kind as PolicyKind, catalog ? { catalog } : {});
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
