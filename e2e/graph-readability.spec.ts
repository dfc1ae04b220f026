import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { gallery } from '../src/model/gallery';
import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';

/** Text drawn on the canvas (in its zoomed viewport) that must read at 12 CSS px or more at the fitted zoom. */
const TEXT = [
  '.entity-node__label',
  '.entity-node__detail',
  '.entity-node__findings',
  '.group-node__title',
  '.group-node__id',
  'text.trust-edge__label',
  '.trust-edge__badges .badge',
]
  .map((s) => `.react-flow__viewport ${s}`)
  .join(', ');

async function openStory(app: AppPage, id: string) {
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryOpen(id)).click();
  await app.waitReady();
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await expect(app.byTestId(testIds.canvas)).toHaveAttribute('data-drawn', 'all');
}

/** The smallest rendered text of the canvas, in CSS px: font size times the viewport's scale. */
function smallestText(page: Page) {
  return page.evaluate((selector) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const scale = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 0;
    const sizes = [...document.querySelectorAll(selector)].map(
      (el) => parseFloat(getComputedStyle(el).fontSize) * scale,
    );
    return { count: sizes.length, smallest: Math.min(...sizes) };
  }, TEXT);
}

/** Arrowheads whose box overlaps a node's box (by more than half a pixel), by edge id. */
function headsUnderNodes(page: Page) {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll('.react-flow__node-entity')].map((n) =>
      n.getBoundingClientRect(),
    );
    const heads = [...document.querySelectorAll('[data-testid^="edge-head:"]')];
    const overlapping = heads.filter((head) => {
      const h = head.getBoundingClientRect();
      return nodes.some(
        (n) =>
          Math.min(h.right, n.right) - Math.max(h.left, n.left) > 0.5 &&
          Math.min(h.bottom, n.bottom) - Math.max(h.top, n.top) > 0.5,
      );
    });
    return { heads: heads.length, overlapping: overlapping.map((h) => h.getAttribute('data-testid')) };
  });
}

/** Pairs of arrow labels whose drawn text overlaps (by more than a pixel each way), as their words. */
function overlappingLabels(page: Page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('text.trust-edge__label')].map((label) => ({
      text: label.textContent ?? '',
      box: label.getBoundingClientRect(),
    }));
    const pairs: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1))
        if (
          Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 &&
          Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1
        )
          pairs.push(`${a.text} / ${b.text}`);
    });
    return pairs;
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`every gallery story reads at ${size.width}×${size.height}: text of 12 px or more, arrowheads clear of the nodes, arrows labelled, labels apart`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize(size);
    await app.open();
    for (const entry of gallery) {
      await openStory(app, entry.id);
      await expect
        .poll(async () => (await smallestText(page)).smallest, { message: entry.id })
        .toBeGreaterThanOrEqual(11.99);
      const heads = await headsUnderNodes(page);
      expect(heads.heads, entry.id).toBeGreaterThan(0);
      expect(heads.overlapping, entry.id).toEqual([]);
      expect(await overlappingLabels(page), entry.id).toEqual([]);
      // Every drawn arrow names its mechanism, on the arrow and to a screen reader.
      const labels = page.locator('text.trust-edge__label');
      await expect(labels.first()).toBeVisible();
      for (const label of await labels.all()) await expect(label).not.toBeEmpty();
      for (const edge of await page.locator('.react-flow__edge').all())
        await expect(edge).not.toHaveAttribute('aria-label', /^Edge from /);
    }
  });
}

// A help desk's export: users joining groups, the groups' arrows as the joiner, a cut hop, all into
// a few boxes side by side. Their labels once sat at one height and ran together ("member ofalates
// to", "assumesy a boundaryes"); each must read apart, in English and in Chinese.
test('the labels of an imported account’s arrows read apart at 1280×720, in English and in Simplified Chinese', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await app.dropFiles(['src/importers/fixtures/gaad-helpdesk.json']);
  await expect(app.graphNode('arn:aws:iam::111122223333:group/ops-oncall')).toBeVisible();
  await app.waitReady();
  await expect(page.locator('text.trust-edge__label')).not.toHaveCount(0);
  expect(await overlappingLabels(page)).toEqual([]);
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await expect(page.locator('text.trust-edge__label', { hasText: '权限提升' }).first()).toBeVisible();
  expect(await overlappingLabels(page)).toEqual([]);
});

