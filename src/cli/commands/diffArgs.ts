/**
 * `diff PLAN` or `diff --before FILES... --after FILES...`, with `--format`, `--fail-on` (repeatable),
 * `--account` and `--lang`: parsed by hand, since two flags take lists of files.
 */
import { SEVERITIES, type FailCondition, type FindingSeverity } from '../../engine';
import { UsageError } from '../command';

export type DiffFormat = 'text' | 'json' | 'markdown';

export interface DiffArgs {
  plan: string[];
  before: string[];
  after: string[];
  format: DiffFormat;
  failOn: { text: string; condition: FailCondition }[];
  options: Record<string, string>;
}

const VALUED = ['format', 'fail-on', 'account', 'lang'];

function failCondition(text: string): FailCondition {
  if (text === 'new-admin-path') return { kind: 'new-admin-path' };
  const [name, value] = [text.slice(0, text.indexOf('=')), text.slice(text.indexOf('=') + 1)];
  if (name === 'new-edge-into' && value !== '') return { kind: 'new-edge-into', target: value };
  if (name === 'finding-severity' && (SEVERITIES as readonly string[]).includes(value))
    return { kind: 'finding-severity', severity: value as FindingSeverity };
  throw new UsageError(
    `--fail-on takes new-edge-into=ARN, new-admin-path or finding-severity=${SEVERITIES.join('|')}, not ${JSON.stringify(text)}`,
  );
}

export function parseDiffArgs(args: string[]): DiffArgs {
  const lists: Record<'plan' | 'before' | 'after', string[]> = { plan: [], before: [], after: [] };
  let into: keyof typeof lists = 'plan';
  const options: Record<string, string> = {};
  const failOn: DiffArgs['failOn'] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--before' || arg === '--after') into = arg === '--before' ? 'before' : 'after';
    else if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const value = args[++i];
      if (!VALUED.includes(name)) throw new UsageError(`unknown option ${arg}`);
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (name === 'fail-on') failOn.push({ text: value, condition: failCondition(value) });
      else options[name] = value;
    } else lists[into].push(arg);
  }
  const sides = lists.before.length > 0 || lists.after.length > 0;
  if (sides && (lists.plan.length > 0 || lists.before.length === 0 || lists.after.length === 0))
    throw new UsageError('give one PLAN, or --before FILES... and --after FILES...');
  if (!sides && lists.plan.length !== 1)
    throw new UsageError('give one PLAN, or --before FILES... and --after FILES...');
  const format = options.format ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format))
    throw new UsageError(`--format takes text, json or markdown, not ${JSON.stringify(format)}`);
  return { ...lists, format: format as DiffFormat, failOn, options };
}
