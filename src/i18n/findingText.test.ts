import { describe, expect, it } from 'vitest';
import { analyzeScenario, EDGE_KINDS, FINDING_CODES, wordFinding, type Finding } from '../engine';
import { gallery } from '../model/gallery';
import { edgeKindName } from './edgeKindName';
import { translate, type Translate } from './translate';
import { findingExplanation, findingTitle } from './findingText';

const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const tOf =
  (language: (typeof LANGUAGES)[number]): Translate =>
  (key, params) =>
    translate(language, key, params);

/** Every parameter any code's words may name, so a placeholder left unfilled shows. */
const PARAMS = {
  role: 'RoleForB',
  principal: 'AROAEXAMPLE',
  type: 'role',
  account: '444455556666',
  host: 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE',
  values: 'system:serviceaccount:*',
  count: 2,
  group: 'Admins',
  policy: 'arn:aws:iam::111122223333:policy/ReadOnly',
  kind: 'PodIdentity',
  from: 'app/web',
  to: 'web-role',
  explanation: 'Broken: sts:AssumeRole — …',
  start: 'vendor',
  admin: 'OrgAdmin',
  hops: 2,
  path: 'a → b → c',
  technique: 'iam:PutRolePolicy',
  resource: 'arn:aws:iam::111122223333:role/ci',
  guardrail: 'IdentityPerimeter · RCP',
};

const finding = (code: Finding['code']): Finding => ({
  id: code,
  code,
  severity: 'info',
  params: PARAMS,
  ...wordFinding(code, PARAMS),
  subjects: [],
  assumptions: [],
});

const CJK = /[\u4e00-\u9fff]/;

describe('findings in the learner’s language', () => {
  it('words every finding code in every language, every placeholder filled', () => {
    for (const language of LANGUAGES) {
      const t = tOf(language);
      for (const code of FINDING_CODES) {
        const words = [findingTitle(finding(code), t), findingExplanation(finding(code), t)];
        for (const w of words) {
          expect(w, `${language} ${code}`).not.toMatch(/\{\w+\}/);
          if (language !== 'en') expect(w, `${language} ${code}`).toMatch(CJK);
        }
      }
    }
  });

  it('names the edge kind of a broken hop in the chosen language, not by its code name', () => {
    const broken = finding('broken-edge');
    expect(findingTitle(broken, tOf('en'))).toBe('Configured EKS Pod Identity that cannot work');
    expect(findingTitle(broken, tOf('zh-Hant'))).not.toContain('PodIdentity');
  });

  it('gives every edge kind a human name in every language', () => {
    for (const language of LANGUAGES)
      for (const kind of EDGE_KINDS) {
        const name = edgeKindName(kind, tOf(language));
        expect(name, `${language} ${kind}`).not.toBe(kind);
        if (language !== 'en') expect(name).toMatch(CJK);
      }
  });

  it('words the findings of every gallery story in Chinese', () => {
    for (const entry of gallery) {
      for (const f of analyzeScenario(entry.scenario).findings) {
        for (const language of ['zh-Hans', 'zh-Hant'] as const) {
          expect(findingTitle(f, tOf(language)), `${entry.id} ${f.code}`).toMatch(CJK);
        }
      }
    }
  });
});
