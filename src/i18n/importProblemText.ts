/**
 * An import problem's sentence in a language, from its code and parameters (importers'
 * `ImportProblem`). The importers word their English `message` here too, so each sentence has one source.
 */
import { en, type MessageKey } from './en';
import type { ImportProblemCode, ImportProblemSubject } from './importProblemsEn';
import type { Diagnostic } from '../engine';
import { diagnosticText } from './diagnosticText';
import { translate, type Language } from './translate';

export type { ImportProblemCode, ImportProblemSubject } from './importProblemsEn';

export type ImportProblemParams = Record<string, string | number>;

/**
 * A parser diagnostic inside an import problem: its code, its English sentence, and its arguments as
 * JSON (a problem's parameters are flat), so it is worded in the reader's language with the rest.
 */
export function diagnosticParams(d: Pick<Diagnostic, 'code' | 'message' | 'args'>): ImportProblemParams {
  return { diagnostic: d.code, detail: d.message, args: JSON.stringify(d.args) };
}

/** The nested diagnostic's sentence in `language`; its English when the problem carries none. */
function nestedDiagnostic(language: Language, params: ImportProblemParams): string | undefined {
  const { diagnostic, detail, args } = params;
  if (typeof diagnostic !== 'string' || typeof detail !== 'string' || typeof args !== 'string')
    return undefined;
  // JSON writes a missing argument (no suggestion) as null: read it back as undefined.
  const values = (JSON.parse(args) as unknown[]).map((v) => (v === null ? undefined : v));
  return diagnosticText(language, { code: diagnostic, message: detail, args: values });
}

const FORMAT_KEYS = Object.keys(en).filter((key) => key.startsWith('importFormat.')) as MessageKey[];

/** The problems that list every format the import accepts, as `{accepted}`. */
const LISTING_FORMATS: ReadonlySet<ImportProblemCode> = new Set(['file-empty', 'file-format-unknown']);

/** What the message's `{what}` and `{accepted}` stand for, worded in the same language. */
function derived(
  language: Language,
  code: ImportProblemCode,
  params: ImportProblemParams,
): ImportProblemParams {
  const out = { ...params };
  const nested = nestedDiagnostic(language, params);
  // Inside the parentheses of a policy's problem, the diagnostic's own full stop would be doubled.
  if (nested !== undefined)
    out.detail = code === 'policy-invalid-json' && language !== 'en' ? nested.replace(/。$/, '') : nested;
  const subject = params.subject as ImportProblemSubject | undefined;
  if (subject !== undefined) out.what = translate(language, `importSubject.${subject}`, params);
  if (LISTING_FORMATS.has(code)) {
    const labels = FORMAT_KEYS.map((key) => translate(language, key));
    out.accepted = labels.join(language === 'en' ? '; ' : '；');
  }
  return out;
}

export function importProblemText(
  language: Language,
  problem: { code: ImportProblemCode; params: ImportProblemParams },
): string {
  return translate(
    language,
    `importProblem.${problem.code}`,
    derived(language, problem.code, problem.params),
  );
}
