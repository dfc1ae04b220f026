import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/translate';
import { replayCypher, tokenize } from './cypherReplay.testkit';
import { galleryInputs } from './exportCases.testkit';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import { SOURCE_KIND, toGraphRecords } from './graphRecords';
import { cypherString, toCypher } from './toCypher';

describe('the Cypher export', () => {
  it.each(LANGUAGES)('replays into the graph it was written from (%s)', (language) => {
    for (const { id, input } of galleryInputs(language, serviceCatalogue())) {
      const replayed = replayCypher(toCypher(input));
      const { nodes, edges } = toGraphRecords(input);
      const expectedNodes = new Map(
        nodes.map((n) => [
          n.id,
          { labels: new Set([SOURCE_KIND, n.kind]), properties: { id: n.id, ...n.properties } },
        ]),
      );
      expect(replayed.nodes, id).toEqual(expectedNodes);
      const expectedRelationships = new Map(
        edges.map((e) => [
          `${e.kind} ${e.id}`,
          { type: e.kind, from: e.from, to: e.to, properties: { id: e.id, ...e.properties } },
        ]),
      );
      expect(replayed.relationships, id).toEqual(expectedRelationships);
    }
  });

  it('writes any text as a string literal that reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(tokenize(cypherString(text))).toEqual([{ kind: 'string', value: text }]);
      }),
    );
  });

  it('loads again without duplicating: every node and relationship is MERGEd on its id', () => {
    const input = galleryInputs('en', serviceCatalogue())[0]?.input;
    if (!input) throw new Error('no story');
    const once = toCypher(input);
    const twice = replayCypher(`${once}\n${once}`);
    expect(twice.nodes.size).toBe(input.analysis.nodes.length);
    expect(twice.relationships.size).toBe(input.analysis.edges.length);
  });

  it('the replay refuses what it does not know, so the check can fail', () => {
    expect(() => replayCypher(':begin\nCREATE (n:X);\n:commit\n')).toThrow(/unexpected statement/);
    expect(() =>
      replayCypher(
        ":begin\nMATCH (a:Trustscope {id: 'x'}), (b:Trustscope {id: 'y'}) MERGE (a)-[r:T {id: 'e'}]->(b) SET r += {};\n:commit\n",
      ),
    ).toThrow(/no node/);
    expect(() => replayCypher(":begin\nMERGE (n:Trustscope {id: 'x'}) SET n:A SET n += {};\n")).toThrow(
      /left open/,
    );
  });
});
