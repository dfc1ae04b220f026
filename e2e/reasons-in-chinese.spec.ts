import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';
import { englishRuns } from './support/englishRuns';

const { roleInA, roleForB } = example;

// A Chinese-reading learner clicks the arrow from the EC2 story's role into account A: the verdict's
// reason and every evaluation step read in Chinese, with ARNs, actions and names as they are.
test('the edge inspector explains a hop in Chinese, steps included', async ({ app }) => {
  await app.open();
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await app.clickEdge(`AssumeRole:${roleInA}->${roleForB}`);

  const reason = app.byTestId(testIds.edgeReason);
  await expect(reason).toContainText('允许');
  await expect(reason).toContainText('角色 RoleForB 的信任策略');
  expect(englishRuns(await reason.innerText())).toEqual([]);

  await app.byTestId(testIds.edgeSteps).locator('summary').click();
  const steps = app.byTestId(testIds.edgeTraceSteps);
  await expect(steps.locator('li')).toHaveCount(7);
  await expect(steps).toContainText('身份策略');
  expect(englishRuns(await steps.innerText())).toEqual([]);
  // Each policy's statements and their checks too (the trust's Resource is implied).
  const details = app.byTestId(testIds.edgeSteps);
  await expect(details).toContainText('策略作用于它所附加到的资源');
  expect(englishRuns(await details.innerText())).toEqual([]);

  // The engine's English stays one click away.
  await expect(app.byTestId(testIds.edgeExplanation)).toContainText('trust policy of role RoleForB');
});

// "Why not" and the permission check answer in Chinese too, worded from the engine's reasons.
test('why not and the permission check answer in Chinese', async ({ app }) => {
  await app.open();
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await app.findPaths(roleForB, roleInA);
  const whyNot = app.byTestId(testIds.whyNot);
  await expect(whyNot).toContainText('角色 AssumeRoleInA 的信任策略不允许');
  expect(englishRuns(await whyNot.innerText())).toEqual([]);

  await app.graphNode(roleForB).click();
  const check = app.page.locator('.permission-check');
  await check.getByRole('button').click();
  await expect(check.locator('.verdict')).toContainText('隐式拒绝');
  expect(englishRuns(await check.locator('.verdict').innerText())).toEqual([]);
});
