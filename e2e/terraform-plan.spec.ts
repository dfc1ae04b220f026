import AxeBuilder from '@axe-core/playwright';
import { testIds } from '../src/ui/testIds';
import type { AppPage } from './pages/AppPage';
import { expect, test } from './fixtures';

const PLAN = 'src/importers/fixtures/terraform/plan-deploy.json';
const ROLE = (name: string) => `arn:aws:iam::111122223333:role/${name}`;
/** The nodes of the plan's after side drawn as boxes of their own (its accounts and cluster hold them). */
const PLAN_ENTITIES = 26;
/** The plan lets the partner account become release-bot (beside bob's escalation and the function's role), and no longer ci-runner. */
const ADDED = `AssumeRole:999988887777->${ROLE('release-bot')}`;
const REMOVED = `AssumeRole:999988887777->${ROLE('ci-runner')}`;
/** ci-runner becomes DeployRole without the ExternalId it needed. */
const LOOSENED = `AssumeRole:${ROLE('ci-runner')}->${ROLE('DeployRole')}`;

/** A blank scenario, the plan imported through the Import dialog's file picker. */
async function importPlan(app: AppPage) {
  await app.open();
  await app.byTestId(testIds.libraryNew).click();
  await app.waitReady();
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importFileInput).setInputFiles(PLAN);
  await expect(app.byTestId(testIds.importReport)).toContainText('plan-deploy.json');
  await app.page.keyboard.press('Escape');
  await app.waitReady();
}

/** A line of the plan's panel brings its edge into view (and selects it): the graph shows only part of a big plan legibly. */
async function showPlanEdge(app: AppPage, id: string) {
  const edges = app.byTestId(testIds.planChanges).locator('details').first();
  if ((await edges.getAttribute('open')) === null) await edges.locator('summary').click();
  await app.byTestId(testIds.planEdge(id)).click();
}

/** The smallest text of the canvas's nodes in CSS px: font size times the zoom. */
function smallestNodeText(app: AppPage) {
  return app.page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const scale = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 0;
    const labels = [...document.querySelectorAll('.react-flow__viewport .entity-node__label')];
    const sizes = labels.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
    // No label at all (zoomed out, nodes are drawn without text) reads as nothing legible.
    return sizes.length === 0 ? 0 : Math.min(...sizes);
  });
}

test('the provider profile signed from the environment says why its permissions are not listed', async ({
  app,
}) => {
  await importPlan(app);
  // Closed, the panel leaves the whole graph in view, every node to click.
  await app.byTestId(testIds.planChangesClose).click();
  await app.graphNode('profile:terraform:aws.deploy').click();
  const panel = app.byTestId(testIds.permissionsPanel('permissions'));
  await panel.locator('summary').first().click();
  const why = panel.getByTestId(testIds.permissionsUndecided);
  await expect(why).toContainText('credential_source = Environment, which the scenario does not show');
  await expect(why).toContainText('If those credentials may assume DeployRole');

  // What it can become is not decided either: said so, and DeployRole listed as such, not "Nothing".
  const inspector = app.byTestId(testIds.inspector);
  await expect(app.byTestId(testIds.inspectorUndecided('from'))).toContainText(
    'Whether it can become DeployRole, and what DeployRole leads to, is not decided.',
  );
  const reach = app.byTestId(testIds.inspectorReach);
  await expect(reach.locator('li[data-status="undecided"]').first()).toContainText('DeployRole');
  await expect(reach.locator('li[data-status="decided"]')).toHaveCount(0);
  await expect(inspector).not.toContainText('Nothing in this scenario.');
  await expect(inspector).toContainText('Whoever runs the AWS CLI with this profile acts through it');

  // The partner account outside the scenario becomes release-bot on an assumption: so tagged.
  await app.graphNode('999988887777').click();
  const assumed = app.byTestId(testIds.inspectorReach).locator('li', { hasText: 'release-bot' });
  await expect(assumed).toHaveAttribute('data-status', 'assumed');
  await expect(assumed).toContainText('rests on an assumption');
});

