import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../testSupport/generateOrganization';
import { documentJson, documentLookup, listDocuments } from './documents';
import { gallery } from './gallery';
import { withDocumentTexts } from './withDocumentTexts';

/** Which kind of place a document sits in, to check that every kind is covered. */
function kindOf(id: string, kind: string): string {
  if (id.includes('#inline/')) return `inline:${/:(role|user|group)\//.exec(id)?.[1] ?? '?'}`;
  if (id.startsWith('org#')) return kind;
  if (id.endsWith('#trust')) return 'trust';
  if (id.endsWith('#policy')) return 'resource';
  return 'managed';
}

const scenarios = [...gallery.map((g) => g.scenario), generateOrganization({ roles: 120, seed: 3 })];

describe('withDocumentTexts', () => {
  it('writes every kind of document as typed: trust, inline (role, user, group), managed, resource, SCP and RCP', () => {
    const kinds = new Set<string>();
    for (const scenario of scenarios) {
      const refs = listDocuments(scenario);
      const texts = Object.fromEntries(refs.map((r) => [r.id, JSON.stringify({ typed: r.id })]));
      const { scenario: written, unreadable } = withDocumentTexts(scenario, texts);
      expect(unreadable).toEqual([]);
      const find = documentLookup(written);
      for (const ref of refs) {
        expect(find(ref.id), ref.id).toEqual({ typed: ref.id });
        kinds.add(kindOf(ref.id, ref.kind));
      }
    }
    expect([...kinds].sort()).toEqual([
      'inline:group',
      'inline:role',
      'inline:user',
      'managed',
      'rcp',
      'resource',
      'scp',
      'trust',
    ]);
  });

  it('leaves a document whose text is not JSON at its last value, and names it', () => {
    const scenario = gallery[0]!.scenario;
    const [first, second] = listDocuments(scenario);
    const { scenario: written, unreadable } = withDocumentTexts(scenario, {
      [first!.id]: '{ "Version": "2012-10-17", ',
      [second!.id]: JSON.stringify({ typed: true }),
    });
    expect(unreadable).toEqual([first!.id]);
    expect(documentLookup(written)(first!.id)).toBe(documentLookup(scenario)(first!.id));
    expect(documentLookup(written)(second!.id)).toEqual({ typed: true });
  });

  it('changes nothing for texts equal to the documents’ own', () => {
    const scenario = gallery[0]!.scenario;
    const find = documentLookup(scenario);
    const texts = Object.fromEntries(listDocuments(scenario).map((r) => [r.id, documentJson(find(r.id))!]));
    expect(withDocumentTexts(scenario, texts).scenario).toBe(scenario);
  });
});
