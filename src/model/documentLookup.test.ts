import { describe, expect, it } from 'vitest';
import { documentJson, documentLookup, findDocument, listDocuments } from './documents';
import { gallery } from './gallery';
import type { Scenario } from './scenario';

const trust = (principal: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
});

describe('documentLookup', () => {
  it('answers as findDocument for every document of every gallery scenario', () => {
    for (const { scenario } of gallery) {
      const find = documentLookup(scenario);
      for (const ref of listDocuments(scenario)) expect(find(ref.id)).toBe(findDocument(scenario, ref.id));
    }
  });

  it('keeps the first entry of a duplicated key, and answers undefined where findDocument does', () => {
    const arn = 'arn:aws:iam::111111111111:role/a';
    const scenario: Scenario = {
      version: 1,
      name: 'duplicates',
      accounts: [],
      roles: [
        { arn, trustPolicy: trust('1') },
        { arn, trustPolicy: trust('2'), inlinePolicies: [{ name: 'p', document: {} }] },
      ],
    };
    const find = documentLookup(scenario);
    for (const id of [`${arn}#trust`, `${arn}#inline/p`, 'org#nope', `${arn}#policy`, 'arn:nope']) {
      expect(find(id)).toBe(findDocument(scenario, id));
    }
  });
});

describe('documentJson', () => {
  it('is the JSON of the value indented by two, the same string on every call', () => {
    const value = trust('111111111111');
    expect(documentJson(value)).toBe(JSON.stringify(value, null, 2));
    expect(documentJson(value)).toBe(documentJson(value));
  });

  it('has no text for a value JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(documentJson(cyclic)).toBeUndefined();
    expect(documentJson(undefined)).toBeUndefined();
  });
});
