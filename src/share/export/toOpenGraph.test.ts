import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/translate';
import { galleryInputs } from './exportCases.testkit';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import { exportText } from './index';
import { OPEN_GRAPH_RULES } from './openGraphRules.testkit';
import { toOpenGraph } from './toOpenGraph';

/** The rules BloodHound documents for OpenGraph files (openGraphRules.testkit.ts). */
function bloodHoundValidator() {
  return new Ajv({ allErrors: true }).compile(OPEN_GRAPH_RULES);
}

describe('the OpenGraph export', () => {
  const validate = bloodHoundValidator();

  it.each(LANGUAGES)('keeps BloodHound’s documented rules for every gallery story (%s)', (language) => {
    for (const { id, input } of galleryInputs(language, serviceCatalogue())) {
      const payload = JSON.parse(exportText('opengraph', input)) as unknown;
      expect(validate(payload), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the rules refuse what BloodHound refuses, so the check can fail', () => {
    const input = galleryInputs('en', serviceCatalogue())[0]?.input;
    if (!input) throw new Error('no story');
    const graph = toOpenGraph(input);
    const node = graph.graph.nodes[0];
    if (!node) throw new Error('no node');
    expect(
      validate({ ...graph, graph: { ...graph.graph, nodes: [{ ...node, properties: { Name: 'x' } }] } }),
    ).toBe(false);
    expect(
      validate({ ...graph, graph: { ...graph.graph, nodes: [{ ...node, properties: { c: [{ a: 1 }] } }] } }),
    ).toBe(false);
    expect(validate({ ...graph, extra: true })).toBe(false);
  });

  it('keeps every node and edge, edges matched by id to nodes of the file', () => {
    const kinds = new Set<string>();
    for (const { id, input } of galleryInputs('en', serviceCatalogue())) {
      const { graph } = toOpenGraph(input);
      expect(
        graph.nodes.map((n) => n.id),
        id,
      ).toEqual(input.analysis.nodes.map((n) => n.id));
      expect(graph.edges.length, id).toBe(input.analysis.edges.length);
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const e of graph.edges) expect(ids.has(e.start.value) && ids.has(e.end.value), e.kind).toBe(true);
      for (const e of graph.edges) kinds.add(e.kind);
    }
    expect([...kinds]).toEqual(expect.arrayContaining(['TS_AssumeRole', 'TS_PodIdentity', 'TS_Access']));
  });

  it('flattens conditions and explanations to strings, worded in the chosen language', () => {
    const story = (language: 'en' | 'zh-Hans') =>
      galleryInputs(language, serviceCatalogue()).find((s) => s.id === 'confused-deputy-external-id')?.input;
    const edge = (language: 'en' | 'zh-Hans') => {
      const input = story(language);
      if (!input) throw new Error('no story');
      return toOpenGraph(input).graph.edges.find((e) => e.properties.conditional === true);
    };
    expect(edge('en')?.kind).toBe('TS_AssumeRole');
    expect(edge('en')?.properties).toMatchObject({
      mechanism: 'assume role',
      status: 'conditional',
      condition_labels: ['ExternalId'],
      decisions: ['sts:AssumeRole: Allowed'],
    });
    expect(edge('en')?.properties.conditions).toEqual([
      expect.stringMatching(/^sts:ExternalId StringEquals "/),
    ]);
    expect(edge('en')?.properties.explanation).toMatch(/^Allowed/);
    expect(edge('zh-Hans')?.properties.explanation).toMatch(/^允许/);
    expect(edge('zh-Hans')?.properties.mechanism).toBe('代入角色');
  });
});
