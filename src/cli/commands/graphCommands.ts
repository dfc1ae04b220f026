import {
  accessEdges,
  analyzeScenario,
  canPrincipal,
  findPaths,
  prepareScenario,
  summarizeAssumptions,
  whoCanReach,
  type PathHop,
  type Reached,
  type TrustPath,
} from '../../engine';
import { chainText } from '../../i18n/chainText';
import { translator } from '../../i18n/translate';
import type { Command } from '../command';
import { loadScenario, parseArgs, required } from '../loadScenario';
import { languageOption, wordedEdges, wordedFindings, wordedResult } from '../language';
import { OUTPUT_FORMATS } from '../outputFormats';
import { shortName } from '../permissionWords';
import { printJson } from '../printJson';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import a scenario and/or exports (GAAD, Kubernetes YAML, EKS/EC2/Lambda CLI output, ~/.aws/config, terraform show -json) and print the scenario',
  usage:
    'npm run --silent cli -- import FILES... [--resource ARN] [--account ID] [--lang en|zh-Hans|zh-Hant]',
  run: (args, io) => {
    const { files, options } = parseArgs(args, ['resource', 'account', 'lang']);
    const language = languageOption(options);
    const { resource, account } = options;
    const { scenario, errors } = loadScenario(io, files, { resource, account, language });
    printJson(io, scenario);
    return errors > 0 ? 1 : 0;
  },
};

export const analyzeCommand: Command = {
  name: 'analyze',
  summary:
    'Print the trust graph: nodes, every edge with its conditions and reason, findings, and what they assume',
  usage: 'npm run --silent cli -- analyze FILES... [--access] [--lang en|zh-Hans|zh-Hant]',
  run: (args, io) => {
    const { files, options, on } = parseArgs(args, ['lang'], ['access']);
    const language = languageOption(options);
    const { scenario, errors } = loadScenario(io, files, { language });
    const analysis = analyzeScenario(scenario, { now: () => 0 });
    const { findings, assumptions } = wordedFindings(analysis, summarizeAssumptions(analysis), language);
    const prepared = () => prepareScenario(scenario);
    // The access layer (--access): principals to the scenario's resources, by access level, as the app draws it.
    const access = on.has('access') ? accessEdges(prepared(), analysis, serviceCatalogue()) : [];
    printJson(io, {
      ...OUTPUT_FORMATS.analysis,
      nodes: analysis.nodes,
      edges: wordedEdges([...analysis.edges, ...access], prepared, language),
      findings,
      problems: analysis.problems,
      assumptions,
    });
    return errors > 0 ? 1 : 0;
  },
};

export const pathsCommand: Command = {
  name: 'paths',
  summary:
    'Print every path from one node to another, shortest first, with the session each ends in and how each hop is made',
  usage:
    'npm run --silent cli -- paths FILES... --from ID --to ID [--max-depth N] [--lang en|zh-Hans|zh-Hant]',
  run: (args, io) => {
    const { files, options } = parseArgs(args, ['from', 'to', 'max-depth', 'lang']);
    const language = languageOption(options);
    const t = translator(language);
    const { scenario } = loadScenario(io, files, { language });
    const analysis = analyzeScenario(scenario);
    const maxDepth = options['max-depth'] !== undefined ? Number(options['max-depth']) : undefined;
    const paths = findPaths(
      analysis,
      required(options, 'from'),
      required(options, 'to'),
      maxDepth ? { maxDepth } : {},
    );
    // `text`: the path as one line, an escalation hop naming its technique, in the chosen language.
    const text = (p: TrustPath) => chainText(p.nodes, p.hops, shortName, t);
    io.stdout(json({ paths: paths.map((p) => ({ ...p, text: text(p) })) }));
    return 0;
  },
};

export const canCommand: Command = {
  name: 'can',
  summary: 'Decide whether a principal of the scenario may perform an action on a resource, with the trace',
  usage:
    'npm run --silent cli -- can FILES... --principal ARN|anonymous --action ACTION --resource ARN [--lang en|zh-Hans|zh-Hant]',
  run: (args, io) => {
    const { files, options } = parseArgs(args, ['principal', 'action', 'resource', 'lang']);
    const language = languageOption(options);
    const { scenario } = loadScenario(io, files, { language });
    const result = canPrincipal(
      prepareScenario(scenario),
      required(options, 'principal'),
      required(options, 'action'),
      required(options, 'resource'),
    );
    io.stdout(json(wordedResult(result, language)));
    return 0;
  },
};

export const whoCanCommand: Command = {
  name: 'who-can',
  summary: 'List everyone who can become a role, directly or through a chain, with the nearest chain',
  usage: 'npm run --silent cli -- who-can FILES... --role ARN [--lang en|zh-Hans|zh-Hant]',
  run: (args, io) => {
    const { files, options } = parseArgs(args, ['role', 'lang']);
    const language = languageOption(options);
    const t = translator(language);
    const { scenario } = loadScenario(io, files, { language });
    const analysis = analyzeScenario(scenario);
    const role = required(options, 'role');
    const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
    const reached = whoCanReach(analysis, role);
    const next = new Map(reached.map((r) => [r.id, r]));
    const who = reached.map(({ id, hops }) => {
      const chain = nearestChain(id, role, next);
      return {
        id,
        kind: byId.get(id)?.kind,
        label: byId.get(id)?.label,
        hops,
        chain,
        text: chainText([id, ...chain.map((h) => h.to)], chain, shortName, t),
      };
    });
    io.stdout(json({ role, principals: who }));
    return 0;
  },
};

/**
 * The hops of the nearest chain from `id` to `to`, each node's next hop as the search found it; a
 * user that joins a group then takes its own hop from the group (Reached.joined).
 */
function nearestChain(id: string, to: string, next: ReadonlyMap<string, Reached>): PathHop[] {
  const hops: PathHop[] = [];
  for (let at = id; at !== to;) {
    const reached = next.get(at);
    if (!reached) break;
    hops.push(reached.edge);
    if (reached.joined) hops.push(reached.joined);
    at = (reached.joined ?? reached.edge).to;
  }
  return hops;
}
