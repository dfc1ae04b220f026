import { readFileSync } from 'node:fs';
import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

test('the Export menu saves the graph for BloodHound, Neo4j, Graphviz and Mermaid, worded in the chosen language', async ({
  app,
  page,
}) => {
  await app.open();
  await app.waitReady();

  const save = async (testId: string) => {
    await app.byTestId(testIds.toolbarExport).click();
    const [download] = await Promise.all([page.waitForEvent('download'), app.byTestId(testId).click()]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  };

  const opengraph = await save(testIds.exportOpenGraph);
  expect(opengraph.name).toBe('trustscope-opengraph.json');
  const payload = JSON.parse(opengraph.text) as { graph: { nodes: { id: string; kinds: string[] }[] } };
  expect(payload.graph.nodes).toContainEqual(
    expect.objectContaining({ id: example.roleForB, kinds: ['TS_Role'] }),
  );

  const cypher = await save(testIds.exportCypher);
  expect(cypher.name).toBe('trustscope.cypher');
  expect(cypher.text).toContain(`MERGE (n:Trustscope {id: '${example.roleForB}'})`);

  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  const dot = await save(testIds.exportDot);
  expect(dot.name).toBe('trustscope.dot');
  expect(dot.text).toMatch(/^digraph trustscope \{/);
  expect(dot.text).toContain('实例配置文件');

  const mermaid = await save(testIds.exportMermaid);
  expect(mermaid.name).toBe('trustscope.mmd');
  expect(mermaid.text).toMatch(/^flowchart LR\n/);
});