test('a Terraform plan shows what it changes: the summary, new edges marked, removed ones ghosted', async ({
  app,
}) => {
  await importPlan(app);
  const summary = app.byTestId(testIds.planChangesSummary);
  await expect(summary).toContainText('3 new way(s) to become release-bot');
  await expect(summary).toContainText('1 way(s) to become DeployRole now need fewer conditions');
  await expect(summary).toContainText('1 way(s) to become ci-runner removed');

  await showPlanEdge(app, ADDED);
  await expect(app.graphEdge(ADDED).locator('path.trust-edge__plan--added')).toHaveCount(1);
  await expect(app.graphEdge(ADDED)).toHaveAttribute('aria-label', /release-bot: new in the plan$/);
  const ghost = app.graphEdge(`plan-removed:${REMOVED}`);
  await showPlanEdge(app, REMOVED);
  await expect(ghost.locator('path.is-plan-removed')).toHaveCount(1);
  await expect(ghost).toHaveAttribute('aria-label', /ci-runner: removed by the plan$/);

  const axe = await new AxeBuilder({ page: app.page })
    .include(`[data-testid="${testIds.planChanges}"]`)
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A line of the panel selects its edge: the inspector shows it.
  await showPlanEdge(app, LOOSENED);
  await expect(app.graphEdge(LOOSENED).locator('path.trust-edge__plan--loosened')).toHaveCount(1);
  await expect(app.byTestId(testIds.edgeVerdict)).toBeVisible();
  await expect(app.byTestId(testIds.inspector)).toContainText('DeployRole');

  // Closed, the panel and the plan's marks are gone; the imported after side stays.
  await app.byTestId(testIds.planChangesClose).click();
  await expect(app.byTestId(testIds.planChanges)).toHaveCount(0);
  await expect(ghost).toHaveCount(0);
  await expect(app.graphEdge(LOOSENED).locator('path.trust-edge__plan--loosened')).toHaveCount(0);
  await expect(app.graphEdge(LOOSENED)).toHaveCount(1);
});

test('at 1280×720 the graph under the plan’s panel reads at 12 px, a change in view; closed, the whole graph is fitted', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await importPlan(app);
  await expect(app.byTestId(testIds.canvas)).toHaveAttribute('data-drawn', 'all');
  await expect.poll(() => smallestNodeText(app)).toBeGreaterThanOrEqual(11.99);
  // Some edge the plan opens or loosens is drawn, whole, in the pane.
  const marked = page.locator('path.trust-edge__plan--added, path.trust-edge__plan--loosened');
  await expect(marked.first()).toBeInViewport();

  await app.byTestId(testIds.planChangesClose).click();
  // The pane grew and the plan's focus is gone: refitted whole, every entity of the plan is drawn in it.
  const entities = page.locator('.react-flow__node-entity');
  await expect(entities).toHaveCount(PLAN_ENTITIES);
  const pane = await app.byTestId(testIds.canvas).boundingBox();
  for (const node of await entities.all()) {
    const box = await node.boundingBox();
    expect(box && pane && box.y >= pane.y && box.y + box.height <= pane.y + pane.height).toBe(true);
    expect(box && pane && box.x >= pane.x && box.x + box.width <= pane.x + pane.width).toBe(true);
  }
});

test.describe('from a browser in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the summary and the ghost’s words are in Simplified Chinese', async ({ app }) => {
    await importPlan(app);
    const summary = app.byTestId(testIds.planChangesSummary);
    await expect(summary).toContainText('新增 3 种成为 release-bot 的方式');
    await expect(summary).toContainText('1 种成为 DeployRole 的方式现在所需条件更少');
    await expect(app.byTestId(testIds.planChanges)).toContainText('计划的变更内容');
    await showPlanEdge(app, REMOVED);
    await expect(app.graphEdge(`plan-removed:${REMOVED}`)).toHaveAttribute(
      'aria-label',
      /ci-runner：被计划移除$/,
    );
  });
});
