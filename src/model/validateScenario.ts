/**
 * Runtime validation of scenario documents (version 1): the schema of scenarioSchema.ts (the same
 * one schema/scenario.schema.json is generated from) plus the cross-references a schema cannot
 * express. Pure TypeScript: it runs in the page, the worker and the CLI, and loads scenarios from
 * untrusted share links, so it never throws, and its result is a fresh copy of checked data.
 */
import { parseJson } from '../foundation/json/parseJson';
import type { Scenario } from './scenario';
import { ScenarioFile } from './scenarioSchema';
import * as v from 'valibot';
import { checkTree, plainIsSound } from './validation/checkTree';
import { checkCrossReferences } from './validation/crossReferences';
import { ProblemLog, type ScenarioProblem } from './validation/problemLog';
import { fromJsonNode, fromValue, pathAtOffset, toPlain, type VNode } from './validation/vnode';

export type { ScenarioProblem } from './validation/problemLog';
export { MAX_PROBLEMS } from './validation/problemLog';

export interface ScenarioValidation {
  /** Present only when no problem is an error. */
  scenario?: Scenario;
  problems: ScenarioProblem[];
}

/**
 * The version is checked first: a document from a newer Trustscope may use fields this one does
 * not know, and listing them all as "unknown" would hide the real reason.
 */
function checkVersion(r: ProblemLog, node: VNode): boolean {
  if (node.kind !== 'object') {
    r.error(
      '',
      node,
      `expected a scenario (an object with "version": 1), found ${node.kind === 'array' ? 'an array' : node.kind}`,
    );
    return false;
  }
  const version = node.properties.filter((p) => p.key === 'version').at(-1)?.value;
  if (!version) {
    const start = node.range?.start;
    r.report('error', 'version', start && { start, end: start }, 'missing; a scenario must say "version": 1');
    return false;
  }
  if (version.kind === 'number' && Number.isInteger(version.value) && version.value > 1) {
    r.error(
      'version',
      version,
      `version ${version.value} was made by a newer version of Trustscope; this one reads version 1. Update Trustscope to open it`,
    );
    return false;
  }
  return true;
}

/** Schema problems only, for tools that merge partial scenarios (the importer of scenario files). */
/**
 * Whether a scenario read from JSON text (plain, without places) has a sound structure: valibot over
 * the data, and what it lets through. Most files are sound; only the others need the located walk
 * of `checkScenarioShape` to say where, which costs a large file a node and a path per value.
 */
export function scenarioShapeIsSound(value: unknown): boolean {
  return v.is(ScenarioFile, value) && plainIsSound(ScenarioFile, value);
}

export function checkScenarioShape(node: VNode): ScenarioProblem[] {
  const reader = new ProblemLog();
  if (checkVersion(reader, node)) checkTree(reader, ScenarioFile, node);
  return reader.finish();
}

function validateTree(root: VNode, reader: ProblemLog): ScenarioValidation {
  // Cross-references are checked only on a sound structure: on a broken one they mostly repeat
  // the structural errors in other words ("role … is not in this scenario" for a misspelt field).
  if (!checkVersion(reader, root) || !checkTree(reader, ScenarioFile, root))
    return { problems: reader.finish() };
  // Safe: the schema accepted exactly this data. toPlain makes every key an own data property, so a
  // "__proto__" key inside a policy document cannot replace a prototype.
  const scenario = toPlain(root) as unknown as Scenario & { $schema?: string };
  delete scenario.$schema;
  reader.rememberAll(scenario);
  checkCrossReferences(reader, scenario);
  const problems = reader.finish();
  return problems.some((p) => p.severity === 'error') ? { problems } : { scenario, problems };
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
    const reader = new ProblemLog();
    for (const d of parsed.diagnostics) {
      const path = parsed.value ? pathAtOffset(parsed.value, d.range.start.offset) : '';
      reader.report(d.severity === 'error' ? 'error' : 'warning', path, d.range, d.message);
    }
    if (!parsed.value) return { problems: reader.finish() };
    if (reader.problems.some((p) => p.severity === 'error')) {
      // The parser recovered, but its guess at what was meant is no basis for a scenario; still
      // check the tree so the other mistakes show in the same pass.
      const root = fromJsonNode(parsed.value);
      if (checkVersion(reader, root)) checkTree(reader, ScenarioFile, root);
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
    return validateTree(fromValue(value), new ProblemLog());
  } catch (error) {
    return internalFailure(error);
  }
}
