/// <reference types="vite/client" />
/**
 * The engine's reasons in the learner's language: every reason and step reason code is worded in
 * en, 简体 and 繁體 with every placeholder filled, and the English catalogue says exactly what the
 * engine's own English says for every request of the engine's and the trust graph's case tables.
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  ELEMENT_NOTE_CODES,
  hopRequest,
  loadBundle,
  evaluateRequest,
  prepareScenario,
  REASON_CODES,
  replayHop,
  STEP_REASON_CODES,
  whyNot,
  type EvaluationResult,
  type ReasonParams,
  type WhyNot,
} from '../engine';
import type { GraphCase } from '../engine/graph/cases/graphCase';
import { englishRuns } from '../../e2e/support/englishRuns';
import { translate, type Translate } from './translate';
import { elementText, reasonText, stepText, whyNotText } from './reasonText';

const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const tOf =
  (language: (typeof LANGUAGES)[number]): Translate =>
  (key, params) =>
    translate(language, key, params);
const CJK = /[\u4e00-\u9fff]/;

/** Every parameter any code may read, so an unfilled placeholder or a missing piece shows. */
const FULL: ReasonParams = {
  principal: 'arn:aws:iam::111122223333:role/AssumeRoleInA',
  caller: {
    kind: 'role',
    arn: 'arn:aws:iam::111122223333:role/AssumeRoleInA',
    partition: 'aws',
    account: '111122223333',
    name: 'AssumeRoleInA',
    path: '/',
    roleArn: 'arn:aws:iam::111122223333:role/AssumeRoleInA',
  },
  action: 'sts:AssumeRole',
  resource: 'arn:aws:iam::444455556666:role/RoleForB',
  account: '444455556666',
  statement: { kind: 'trust', policy: 'role RoleForB', index: 0, sid: 'TrustA' },
  identity: { kind: 'identity', policy: 'AssumeB', index: 1 },
  principalKind: 'account',
  level: 'ou-ab12-cdef3456',
  levels: ['r-ab12', 'ou-ab12-cdef3456'],
  orgPolicy: 'SCP',
  limit: 'boundary',
  missed: { index: 0, operator: 'StringEquals', key: 'sts:ExternalId', expected: ['abc'], actual: null },
  rule: 'aws-managed-policy',
};

describe('reasons in the learner’s language', () => {
  it('word every reason and step code in every language, every placeholder filled', () => {
    for (const language of LANGUAGES) {
      const t = tOf(language);
      const words = [
        ...REASON_CODES.map((code) => reasonText({ code, params: FULL }, t)),
        ...STEP_REASON_CODES.map((code) => stepText({ code, params: FULL }, t)),
      ];
      for (const w of words) {
        expect(w, language).not.toMatch(/\{\w+\}/);
        if (language !== 'en') expect(w, language).toMatch(CJK);
      }
    }
  });

  it('word every note of a statement check in every language', () => {
    for (const language of LANGUAGES) {
      const t = tOf(language);
      for (const noteCode of ELEMENT_NOTE_CODES) {
        const w = elementText(
          { element: 'Principal', matched: false, noteCode, noteValue: 'AROAEXAMPLE' },
          t,
        );
        expect(w, `${language} ${noteCode}`).not.toMatch(/\{\w+\}/);
        if (language !== 'en') expect(englishRuns(w), w).toEqual([]);
      }
    }
  });

  it('keep ARNs, action names and condition keys as they are in Chinese', () => {
    const t = tOf('zh-Hans');
    const denied = reasonText({ code: 'cross-account-no-resource-allow', params: FULL }, t);
    expect(denied).toContain('sts:AssumeRole');
    expect(denied).toContain('sts:ExternalId');
    expect(denied).toContain('角色 RoleForB 的信任策略');
    expect(reasonText({ code: 'no-scp-allows', params: FULL }, tOf('zh-Hant'))).toContain(
      '服務控制政策 (SCP)',
    );
  });

  it('leave no English sentence in Chinese for any request of the case tables, nor any why-not', () => {
    const { results, whyNots } = caseResults();
    for (const language of ['zh-Hans', 'zh-Hant'] as const) {
      const t = tOf(language);
      for (const result of results) {
        const elements = result.trace.policies.flatMap((p) =>
          p.statements.flatMap((s) => [s.resource, ...(s.principal ? [s.principal] : [])]),
        );
        const words = [
          reasonText(result.reason, t),
          ...result.trace.steps.map((s) => stepText(s.reason, t)),
          ...elements.filter((e) => e.by === undefined).map((e) => elementText(e, t)),
        ];
        for (const w of words) expect(englishRuns(w), w).toEqual([]);
      }
      for (const { answer, from, to } of whyNots) {
        const w = whyNotText(answer, { from, to, edgeWords: answer.sentence }, t);
        // A hop broken by its configuration alone is told in the edge's own (English) words.
        if (answer.result || answer.code !== 'refused') expect(englishRuns(w), w).toEqual([]);
      }
    }
  });

  it('say in English exactly what the engine says, for every request of the case tables', () => {
    const { results } = caseResults();
    expect(new Set(results.map((r) => r.reason.code))).toEqual(
      new Set(REASON_CODES.filter((c) => !NO_TABLE.has(c))),
    );
    const t = tOf('en');
    for (const result of results) {
      expect(reasonText(result.reason, t)).toBe(result.explanation);
      for (const step of result.trace.steps) expect(stepText(step.reason, t)).toBe(step.message);
      for (const p of result.trace.policies)
        for (const s of p.statements)
          for (const e of [s.action, s.resource, ...(s.principal ? [s.principal] : [])])
            if (e.noteCode && e.by === undefined) expect(elementText(e, t)).toBe(e.note);
    }
  });
});

/** Codes no case table reaches; reasonWords.test.ts words them from requests of its own. */
const NO_TABLE = new Set([
  'unknown-caller',
  'role-without-trust',
  'key-without-policy',
  'unsigned-no-resource-policy',
]);

function caseResults() {
  const results: EvaluationResult[] = [];
  const whyNots: { answer: WhyNot; from: string; to: string }[] = [];
  const tables = import.meta.glob<{ cases: { bundle: unknown }[] }>('../engine/cases/*.json', {
    eager: true,
  });
  for (const table of Object.values(tables))
    for (const c of table.cases) {
      const loaded = loadBundle(c.bundle);
      if (loaded.request)
        results.push(
          evaluateRequest(
            loaded.request,
            loaded.inputs,
            loaded.principal ? { principal: loaded.principal } : {},
          ),
        );
    }
  const graphs = import.meta.glob<{ cases?: GraphCase[] }>('../engine/graph/cases/*.case.ts', {
    eager: true,
  });
  for (const { cases = [] } of Object.values(graphs))
    for (const c of cases) {
      const analysis = analyzeScenario(c.scenario, { now: () => 0 });
      const prepared = prepareScenario(c.scenario);
      for (const edge of analysis.edges)
        for (const d of edge.decisions) {
          const request = hopRequest(edge, d);
          const replayed = request && replayHop(prepared, request);
          if (replayed) results.push(replayed);
        }
      for (const { from, to } of c.expect.whyNot ?? []) {
        const answer = whyNot(prepared, analysis, from, to);
        whyNots.push({ answer, from, to });
        if (answer.result) results.push(answer.result);
      }
    }
  return { results, whyNots };
}