test('Tab reaches nodes and arrows, Enter opens an arrow in the inspector, names are words in the language', async ({
  app,
  page,
}) => {
  await app.open();
  const edge = `AssumeRole:${example.roleInA}->${example.roleForB}`;
  await expect(app.graphEdge(edge)).toHaveAttribute(
    'aria-label',
    'AssumeRoleInA can become RoleForB by assuming it',
  );
  // From the first node, Shift+Tab steps back through the arrows (drawn before the nodes).
  await page.locator('.react-flow__node-entity').first().focus();
  for (let i = 0; i < 10; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    if (focused === `rf__edge-${edge}`) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(app.graphEdge(edge)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.byTestId(testIds.edgeVerdict)).toHaveText('Allowed');
  // Tab moves on to the nodes; Space opens one.
  await page.locator('.react-flow__node-entity').first().focus();
  await page.keyboard.press('Tab');
  const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(name).toMatch(/, (IAM role|EC2 instance|Resource|CLI profile)/);
  await page.keyboard.press(' ');
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveText(name.split(',')[0] ?? '');
  // The focused node shows a ring: its outline is drawn.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');

  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await expect(app.graphEdge(edge)).toHaveAttribute('aria-label', 'AssumeRoleInA 可以通过代入成为 RoleForB');
  await expect(app.byTestId(testIds.edgeLabel(edge))).toHaveText('代入');
});

test('a highlighted path keeps the rest legible, findings coloured by severity, a broken hop drawn with its ✕', async ({
  app,
  page,
}) => {
  await app.open();
  await openStory(app, 'confused-deputy-external-id');
  const legacy = page.locator('.entity-node', { hasText: 'LegacyVendorAudit' });
  await expect(legacy).toHaveClass(/is-dimmed/);
  // Faded under a veil, not transparent: its text and its HIGH finding stay readable.
  expect(await legacy.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  const badge = legacy.locator('.entity-node__findings');
  await expect(badge).toHaveClass(/entity-node__findings--high/);
  const colours = await page
    .locator('.entity-node__findings')
    .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).backgroundColor))]);
  expect(colours).not.toContain('rgb(197, 48, 48)');

  await openStory(app, 'eks-pod-identity-session-tags');
  const cross = page.locator('.trust-edge__badges .badge--broken');
  await expect(cross).toBeVisible();
  // No node, account or cluster box covers the ✕ (an arrow's invisible hit area may).
  const onTop = await cross.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return top !== null && (el.contains(top) || top.closest('.react-flow__node') === null);
  });
  expect(onTop).toBe(true);
});

test('an arrow entering an account passes under its title, which stays on top and readable', async ({
  app,
  page,
}) => {
  await app.open();
  await openStory(app, 'role-chaining-one-hour');
  // DeployHub → ProdDeployer comes down through the top of the Production account, where its title is.
  const arrow = await app
    .graphEdge(
      'AssumeRole:arn:aws:iam::444455556666:role/DeployHub->arn:aws:iam::777788889999:role/ProdDeployer',
    )
    .locator('path.react-flow__edge-path')
    .first()
    .boundingBox();
  const title = await page.locator('.group-node__title', { hasText: 'Production' }).boundingBox();
  if (!arrow || !title) throw new Error('the arrow or the title is not on screen');
  const x = arrow.x + arrow.width / 2;
  expect(x).toBeGreaterThan(title.x);
  expect(x).toBeLessThan(title.x + title.width);
  // What is drawn on top where the two meet: the title (made hit-testable for the question).
  await page.addStyleTag({ content: '.group-node__title { pointer-events: auto !important; }' });
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('.group-node__title') !== null,
    { x, y: title.y + title.height / 2 },
  );
  expect(onTop).toBe(true);
});

test('the legend folds open, the minimap shows the kinds and folds away', async ({ app, page }) => {
  await app.open();
  const legend = app.byTestId(testIds.graphLegend);
  await legend.locator('summary').click();
  await expect(legend).toContainText('instance profile');
  await expect(legend).toContainText('Dashed: only with conditions');
  const axe = await new AxeBuilder({ page }).include('.graph-legend').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const fills = await page
    .locator('.react-flow__minimap-node')
    .evaluateAll((els) => new Set(els.map((el) => getComputedStyle(el).fill)).size);
  expect(fills).toBeGreaterThan(2);
  await app.byTestId(testIds.graphMinimapToggle).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
});
