import { analyzeScenario, prepareScenario } from '../../engine';
import { EXPORT_FORMATS, exportInput, exportText, type ExportFormat } from '../../share/export';
import { UsageError, type CliIo, type Command } from '../command';
import { languageOption } from '../language';
import { loadScenario, parseArgs, required } from '../loadScenario';

function formatOption(options: Record<string, string>): ExportFormat {
  const format = required(options, 'format');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format takes ${EXPORT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`);
  return format as ExportFormat;
}

function writeOut(io: CliIo, path: string, text: string): void {
  try {
    io.writeFile?.(path, text);
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Write the analysed graph for other tools: BloodHound CE OpenGraph JSON, a Cypher script for Neo4j, Graphviz DOT or Mermaid',
  usage: `npm run --silent cli -- export FILES... --format ${EXPORT_FORMATS.join('|')} [--lang en|zh-Hans|zh-Hant] [--out FILE]`,
  run: (args, io) => {
    const { files, options } = parseArgs(args, ['format', 'lang', 'out']);
    const format = formatOption(options);
    const language = languageOption(options);
    if (options.out !== undefined && !io.writeFile) throw new UsageError('--out is not available here');
    const { scenario, errors } = loadScenario(io, files, { language });
    const analysis = analyzeScenario(scenario, { now: () => 0 });
    const text = exportText(
      format,
      exportInput(analysis, () => prepareScenario(scenario), language),
    );
    if (options.out !== undefined) writeOut(io, options.out, text);
    else if (io.write) io.write(text);
    else io.stdout(text.replace(/\n$/, ''));
    return errors > 0 ? 1 : 0;
  },
};
