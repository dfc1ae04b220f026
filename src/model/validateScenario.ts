/**
 * Runtime validation of scenario documents (version 1), with the same rules as
 * schema/scenario.schema.json plus the cross-references a schema cannot express. Pure TypeScript:
 * it runs in the page, the worker and the CLI, and loads scenarios from untrusted share links, so
 * it never throws and builds its result only from checked fields.
 */
import { parseJson } from '../engine/json/parseJson';
import type { Scenario } from './scenario';
import { checkCrossReferences } from './validation/crossReferences';
import { Reader, type ScenarioProblem } from './validation/reader';
import { readScenario } from './validation/readScenario';
import { fromJsonNode, fromValue, pathAtOffset, type VNode } from './validation/vnode';

export type { ScenarioProblem } from './validation/reader';
export { MAX_PROBLEMS } from './validation/reader';
export { PATTERNS } from './validation/patterns';
export { SHAPES } from './validation/shapes';

export interface ScenarioValidation {
  /** Present only when no problem is an error. */
  scenario?: Scenario;
  problems: ScenarioProblem[];
}

function validateTree(root: VNode, reader: Reader): ScenarioValidation {
  const read = readScenario(reader, root);
  // Cross-references are checked only on a sound structure: on a broken one they mostly repeat
  // the structural errors in other words ("role … is not in this scenario" for a misspelt field).
  const sound = read !== undefined && !reader.problems.some((p) => p.severity === 'error');
  if (sound && read.name !== undefined && read.accounts !== undefined) {
    const scenario: Scenario = { ...read, version: 1, name: read.name, accounts: read.accounts };
    checkCrossReferences(reader, scenario);
    const problems = reader.finish();
    return problems.some((p) => p.severity === 'error') ? { problems } : { scenario, problems };
  }
  return { problems: reader.finish() };
}

function internalFailure(error: unknown): ScenarioValidation {
  // Only reachable through hostile values (a Proxy whose traps throw, a getter that throws).
  const reason = error instanceof Error ? error.message : 'unknown error';
  return {
    problems: [{ path: '', severity: 'error', message: `The scenario: could not be read (${reason})` }],
  };
}

/** Validates a scenario held as text; every problem has its JSON path and its range in the text. */
export function validateScenarioText(text: string): ScenarioValidation {
  try {
    const parsed = parseJson(text);
    const reader = new Reader();
    for (const d of parsed.diagnostics) {
      const path = parsed.value ? pathAtOffset(parsed.value, d.range.start.offset) : '';
      reader.report(d.severity === 'error' ? 'error' : 'warning', path, d.range, d.message);
    }
    if (!parsed.value) return { problems: reader.finish() };
    if (reader.problems.some((p) => p.severity === 'error')) {
      // The parser recovered, but its guess at what was meant is no basis for a scenario; still
      // read the tree so the other mistakes show in the same pass.
      readScenario(reader, fromJsonNode(parsed.value));
      return { problems: reader.finish() };
    }
    return validateTree(fromJsonNode(parsed.value), reader);
  } catch (error) {
    return internalFailure(error);
  }
}

/** Validates a value (from JSON.parse, code or structured clone); problems have paths, no ranges. */
export function validateScenarioValue(value: unknown): ScenarioValidation {
  try {
    return validateTree(fromValue(value), new Reader());
  } catch (error) {
    return internalFailure(error);
  }
}
