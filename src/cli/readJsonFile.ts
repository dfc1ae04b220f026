import { parseJson, type JsonNode } from '../engine';
import { toPlainValue } from '../foundation/json/toPlainValue';
import { readInput, type CliIo } from './command';

/** Reads a JSON file with located errors; a file that is not JSON is the user's mistake, not a crash. */
export function readJsonFile(
  io: CliIo,
  path: string,
): { value?: unknown; errors: string[]; node?: JsonNode } {
  const text = readInput(io, path);
  const parsed = parseJson(text);
  const errors = parsed.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${path}:${d.range.start.line}:${d.range.start.column}: ${d.message}`);
  if (!parsed.value || errors.length > 0) return { errors };
  return { value: toPlainValue(parsed.value), errors, node: parsed.value };
}
