/** The JSON reader's diagnostics (TS1xxx): malformed JSON, said where and what, with a fix when there is one. */
import { def, diagnosticOf, didYouMean, type CodeDef } from '../diagnosticCode';
import type { Diagnostic, SourceRange } from '../types';

/** The character the reader stopped at: itself when printable, else its code point (`U+0001`). */
export type JsonFoundCharacter = { readonly char: string } | { readonly codePoint: string };

/** What the reader expected where it stopped; `line` and `column` say where the open container began. */
export type JsonExpected =
  | { readonly kind: 'value' | 'propertyName' | 'commentClose' }
  | { readonly kind: 'colon'; readonly key: string }
  | { readonly kind: 'nameOrClose'; readonly line: number; readonly column: number }
  | {
      readonly kind: 'commaOrClose';
      readonly container: 'object' | 'array';
      readonly line: number;
      readonly column: number;
    };

/** Why a number is not a JSON number (RFC 8259 §6). */
export type JsonNumberFault = 'plusSign' | 'leadingDot' | 'leadingZero' | 'noFractionDigits' | 'invalid';

const foundText = (found: JsonFoundCharacter): string =>
  'char' in found ? `"${found.char}"` : `character ${found.codePoint}`;

function expectedText(expected: JsonExpected): string {
  switch (expected.kind) {
    case 'value':
      return 'a value';
    case 'propertyName':
      return 'a property name in double quotes';
    case 'commentClose':
      return '"*/" to close the comment';
    case 'colon':
      return `":" after the property name "${expected.key}"`;
    case 'nameOrClose':
      return `a property name or "}" to close the object opened at line ${expected.line} column ${expected.column}`;
    case 'commaOrClose':
      return `"," or "${expected.container === 'object' ? '}' : ']'}" to close the ${expected.container} opened at line ${expected.line} column ${expected.column}`;
  }
}

const numberFaultText: Record<JsonNumberFault, string> = {
  plusSign: 'JSON numbers cannot start with "+"',
  leadingDot: 'write a 0 before the decimal point',
  leadingZero: 'leading zeros are not allowed',
  noFractionDigits: 'write at least one digit after the decimal point',
  invalid: 'it is not a valid JSON number',
};

export const jsonDiagnosticCodes = {
  JSON_EMPTY: def('TS1001', 'error', () => 'The document is empty: expected a JSON object.'),
  JSON_UNEXPECTED_CHARACTER: def(
    'TS1002',
    'error',
    (found: JsonFoundCharacter, expected: JsonExpected) =>
      `Unexpected ${foundText(found)}: expected ${expectedText(expected)}.`,
  ),
  JSON_UNEXPECTED_END: def(
    'TS1003',
    'error',
    (expected: JsonExpected) => `Unexpected end of the document: expected ${expectedText(expected)}.`,
  ),
  JSON_TRAILING_COMMA: def(
    'TS1004',
    'error',
    (container: 'object' | 'array') =>
      `Trailing comma: JSON does not allow a comma after the last ${container === 'object' ? 'property' : 'item'}. Remove it.`,
  ),
  JSON_COMMENT: def('TS1005', 'error', () => 'Comments are not allowed in JSON. Remove the comment.'),
  JSON_SINGLE_QUOTE: def(
    'TS1006',
    'error',
    () => 'Strings must use double quotes ("), not single quotes (\').',
  ),
  JSON_UNQUOTED_KEY: def(
    'TS1007',
    'error',
    (key: string) => `Property names must be in double quotes: write "${key}".`,
  ),
  JSON_UNTERMINATED_STRING: def(
    'TS1008',
    'error',
    () => 'Unterminated string: add the closing double quote (").',
  ),
  JSON_BAD_ESCAPE: def(
    'TS1009',
    'error',
    (sequence: string) =>
      `Invalid escape sequence ${sequence}: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. Write \\\\ for a literal backslash.`,
  ),
  JSON_CONTROL_CHARACTER: def(
    'TS1010',
    'error',
    (codePoint: string) =>
      `Control character ${codePoint} must be escaped inside a string (for example \\n or \\t).`,
  ),
  JSON_INVALID_NUMBER: def(
    'TS1011',
    'error',
    (raw: string, fault: JsonNumberFault) => `Invalid number ${raw}: ${numberFaultText[fault]}.`,
  ),
  JSON_MISSING_COMMA: def(
    'TS1012',
    'error',
    (container: 'object' | 'array') =>
      `Missing comma between ${container === 'object' ? 'properties' : 'array items'}.`,
  ),
  JSON_TRAILING_CONTENT: def(
    'TS1013',
    'error',
    () => 'Unexpected content after the end of the JSON value: a document holds exactly one value.',
  ),
  JSON_TOO_DEEP: def(
    'TS1014',
    'error',
    (limit: number) => `The document nests more than ${limit} levels deep; no policy needs that.`,
  ),
  JSON_INVALID_LITERAL: def(
    'TS1015',
    'error',
    (word: string, suggestion: string | undefined) =>
      `Unexpected word "${word}": JSON values are strings in double quotes, numbers, true, false, null, objects or arrays.${didYouMean(suggestion)}`,
  ),
  JSON_MISSING_COLON: def(
    'TS1016',
    'error',
    (key: string) => `Expected ":" after the property name "${key}".`,
  ),
  JSON_NONSTANDARD_WHITESPACE: def(
    'TS1017',
    'error',
    (codePoint: string) =>
      `Character ${codePoint} looks like a space but is not JSON whitespace (often pasted from a web page). Replace it with a normal space.`,
  ),
  JSON_CURLY_QUOTE: def(
    'TS1018',
    'error',
    () => 'Curly quotes (“ ” ‘ ’) are not JSON quotes: use straight double quotes (").',
  ),
} as const;

export type JsonDiagnosticKey = keyof typeof jsonDiagnosticCodes;

/** The message arguments of an entry. */
export type JsonDiagnosticArgs<K extends JsonDiagnosticKey> = Parameters<
  (typeof jsonDiagnosticCodes)[K]['message']
>;

export function makeJsonDiagnostic<K extends JsonDiagnosticKey>(
  key: K,
  range: SourceRange,
  args: JsonDiagnosticArgs<K>,
): Diagnostic {
  return diagnosticOf(jsonDiagnosticCodes[key] as CodeDef<JsonDiagnosticArgs<K>>, range, args);
}
