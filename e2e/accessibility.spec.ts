import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

/** Serious and critical violations only, as the issue asks; the graph canvas's SVG internals are React Flow's. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.react-flow__minimap').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

const { roleForB } = example;

test('main views have no serious or critical accessibility violations', async ({ app, page }) => {
  // Six whole-page axe scans, each seconds long on a loaded 2-core machine: three times the budget.
  test.slow();
  await app.open();
  expect(await seriousViolations(page), 'start').toEqual([]);

  await app.graphNode(roleForB).click();
  expect(await seriousViolations(page), 'node selected').toEqual([]);

  await app.clickEdge(`AssumeRole:arn:aws:iam::444455556666:role/AssumeRoleInA->${roleForB}`);
  await app.byTestId(testIds.edgeSteps).locator('summary').click();
  await expect(app.byTestId(testIds.edgeSteps)).toContainText('Identity policies');
  expect(await seriousViolations(page), 'edge selected').toEqual([]);

  await app.openDocumentFromExplorer(`${roleForB}#trust`);
  expect(await seriousViolations(page), 'editor open').toEqual([]);

  await app.byTestId(testIds.toolbarGallery).click();
  await expect(app.byTestId(testIds.galleryDialog)).toContainText('EKS');
  expect(await seriousViolations(page), 'gallery').toEqual([]);
  await app.byTestId(testIds.galleryOpen('role-chaining-one-hour')).click();
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('Allowed');
  expect(await seriousViolations(page), 'walk-through').toEqual([]);
  await page.keyboard.press('Escape');

  await app.byTestId(testIds.toolbarTheme).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page), 'dark theme').toEqual([]);
});

test('the walk-through beside the graph has no serious violations in the dark theme', async ({
  app,
  page,
}) => {
  await app.open();
  await app.byTestId(testIds.toolbarTheme).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.byTestId(testIds.storyPlay).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('Allowed');
  expect(await seriousViolations(page), 'walk-through, dark').toEqual([]);
});

test('the graph and the panels can be used from the keyboard', async ({ app, page }) => {
  await app.open();
  // Search jumps to a node without the mouse.
  await page.keyboard.press('Control+k');
  await app.byTestId(testIds.searchInput).fill('RoleForB');
  await page.keyboard.press('Enter');
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveText('RoleForB');
  // Graph nodes take focus and select with Enter.
  await page.locator('.react-flow__node[data-id="arn:aws:iam::444455556666:role/AssumeRoleInA"]').focus();
  await page.keyboard.press('Enter');
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveText('AssumeRoleInA');
  // Documents open from the inspector with the keyboard.
  await app.byTestId(testIds.inspectorDocument('arn:aws:iam::444455556666:role/AssumeRoleInA#trust')).focus();
  await page.keyboard.press('Enter');
  await expect(app.byTestId(testIds.editorTitle)).toHaveText('AssumeRoleInA · trust policy');
});
