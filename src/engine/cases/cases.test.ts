/**
 * Runs every table of cases in this folder: one describe per topic file, one test per case. Each case
 * is a request bundle (the CLI's `eval` shape) and the decision AWS documents for it, with the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRequest, loadBundle, type Decision } from '../index';

interface Case {
  name: string;
  source: string;
  bundle: unknown;
  expect: {
    decision: Decision;
    explanationIncludes?: string[];
    decidedBy?: { kind?: string; index?: number; sid?: string };
    /** The AWS rule that decided whatever the policies say (awsRules.ts), by code; none when absent. */
    rule?: string;
  };
}

interface CaseFile {
  topic: string;
  cases: Case[];
}

const folder = new URL('./', import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('case tables', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
});

for (const file of files) {
  const table = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as CaseFile;
  describe(`${file}: ${table.topic}`, () => {
    for (const c of table.cases) {
      it(c.name, () => {
        expect(c.source, 'every case cites its source').toMatch(/^https:\/\//);
        const loaded = loadBundle(c.bundle);
        expect(loaded.problems).toEqual([]);
        const request = loaded.request!;
        const options = loaded.principal ? { principal: loaded.principal } : {};
        const result = evaluateRequest(request, loaded.inputs, options);
        expect(result.decision, result.explanation).toBe(c.expect.decision);
        expect(evaluateRequest(request, loaded.inputs, { ...options, trace: false }).decision).toBe(
          c.expect.decision,
        );
        for (const words of c.expect.explanationIncludes ?? []) expect(result.explanation).toContain(words);
        if (c.expect.decidedBy) expect(result.decidedBy).toMatchObject(c.expect.decidedBy);
        expect(result.rule?.code).toBe(c.expect.rule);
      });
    }
  });
}
