import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticKey } from '../engine';
import { TRIGGERS, triggerDiagnostics } from '../engine/diagnosticTriggers.testkit';
import './everyCatalogue';
import { diagnosticText } from './diagnosticText';

/** Words the Chinese must keep as written wherever the English has them. */
const CODE_WORDS =
  /\b(?:Version|Id|Statement|Sid|Effect|(?:Not)?Principal|(?:Not)?Action|(?:Not)?Resource|Condition(?! key| operator)|Allow|Deny|ARN|JSON|IAM|2012-10-17|2008-10-17|ForAllValues|IfExists|Null|Bool)\b/g;

/**
 * The strings among a diagnostic's arguments (and in its coded ones, but their kind) that its English
 * shows; lowercase words are codes (a policy kind, a container) the language words instead.
 */
function shownValues(d: Diagnostic): string[] {
  const inside = (arg: object): unknown[] =>
    Object.entries(arg as Record<string, unknown>).flatMap(([name, value]) =>
      name === 'kind' ? [] : [value],
    );
  return d.args
    .flatMap((arg) => (typeof arg === 'object' && arg !== null ? inside(arg) : [arg]))
    .filter((v): v is string => typeof v === 'string' && !/^[a-z]*$/.test(v) && d.message.includes(v));
}

const diagnostics: Diagnostic[] = Object.keys(TRIGGERS).flatMap((key) =>
  triggerDiagnostics(key as DiagnosticKey),
);

describe('diagnosticText', () => {
  it('is the English message in English', () => {
    for (const d of diagnostics) expect(diagnosticText('en', d)).toBe(d.message);
  });

  it('falls back to the English message for a code no catalogue words', () => {
    const d = { code: 'TS9999', message: 'Something new.', args: [] };
    expect(diagnosticText('zh-Hans', d)).toBe('Something new.');
  });

  it.each(['zh-Hans', 'zh-Hant'] as const)(
    'words every triggered diagnostic in %s, keeping values and element names',
    (language) => {
      const codes = new Set(diagnostics.map((d) => d.code));
      expect(codes.size).toBe(Object.keys(TRIGGERS).length);
      for (const d of diagnostics) {
        const text = diagnosticText(language, d);
        expect(text, d.code).not.toBe(d.message);
        expect(text, d.code).toMatch(/[\u4e00-\u9fff]/);
        expect(text, d.code).not.toMatch(/\{\w+\}/);
        for (const slip of ['undefined', '[object Object]', 'NaN'])
          if (!d.message.includes(slip)) expect(text, d.code).not.toContain(slip);
        for (const value of shownValues(d)) expect(text, d.code).toContain(value);
        for (const word of d.message.match(CODE_WORDS) ?? [])
          expect(text, `${d.code} ${word}`).toContain(word);
      }
    },
  );

  it('words the policy kind, expected type and found type as codes, not English', () => {
    const [wrongType] = triggerDiagnostics('WRONG_TYPE');
    expect(wrongType && diagnosticText('zh-Hans', wrongType)).toBe('Sid 必须是字符串，但这是数字 5。');
    expect(wrongType && diagnosticText('zh-Hant', wrongType)).toBe('Sid 必須是字串，但這是數字 5。');
    const [missing] = triggerDiagnostics('MISSING_PRINCIPAL');
    expect(missing && diagnosticText('zh-Hans', missing)).toContain('角色信任策略中的语句');
    expect(missing && diagnosticText('zh-Hant', missing)).toContain('角色信任政策中的陳述式');
  });
});
