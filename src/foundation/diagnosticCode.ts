/**
 * One entry of a diagnostic registry: a stable code, a default severity and the message its
 * arguments make. Registries (the JSON reader's here, the policy checks' in the engine) are joined
 * into one, so a code is never reused.
 */
import type { Diagnostic, Severity, SourceRange } from './types';

export interface CodeDef<A extends readonly unknown[], C extends string = string> {
  readonly code: C;
  readonly severity: Severity;
  readonly message: (...args: A) => string;
}

export function def<A extends readonly unknown[], C extends string = string>(
  code: C,
  severity: Severity,
  message: (...args: A) => string,
): CodeDef<A, C> {
  return { code, severity, message };
}

export const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;

/**
 * The diagnostic of `entry` at `range`; `severity` overrides the default where context decides it.
 * The arguments travel with the English message so each language can word them (src/i18n).
 */
export function diagnosticOf<A extends readonly unknown[]>(
  entry: CodeDef<A>,
  range: SourceRange,
  args: A,
  severity?: Severity,
): Diagnostic {
  return {
    code: entry.code,
    severity: severity ?? entry.severity,
    message: entry.message(...args),
    args,
    range,
  };
}
