/**
 * Unknown services and actions, checked against the AWS service reference when it is at hand. Kept
 * apart from the analysis so the analysis stays synchronous and data-free; the worker runs it once the
 * services a scenario names are loaded.
 */
import { documentJson, documentLookup, listDocuments } from '../../../model/documents';
import type { Scenario } from '../../../model/scenario';
import { parsePolicy } from '../../policy/parsePolicy';
import type { ActionCatalog } from '../../policy/policyContext';
import type { DocumentProblem } from '../types';

const CATALOG_CODES = new Set(['TS5002', 'TS5003']);

export function catalogProblems(
  scenario: Scenario,
  texts: Readonly<Record<string, string>>,
  catalog: ActionCatalog,
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const find = documentLookup(scenario);
  for (const ref of listDocuments(scenario)) {
    const text = texts[ref.id] ?? documentJson(find(ref.id));
    if (text === undefined) continue;
    for (const d of parsePolicy(text, ref.kind, { catalog }).diagnostics) {
      if (CATALOG_CODES.has(d.code)) {
        problems.push({ documentId: ref.id, ...d });
      }
    }
  }
  return problems;
}
