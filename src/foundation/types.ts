/** Where a thing is in the text the user typed, and what is wrong there: shared by every layer that reads text. */
/** A 1-based line and column (as Monaco counts them) plus the 0-based character offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range in the source text: `end` is the position just after the last character. */
export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable code from the registry in `diagnostics.ts`, e.g. `TS1001`. */
  code: string;
  severity: Severity;
  /** In English; the command line's JSON and the tests read it. */
  message: string;
  /** What the message was made from, typed per code in the registry: other languages word these. */
  args: readonly unknown[];
  range: SourceRange;
}

/** Where a policy document is attached; decides which elements are allowed and how it is evaluated. */

/** Which kind of policy a document is: it decides which elements it may hold and how it is evaluated. */
export type PolicyKind = 'identity' | 'trust' | 'resource' | 'scp' | 'rcp' | 'boundary' | 'session';
