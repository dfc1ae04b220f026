import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

const { roleForB } = example;
const { roleInA: assumeRoleInA } = example;
const { instance } = example;

test('shows the example trust chain, opens a policy in Monaco and gets the worker verdict on an edit', async ({
  app,
}) => {
  await app.open();

  for (const id of ['111122223333', '444455556666', roleForB, assumeRoleInA, instance]) {
    await expect(app.graphNode(id)).toBeVisible();
  }
  await expect(app.byTestId(testIds.engineStatus)).toContainText('Engine');

  await app.graphNode(roleForB).click();
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveText('RoleForB');
  await app.byTestId(testIds.inspectorDocument(`${roleForB}#trust`)).click();
  await expect(app.byTestId(testIds.editorTitle)).toHaveText('RoleForB · trust policy');
  await expect(app.page.locator('.monaco-editor .view-lines')).toContainText(
    'arn:aws:iam::444455556666:root',
  );
  await expect(app.byTestId(testIds.editorProblems)).toHaveText('No problems');

  // A trust policy without a Principal: the worker's engine must flag it at the statement.
  await app.setEditorText(
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] },
      null,
      2,
    ),
  );
  await expect(app.byTestId(testIds.editorProblems)).toContainText('TS4002 line 4:5');
  await expect(app.byTestId(testIds.editorProblems)).toContainText('Principal');
  await expect
    .poll(() => app.editorMarkers())
    .toContainEqual(expect.objectContaining({ line: 4, code: 'TS4002' }));
});

test('in 简体中文 and then 繁體中文 a broken policy reads in Chinese, in the problem line and the marker', async ({
  app,
}) => {
  await app.open();
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await app.graphNode(roleForB).click();
  await app.byTestId(testIds.inspectorDocument(`${roleForB}#trust`)).click();
  await expect(app.page.locator('.monaco-editor .view-lines')).toContainText('444455556666');
  await app.setEditorText(
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] },
      null,
      2,
    ),
  );
  const problems = app.byTestId(testIds.editorProblems);
  await expect(problems).toHaveText(
    'TS4002 第 4 行第 5 列：角色信任策略中的语句必须说明它适用于谁：请添加 Principal 元素。',
  );
  await expect
    .poll(() => app.editorMarkers())
    .toContainEqual(
      expect.objectContaining({ code: 'TS4002', message: expect.stringContaining('角色信任策略') }),
    );

  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hant');
  await expect(problems).toContainText('角色信任政策中的陳述式必須說明它適用於誰');
  await expect
    .poll(() => app.editorMarkers())
    .toContainEqual(
      expect.objectContaining({ code: 'TS4002', message: expect.stringContaining('角色信任政策') }),
    );
});

test('a new scenario starts blank with a hint, and a gallery tour saves no copies', async ({ app }) => {
  await app.open();
  await app.waitSaved();
  const saved = app.page.locator('.library li');
  const before = await saved.count();

  await app.byTestId(testIds.libraryNew).click();
  await app.waitReady();
  await expect(app.byTestId(testIds.graphEmpty)).toContainText('Add an account and a role');
  await expect(saved).toHaveCount(before + 1);

  for (const story of ['eks-irsa', 'role-chaining-one-hour']) {
    await app.byTestId(testIds.toolbarGallery).click();
    await app.byTestId(testIds.galleryOpen(story)).click();
    await app.waitReady();
  }
  await expect(app.byTestId(testIds.graphEmpty)).toHaveCount(0);
  await app.waitSaved();
  await expect(saved).toHaveCount(before + 1);
});

test('the toolbar undoes an edit made in the policy editor, and the editor shows it undone', async ({
  app,
}) => {
  await app.open();
  await app.graphNode(roleForB).click();
  await app.byTestId(testIds.inspectorDocument(`${roleForB}#trust`)).click();
  await expect(app.page.locator('.monaco-editor .view-lines')).toContainText('444455556666');
  const original = await app.editorText();
  await expect(app.byTestId(testIds.toolbarUndo)).toBeDisabled();

  await app.setEditorText(original.replace('444455556666', '999988887777'));
  await app.waitReady();
  await app.byTestId(testIds.toolbarUndo).click();
  await expect.poll(() => app.editorText()).toBe(original);
  await app.waitReady();
  await expect(app.graphNode('444455556666')).toBeVisible();
});
