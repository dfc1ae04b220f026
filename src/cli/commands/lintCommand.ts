import { parsePolicy, type PolicyKind } from '../../engine';
import { UsageError, type Command } from '../command';
import { nodeCatalog } from '../nodeCatalog';

const KINDS: readonly PolicyKind[] = ['identity', 'trust', 'resource', 'scp', 'rcp', 'boundary', 'session'];

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check one policy document and print its diagnostics (line:column, code, message)',
  usage: `npm run --silent cli -- lint FILE [--kind ${KINDS.join('|')}] [--json]  (default kind: identity)`,
  run: (args, io) => {
    let kind = 'identity';
    let json = false;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--json') json = true;
      else if (arg === '--kind') {
        const value = args[i + 1];
        if (value === undefined || value.startsWith('--'))
          throw new UsageError(`--kind needs a value: one of ${KINDS.join(', ')}`);
        kind = value;
        i++;
      } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
      else files.push(arg);
    }
    if (!KINDS.includes(kind as PolicyKind))
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    if (files.length !== 1) throw new UsageError('lint takes exactly one FILE');
    const path = files[0] as string;
    let text: string;
    try {
      text = io.readFile(path);
    } catch (error) {
      throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
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
