import { importFiles, type ImportAssumption, type ImportProblem } from '../importers';
import { importAssumptionText } from '../i18n/diffText';
import { importProblemText } from '../i18n/importProblemText';
import { translator, type Language } from '../i18n/translate';
import type { Scenario } from '../model/scenario';
import { readInput, UsageError, type CliIo } from './command';

/** `FILE:LINE:COLUMN: SEVERITY at FIELD: sentence`, the sentence in `language` (`--lang`). */
export function formatProblem(p: ImportProblem, language: Language = 'en'): string {
  const where = [p.file, p.line !== undefined ? `${p.line}:${p.column ?? 1}` : undefined]
    .filter(Boolean)
    .join(':');
  return `${where}: ${p.severity}${p.field ? ` at ${p.field}` : ''}: ${importProblemText(language, p)}`;
}

export function formatAssumption(a: ImportAssumption, language: Language = 'en'): string {
  return `${a.file}: assumption${a.field ? ` at ${a.field}` : ''}: ${importAssumptionText(a, translator(language))}`;
}

export interface LoadOptions {
  /** Whose policy a resource-policy export is, when it does not say (`--resource`). */
  resource?: string | undefined;
  /** The account of what a Terraform plan has not created yet, when its providers do not say (`--account`). */
  account?: string | undefined;
  /** The language problems and assumptions are printed in (`--lang`). */
  language?: Language;
}

/**
 * Reads FILES (a scenario and/or any mix of exports), prints import problems and assumptions to
 * stderr, returns the scenario.
 */
export function loadScenario(
  io: CliIo,
  paths: string[],
  { resource, account, language = 'en' }: LoadOptions = {},
): { scenario: Scenario; errors: number } {
  if (paths.length === 0) throw new UsageError('give at least one FILE');
  const files = paths.map((path) => ({
    name: path,
    text: readInput(io, path),
    ...(resource !== undefined ? { resource } : {}),
    ...(account !== undefined ? { account } : {}),
  }));
  const result = importFiles(files);
  for (const problem of result.problems) io.stderr(formatProblem(problem, language));
  for (const assumption of result.assumptions) io.stderr(formatAssumption(assumption, language));
  return { scenario: result.scenario, errors: result.problems.filter((p) => p.severity === 'error').length };
}

/**
 * Splits `FILE... --flag value --switch` arguments. Flags listed in `flags` take a value; those in
 * `switches` stand alone.
 */
export function parseArgs(
  args: string[],
  flags: readonly string[],
  switches: readonly string[] = [],
): { files: string[]; options: Record<string, string>; on: Set<string> } {
  const files: string[] = [];
  const options: Record<string, string> = {};
  const on = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (switches.includes(name)) {
        on.add(name);
        continue;
      }
      if (!flags.includes(name)) throw new UsageError(`unknown option ${arg}`);
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      options[name] = value;
      i++;
    } else files.push(arg);
  }
  return { files, options, on };
}

export function required(options: Record<string, string>, name: string): string {
  const value = options[name];
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}
