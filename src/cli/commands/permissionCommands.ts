import {
  analyzeScenario,
  prepareScenario,
  undecidedHops,
  whatCanDo,
  whoCanAccess,
  type GraphEdge,
  type PermissionRow,
} from '../../engine';
import type { Command, CliIo } from '../command';
import { UsageError } from '../command';
import { languageOption } from '../language';
import { loadScenario, parseArgs, required } from '../loadScenario';
import { OUTPUT_FORMATS } from '../outputFormats';
import { jsonRow, textLines } from '../permissionWords';
import { printJson } from '../printJson';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';

const LANG = '[--lang en|zh-Hans|zh-Hant]';

export const permissionsCommand: Command = {
  name: 'permissions',
  summary:
    'List every action a node can perform, itself or at the end of each chain it can take, after every policy',
  usage: `npm run --silent cli -- permissions FILES... --principal ID [--service S] [--resource ARN] [--all] [--json] ${LANG}`,
  run: (args, io) => {
    const { files, options, on } = parseArgs(
      args,
      ['principal', 'service', 'resource', 'lang'],
      ['all', 'json'],
    );
    const language = languageOption(options);
    const { scenario, errors } = loadScenario(io, files, { resource: options.resource, language });
    const analysis = analyzeScenario(scenario, { now: () => 0 });
    const principal = required(options, 'principal');
    if (!analysis.nodes.some((n) => n.id === principal))
      throw new UsageError(`--principal ${principal} is no node of the scenario (see analyze for the ids)`);
    const rows = whatCanDo(prepareScenario(scenario), analysis, serviceCatalogue(), principal, {
      ...(options.service !== undefined ? { service: options.service } : {}),
      includeDenied: on.has('all'),
    });
    const json = on.has('json') ? { ...OUTPUT_FORMATS.permissions, principal } : undefined;
    print(io, rows, json, language, rows.length === 0 ? undecidedHops(analysis, principal) : []);
    return errors > 0 ? 1 : 0;
  },
};

export const whoCanAccessCommand: Command = {
  name: 'who-can-access',
  summary: 'List every principal that can act on a resource, directly or through a chain, by access level',
  usage: `npm run --silent cli -- who-can-access FILES... --resource ARN [--action A] [--all] [--json] ${LANG}`,
  run: (args, io) => {
    const { files, options, on } = parseArgs(args, ['resource', 'action', 'lang'], ['all', 'json']);
    const language = languageOption(options);
    const resource = required(options, 'resource');
    // The resource asked about is also whose policy an export that does not say belongs to.
    const { scenario, errors } = loadScenario(io, files, { resource, language });
    const analysis = analyzeScenario(scenario, { now: () => 0 });
    const rows = whoCanAccess(prepareScenario(scenario), analysis, serviceCatalogue(), resource, {
      ...(options.action !== undefined ? { action: options.action } : {}),
      includeDenied: on.has('all'),
    });
    print(io, rows, on.has('json') ? { ...OUTPUT_FORMATS.whoCanAccess, resource } : undefined, language);
    return errors > 0 ? 1 : 0;
  },
};

/** Text lines, or with `--json` one object: its format, version and question, then the rows. */
function print(
  io: CliIo,
  rows: PermissionRow[],
  json: Record<string, string | number> | undefined,
  language: Parameters<typeof jsonRow>[1],
  undecided: readonly GraphEdge[] = [],
): void {
  if (json) printJson(io, { ...json, rows: rows.map((row) => jsonRow(row, language)) });
  else io.stdout(textLines(rows, language, undecided).join('\n'));
}
