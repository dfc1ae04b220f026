import { describe, expect, it } from 'vitest';
import './everyCatalogue';
import { importProblemText, type ImportProblemCode, type ImportProblemSubject } from './importProblemText';
import { importProblemsEn } from './importProblemsEn';
import { importProblemsZhHans } from './importProblemsZhHans';
import { importProblemsZhHant } from './importProblemsZhHant';
import { LANGUAGES } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codes = Object.keys(importProblemsEn)
  .filter((key) => key.startsWith('importProblem.'))
  .map((key) => key.slice('importProblem.'.length) as ImportProblemCode);
const subjects = Object.keys(importProblemsEn)
  .filter((key) => key.startsWith('importSubject.'))
  .map((key) => key.slice('importSubject.'.length) as ImportProblemSubject);

/** A value for every placeholder the English sentence names; `{what}` comes from a subject. */
function paramsFor(code: ImportProblemCode, subject: ImportProblemSubject): Record<string, string> {
  const names = placeholders(importProblemsEn[`importProblem.${code}`]).filter((n) => n !== undefined);
  const params: Record<string, string> = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
  if (names.includes('what')) Object.assign(params, { subject, name: '<name>', attribute: '<attribute>' });
  delete params.what;
  delete params.accepted;
  return params;
}

describe('import problems worded in every language', () => {
  it('has every sentence with the same placeholders in zh-Hans and zh-Hant as in English', () => {
    for (const [key, english] of Object.entries(importProblemsEn)) {
      const k = key as keyof typeof importProblemsEn;
      expect(placeholders(importProblemsZhHans[k]), `zh-Hans ${key}`).toEqual(placeholders(english));
      expect(placeholders(importProblemsZhHant[k]), `zh-Hant ${key}`).toEqual(placeholders(english));
    }
  });

  it('leaves no {placeholder} in any code’s wording, whatever a policy document is called', () => {
    for (const language of LANGUAGES)
      for (const code of codes)
        for (const subject of subjects) {
          const text = importProblemText(language, { code, params: paramsFor(code, subject) });
          expect(text, `${language} ${code} ${subject}`).not.toMatch(/\{\w+\}/);
        }
  });

  it('words a problem in Chinese, keeping ARNs and field names as written', () => {
    const problem = {
      code: 'gaad-role-without-trust' as const,
      params: { arn: 'arn:aws:iam::111122223333:role/deploy' },
    };
    expect(importProblemText('zh-Hans', problem)).toBe(
      '角色 arn:aws:iam::111122223333:role/deploy 没有 AssumeRolePolicyDocument；已跳过。',
    );
    expect(importProblemText('zh-Hant', problem)).toBe(
      '角色 arn:aws:iam::111122223333:role/deploy 沒有 AssumeRolePolicyDocument；已略過。',
    );
  });

  it('names the document a problem is in, in the same language', () => {
    const problem = {
      code: 'policy-invalid-json' as const,
      params: { subject: 'inline-policy', name: 'ci', detail: 'Expected a value', line: 2, column: 5 },
    };
    expect(importProblemText('en', problem)).toBe(
      'Inline policy ci is not valid JSON (Expected a value at line 2, column 5 of the document).',
    );
    expect(importProblemText('zh-Hans', problem)).toBe(
      '内联策略 ci 不是有效的 JSON（文档第 2 行第 5 列：Expected a value）。',
    );
  });

  it('lists the accepted formats in the problem’s language', () => {
    const text = importProblemText('zh-Hant', { code: 'file-format-unknown', params: { file: 'notes.txt' } });
    expect(text).toContain('notes.txt 不是 Trustscope 能匯入的格式');
    expect(text).toContain('~/.aws/config 檔案；');
  });
});
