/**
 * An import problem's sentence in a language, from its code and parameters (importers'
 * `ImportProblem`). The importers word their English `message` here too, so each sentence has one source.
 */
import { en, type MessageKey } from './en';
import type { ImportProblemCode, ImportProblemSubject } from './importProblemsEn';
import { translate, type Language } from './translate';

export type { ImportProblemCode, ImportProblemSubject } from './importProblemsEn';

export type ImportProblemParams = Record<string, string | number>;

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
