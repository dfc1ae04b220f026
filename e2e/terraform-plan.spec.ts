import AxeBuilder from '@axe-core/playwright';
import { testIds } from '../src/ui/testIds';
import type { AppPage } from './pages/AppPage';
import { expect, test } from './fixtures';

const PLAN = 'src/importers/fixtures/terraform/plan-deploy.json';
const ROLE = (name: string) => `arn:aws:iam::111122223333:role/${name}`;
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

test('the provider profile signed from the environment says why its permissions are not listed', async ({
  app,
}) => {
  await importPlan(app);
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

  await expect(app.graphEdge(ADDED).locator('path.trust-edge__plan--added')).toHaveCount(1);
  await expect(app.graphEdge(ADDED)).toHaveAttribute('aria-label', /release-bot: new in the plan$/);
  await expect(app.graphEdge(LOOSENED).locator('path.trust-edge__plan--loosened')).toHaveCount(1);
  const ghost = app.graphEdge(`plan-removed:${REMOVED}`);
  await expect(ghost.locator('path.is-plan-removed')).toHaveCount(1);
  await expect(ghost).toHaveAttribute('aria-label', /ci-runner: removed by the plan$/);

  const axe = await new AxeBuilder({ page: app.page })
    .include(`[data-testid="${testIds.planChanges}"]`)
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A line of the panel selects its edge: the inspector shows it.
  await app.byTestId(testIds.planChanges).locator('summary').first().click();
  await app.byTestId(testIds.planEdge(LOOSENED)).click();
  await expect(app.byTestId(testIds.edgeVerdict)).toBeVisible();
  await expect(app.byTestId(testIds.inspector)).toContainText('DeployRole');

  // Closed, the panel and the plan's marks are gone; the imported after side stays.
  await app.byTestId(testIds.planChangesClose).click();
  await expect(app.byTestId(testIds.planChanges)).toHaveCount(0);
  await expect(ghost).toHaveCount(0);
  await expect(app.graphEdge(LOOSENED).locator('path.trust-edge__plan--loosened')).toHaveCount(0);
  await expect(app.graphEdge(LOOSENED)).toHaveCount(1);
});

test.describe('from a browser in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the summary and the ghost’s words are in Simplified Chinese', async ({ app }) => {
    await importPlan(app);
    const summary = app.byTestId(testIds.planChangesSummary);
    await expect(summary).toContainText('新增 3 种成为 release-bot 的方式');
    await expect(summary).toContainText('1 种成为 DeployRole 的方式现在所需条件更少');
    await expect(app.byTestId(testIds.planChanges)).toContainText('计划的变更内容');
    await expect(app.graphEdge(`plan-removed:${REMOVED}`)).toHaveAttribute(
      'aria-label',
      /ci-runner：被计划移除$/,
    );
  });
});
