import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types';
import { MAX_JSON_DEPTH, parseJson, toPlainValue, type JsonNode } from './parseJson';

/** "line:column-line:column" of a diagnostic, to assert positions compactly. */
const at = (d: Diagnostic | undefined): string =>
  d === undefined
    ? 'none'
    : `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;

const codes = (text: string): string[] => parseJson(text).diagnostics.map((d) => d.code);

function only(text: string): Diagnostic {
  const { diagnostics } = parseJson(text);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

describe('parseJson', () => {
  it('builds a located tree with keys in document order', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [ { "Effect": "Allow" }, 42, true, null ]\n}';
    const { value, diagnostics } = parseJson(text);
    expect(diagnostics).toEqual([]);
    expect(value?.kind).toBe('object');
    if (value?.kind !== 'object') return;
    expect(value.range.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(value.range.end).toEqual({ line: 4, column: 2, offset: text.length });
    const [version, statement] = value.properties;
    expect(version?.key).toBe('Version');
    expect(version?.keyRange.start).toEqual({ line: 2, column: 3, offset: 4 });
    expect(version?.value).toMatchObject({ kind: 'string', value: '2012-10-17' });
    expect(version?.value.range.start.column).toBe(14);
    const items = statement?.value.kind === 'array' ? statement.value.items : [];
    expect(items.map((i) => i.kind)).toEqual(['object', 'number', 'boolean', 'null']);
    expect(items[1]).toMatchObject({ kind: 'number', value: 42, raw: '42' });
  });

  it('keeps duplicate keys in order for the policy layer to report', () => {
    const { value } = parseJson('{"Effect":"Allow","Effect":"Deny"}');
    expect(value?.kind === 'object' && value.properties.map((p) => [p.key, toPlainValue(p.value)])).toEqual([
      ['Effect', 'Allow'],
      ['Effect', 'Deny'],
    ]);
  });

  it('decodes every escape, including surrogate pairs', () => {
    const { value, diagnostics } = parseJson(String.raw`"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"`);
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({ kind: 'string', value: 'a"b\\c/d\b\f\n\r\té😀' });
  });

  it('keeps the raw text of numbers and accepts every RFC 8259 number form', () => {
    const { value } = parseJson('[0, -0, 1.50, 1e3, -2.5E-2, 123456789012]');
    const raws =
      value?.kind === 'array'
        ? value.items.map((i) => (i.kind === 'number' ? [i.raw, i.value] : i.kind))
        : [];
    expect(raws).toEqual([
      ['0', 0],
      ['-0', -0],
      ['1.50', 1.5],
      ['1e3', 1000],
      ['-2.5E-2', -0.025],
      ['123456789012', 123456789012],
    ]);
  });

  it('reports a trailing comma at its exact position and still returns the value', () => {
    const text = '[\n  [\n   1,\n  ]\n]';
    const result = parseJson(text);
    expect(result.diagnostics.map((d) => [d.code, at(d)])).toEqual([['TS1004', '3:5-3:6']]);
    expect(result.value && toPlainValue(result.value)).toEqual([[1]]);
    const inObject = only('{\n  "Effect": "Allow",\n}');
    expect([inObject.code, at(inObject)]).toEqual(['TS1004', '2:20-2:21']);
    expect(inObject.message).toContain('after the last property');
  });

  it('reports line and block comments and skips them', () => {
    const result = parseJson('{\n  // why\n  "a": /* inline */ 1\n}');
    expect(result.diagnostics.map((d) => [d.code, at(d)])).toEqual([
      ['TS1005', '2:3-2:9'],
      ['TS1005', '3:8-3:20'],
    ]);
    expect(result.value && toPlainValue(result.value)).toEqual({ a: 1 });
    const unterminated = only('{ /* never closed');
    expect([unterminated.code, at(unterminated)]).toEqual(['TS1003', '1:3-1:18']);
  });

  it('reports single quotes and unquoted keys but reads them', () => {
    const result = parseJson("{'Effect': 'Allow', Action: \"s3:*\"}");
    expect(result.diagnostics.map((d) => [d.code, at(d)])).toEqual([
      ['TS1006', '1:2-1:10'],
      ['TS1006', '1:12-1:19'],
      ['TS1007', '1:21-1:27'],
    ]);
    expect(result.diagnostics[2]?.message).toBe('Property names must be in double quotes: write "Action".');
    expect(result.value && toPlainValue(result.value)).toEqual({ Effect: 'Allow', Action: 's3:*' });
  });

  it('stops at an unterminated string, pointing from the opening quote to the line end', () => {
    const result = parseJson('{\n  "Effect": "Allow,\n  "Action": "s3:*"\n}');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, at(d)])).toEqual([['TS1008', '2:13-2:20']]);
    expect(at(only('"abc'))).toBe('1:1-1:5');
  });

  it('reports bad escapes with the sequence in the message', () => {
    const bad = only(String.raw`{"Resource": "arn:aws:s3:::a\qb"}`);
    expect([bad.code, at(bad)]).toEqual(['TS1009', '1:29-1:31']);
    expect(bad.message).toContain('\\q');
    const badUnicode = only(String.raw`"\u12G4"`);
    expect([badUnicode.code, at(badUnicode)]).toEqual(['TS1009', '1:2-1:8']);
  });

  it('reports raw control characters inside strings', () => {
    const d = only('"a\tb"');
    expect([d.code, at(d)]).toEqual(['TS1010', '1:3-1:4']);
    expect(d.message).toContain('U+0009');
  });

  it.each([
    ['+1', 'cannot start with "+"'],
    ['.5', 'write a 0 before the decimal point'],
    ['01', 'leading zeros are not allowed'],
    ['1.', 'at least one digit after the decimal point'],
    ['1e', 'not a valid JSON number'],
    ['-', 'not a valid JSON number'],
  ])('reports the invalid number %s', (raw, reason) => {
    const d = only(`[${raw}]`);
    expect(d.code).toBe('TS1011');
    expect(d.message).toContain(reason);
    expect(at(d)).toBe(`1:2-1:${2 + raw.length}`);
  });

  it('says where an unclosed container was opened when the text ends', () => {
    const d = only('{\n  "Statement": [\n    {"Effect": "Allow"}');
    expect(d.code).toBe('TS1003');
    expect(d.message).toContain('"]" to close the array opened at line 2 column 16');
    expect(at(d)).toBe('3:24-3:24');
    expect(only('{"a":').message).toContain('expected a value');
    expect(only('{"a"').code).toBe('TS1003');
  });

  it('reports missing commas and missing colons', () => {
    const result = parseJson('{"a": 1\n "b": [1 2]}');
    expect(result.diagnostics.map((d) => [d.code, at(d)])).toEqual([
      ['TS1012', '2:2-2:3'],
      ['TS1012', '2:10-2:11'],
    ]);
    expect(result.value && toPlainValue(result.value)).toEqual({ a: 1, b: [1, 2] });
    const colon = only('{"a" 1}');
    expect([colon.code, at(colon)]).toEqual(['TS1016', '1:6-1:7']);
  });

  it('reports content after the value but keeps the value', () => {
    const result = parseJson('{"a": 1}\n}');
    expect(result.diagnostics.map((d) => [d.code, at(d)])).toEqual([['TS1013', '2:1-2:2']]);
    expect(result.value?.kind).toBe('object');
  });

  it('rejects an empty document', () => {
    expect(codes('')).toEqual(['TS1001']);
    expect(codes(' \n\t ')).toEqual(['TS1001']);
    expect(parseJson('').value).toBeUndefined();
  });

  it('suggests the right literal for near misses', () => {
    expect(only('{"a": True}').message).toContain('Did you mean "true"?');
    expect(only('[tru]').message).toContain('Did you mean "true"?');
    expect(only('[None]').message).toContain('Did you mean "null"?');
    const nan = only('[NaN]');
    expect([nan.code, nan.message.includes('Did you mean')]).toEqual(['TS1015', false]);
  });

  it('explains curly quotes and look-alike spaces pasted from web pages', () => {
    expect(codes('{“Effect”: "Allow"}')).toEqual(['TS1018']);
    const nbsp = parseJson('{"a":\u00a01}');
    expect(nbsp.diagnostics.map((d) => [d.code, at(d)])).toEqual([['TS1017', '1:6-1:7']]);
    expect(nbsp.value && toPlainValue(nbsp.value)).toEqual({ a: 1 });
  });

  it('reports an unexpected character with what was expected', () => {
    const d = only('{"a": 1;}');
    expect(d.code).toBe('TS1002');
    expect(d.message).toBe(
      'Unexpected ";": expected "," or "}" to close the object opened at line 1 column 1.',
    );
    expect(at(d)).toBe('1:8-1:9');
  });

  it('counts \\r\\n, \\n and lone \\r as line breaks and columns in UTF-16 units', () => {
    expect(at(only('{\r\n"a": 1,\r\n}'))).toBe('2:7-2:8');
    expect(at(only('{\r"a": 1,\r}'))).toBe('2:7-2:8');
    // The emoji is two UTF-16 units, as Monaco counts columns.
    expect(at(only('["😀", 1,]'))).toBe('1:9-1:10');
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseJson('\ufeff{"a": 1}').diagnostics).toEqual([]);
  });

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and rejects one more`, () => {
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJson(ok).diagnostics).toEqual([]);
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    const d = only(deep);
    expect([d.code, at(d)]).toEqual(['TS1014', `1:${MAX_JSON_DEPTH + 1}-1:${MAX_JSON_DEPTH + 2}`]);
  });

  it('returns a diagnostic, not a stack overflow, for 100,000 opening brackets', () => {
    const result = parseJson('['.repeat(100_000));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TS1014']);
    expect(parseJson('{"a":'.repeat(100_000)).diagnostics.map((d) => d.code)).toEqual(['TS1014']);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parseJson(text);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        if (result.value === undefined) expect(result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on every valid document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const result = parseJson(text);
        expect(result.diagnostics).toEqual([]);
        expect(toPlainValue(result.value as JsonNode)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toPlainValue', () => {
  it('makes __proto__ and constructor own properties without touching any prototype', () => {
    const text =
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "a": {"__proto__": []}}';
    const { value } = parseJson(text);
    const plain = toPlainValue(value as JsonNode) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(['__proto__', 'constructor', 'a']);
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toEqual({ polluted: true });
    expect(Array.isArray(Object.getOwnPropertyDescriptor(plain['a'], '__proto__')?.value)).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((plain as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('lets the last duplicate key win, as JSON.parse does', () => {
    const { value } = parseJson('{"a": 1, "a": 2}');
    expect(toPlainValue(value as JsonNode)).toEqual({ a: 2 });
  });
});
