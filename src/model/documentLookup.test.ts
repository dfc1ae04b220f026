import { describe, expect, it } from 'vitest';
import { documentJson, documentLookup, listDocuments } from './documents';
import { gallery } from './gallery';
import type { Scenario } from './scenario';
import { fullScenario } from './validation/fullScenario.testkit';

/** The reference answer: a linear scan per document, as the lookup did before it was indexed. */
function findDocument(scenario: Scenario, id: string): unknown {
  const hash = id.indexOf('#');
  const [owner, part] = hash < 0 ? [id, undefined] : [id.slice(0, hash), id.slice(hash + 1)];
  if (part === 'trust') return scenario.roles?.find((r) => r.arn === owner)?.trustPolicy;
  if (part === 'policy') return scenario.resources?.find((r) => r.arn === owner)?.policy;
  if (part?.startsWith('inline/')) {
    const name = part.slice('inline/'.length);
    const holder =
      scenario.roles?.find((r) => r.arn === owner) ??
      scenario.users?.find((u) => u.arn === owner) ??
      scenario.groups?.find((g) => g.arn === owner);
    return holder?.inlinePolicies?.find((p) => p.name === name)?.document;
  }
  if (part === 'session')
    return scenario.cliProfiles?.find((p) => `profile:${p.name}` === owner)?.sessionPolicy;
  if (owner === 'org' && part) return scenario.organization?.policies.find((p) => p.id === part)?.document;
  return scenario.managedPolicies?.find((p) => p.arn === id)?.document;
}

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

  it("finds a CLI profile's session policy under profile:NAME#session", () => {
    const scenario = fullScenario();
    const ids = listDocuments(scenario).filter((d) => d.kind === 'session');
    expect(ids.map((d) => [d.id, d.ownerId])).toEqual([['profile:deploy#session', 'profile:deploy']]);
    const find = documentLookup(scenario);
    expect(find('profile:deploy#session')).toBe(scenario.cliProfiles?.[1]?.sessionPolicy);
    expect(find('profile:ci#session')).toBe(findDocument(scenario, 'profile:ci#session'));
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
