/**
 * `diff PLAN` (a `terraform show -json` plan: before is its prior state, after its planned values) or
 * `diff --before FILES... --after FILES...`: what changed in who can become whom, and whether any
 * `--fail-on` condition is met. Exit codes: 0 none met, 1 one met, 2 a usage error, 3 an input that
 * cannot be read.
 */
import {
  administratorRoles,
  analyzeScenario,
  diffAnalyses,
  failMatches,
  prepareScenario,
  type Analysis,
} from '../../engine';
import { importFiles, type ImportFile, type ImportResult, type TerraformSide } from '../../importers';
import { translator, type Language } from '../../i18n/translate';
import type { CliIo, Command } from '../command';
import { languageOption } from '../language';
import { formatProblem } from '../loadScenario';
import { parseDiffArgs } from './diffArgs';
import { diffJson, diffMarkdown, diffText, type DiffReport } from './diffReport';

const UNREADABLE = 3;

/** The side's import, or undefined (after saying why) when a file cannot be read or is no known format. */
function load(
  io: CliIo,
  paths: string[],
  side: TerraformSide | undefined,
  { account, language }: { account: string | undefined; language: Language },
): ImportResult | undefined {
  const files: ImportFile[] = [];
  for (const path of paths) {
    try {
      files.push({
        name: path,
        text: io.readFile(path),
        ...(side ? { side } : {}),
        ...(account ? { account } : {}),
      });
    } catch (error) {
      io.stderr(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
  const result = importFiles(files);
  for (const problem of result.problems) io.stderr(formatProblem(problem, language));
  return result.detected.some((d) => d.format === 'unknown') ? undefined : result;
}

function analysed(result: ImportResult): { analysis: Analysis; admins: Set<string> } {
  return {
    analysis: analyzeScenario(result.scenario, { now: () => 0 }),
    admins: administratorRoles(prepareScenario(result.scenario)),
  };
}

export const diffCommand: Command = {
  name: 'diff',
  summary:
    'What changed in who can become whom: a Terraform plan, or two sets of files; --fail-on gates a review',
  usage:
    'npm run --silent cli -- diff PLAN | --before FILES... --after FILES... [--format text|json|markdown] [--fail-on new-edge-into=ARN|new-admin-path|finding-severity=S]... [--account ID] [--lang en|zh-Hans|zh-Hant]',
  run: (args, io) => {
    const parsed = parseDiffArgs(args);
    const language = languageOption(parsed.options);
    const t = translator(language);
    const reading = { account: parsed.options.account, language };
    const [beforeFiles, afterFiles] =
      parsed.plan.length > 0 ? [parsed.plan, parsed.plan] : [parsed.before, parsed.after];
    const sides = parsed.plan.length > 0 ? (['before', 'after'] as const) : ([undefined, undefined] as const);
    const before = load(io, beforeFiles, sides[0], reading);
    const after = before && load(io, afterFiles, sides[1], reading);
    if (!before || !after) return UNREADABLE;
    const [was, now] = [analysed(before), analysed(after)];
    const diff = diffAnalyses({
      before: was.analysis,
      after: now.analysis,
      admins: { before: was.admins, after: now.admins },
    });
    const failed = parsed.failOn
      .map(({ text, condition }) => ({ condition: text, matches: failMatches(diff, condition) }))
      .filter((f) => f.matches.length > 0);
    const labels = new Map([...was.analysis.nodes, ...now.analysis.nodes].map((n) => [n.id, n.label]));
    const report: DiffReport = {
      diff,
      assumptions: after.assumptions,
      failed,
      label: (id) => labels.get(id) ?? id,
      t,
    };
    if (parsed.format === 'json') io.stdout(JSON.stringify(diffJson(report), null, 2));
    else io.stdout(parsed.format === 'markdown' ? diffMarkdown(report) : diffText(report));
    return failed.length > 0 ? 1 : 0;
  },
};
