import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';

const { roleForB } = example;

test.use({ viewport: { width: 1280, height: 720 } });

/** Where a node is on screen, and where the graph's pane is. */
async function boxes(app: AppPage, id: string) {
  const node = await app.graphNode(id).boundingBox();
  const pane = await app.page.locator('.graph-canvas').boundingBox();
  if (!node || !pane) throw new Error('the node or the graph is not on screen');
  return { node, pane };
}

test('at 1280×720 an open editor leaves the graph usable, refitted to its space', async ({ app }) => {
  await app.open();
  await app.openDocumentFromExplorer(`${roleForB}#trust`);
  const { node, pane } = await boxes(app, roleForB);
  expect(pane.height).toBeGreaterThanOrEqual(300);
  // Refitted: the role is wholly inside the smaller graph.
  expect(node.y).toBeGreaterThanOrEqual(pane.y);
  expect(node.y + node.height).toBeLessThanOrEqual(pane.y + pane.height);
  // The overview is folded in so short a graph, so it covers no node; its button brings it back.
  await expect(app.page.locator('.react-flow__minimap')).toHaveCount(0);
  const folded = (await boxes(app, roleForB)).node.y;
  await app.byTestId(testIds.graphMinimapToggle).click();
  await expect(app.page.locator('.react-flow__minimap')).toHaveCount(1);
  // Folded, the overview's room below the graph (140 px, against 48 without it) was the graph's:
  // the role at its foot sat lower. Unfolded, the graph is refitted above the overview.
  await expect.poll(async () => folded - (await boxes(app, roleForB)).node.y).toBeGreaterThan(80);
});

test('the panels resize by keyboard on their splitters and keep their sizes after a reload', async ({
  app,
}) => {
  await app.open();
  await app.openDocumentFromExplorer(`${roleForB}#trust`);
  const editorBar = app.byTestId(testIds.splitter('editor'));
  await expect(editorBar).toHaveAttribute('role', 'separator');
  const before = Number(await editorBar.getAttribute('aria-valuenow'));
  await editorBar.focus();
  // Up grows the editor under the graph; the graph still keeps its 300 px.
  for (let i = 0; i < 20; i++) await app.page.keyboard.press('ArrowUp');
  const after = Number(await editorBar.getAttribute('aria-valuenow'));
  expect(after).toBeGreaterThan(before);
  const pane = await app.page.locator('.graph-canvas').boundingBox();
  expect(pane?.height).toBeGreaterThanOrEqual(300);

  const sideBar = app.byTestId(testIds.splitter('inspector'));
  await sideBar.focus();
  await app.page.keyboard.press('End');
  await expect(sideBar).toHaveAttribute('aria-valuenow', (await sideBar.getAttribute('aria-valuemax')) ?? '');
  const inspector = Number(await sideBar.getAttribute('aria-valuenow'));

  await app.page.reload();
  await app.waitReady();
  await expect(app.byTestId(testIds.splitter('inspector'))).toHaveAttribute(
    'aria-valuenow',
    String(inspector),
  );
  await app.openDocumentFromExplorer(`${roleForB}#trust`);
  await expect(app.byTestId(testIds.splitter('editor'))).toHaveAttribute('aria-valuenow', String(after));
});

test('the walk-through plays beside the graph: the graph stays in view and shows the hop', async ({
  app,
}) => {
  await app.open();
  await app.byTestId(testIds.storyPlay).click();
  const panel = app.byTestId(testIds.walkthrough);
  await expect(panel).toBeFocused();
  // Beside the graph, not over it.
  const side = await panel.boundingBox();
  const pane = await app.page.locator('.graph-canvas').boundingBox();
  if (!side || !pane) throw new Error('the panel or the graph is not on screen');
  expect(side.x).toBeGreaterThanOrEqual(pane.x + pane.width);
  await expect(app.byTestId(testIds.walkHopOnGraph)).toBeVisible();
  await expect(app.byTestId(testIds.walkToken)).toHaveCount(1);
  // N and P move as the arrows do.
  await app.page.keyboard.press('n');
  await expect(app.byTestId(testIds.walkthroughHop(1))).toBeVisible();
  await app.page.keyboard.press('p');
  await expect(app.byTestId(testIds.walkthroughHop(0))).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(app.byTestId(testIds.storyPlay)).toBeFocused();
});

test.describe('for a reader who asks for less motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the hop is shown without a travelling token', async ({ app }) => {
    await app.open();
    await app.byTestId(testIds.storyPlay).click();
    await expect(app.byTestId(testIds.walkHopOnGraph)).toBeVisible();
    await expect(app.byTestId(testIds.walkToken)).toHaveCount(0);
  });
});
