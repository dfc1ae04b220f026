import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

const account = '111122223333';
const added = `arn:aws:iam::${account}:role/AddedInE2e`;

test('a role added in the explorer appears in the graph, and undo, redo and Ctrl+Z walk it back and forth', async ({
  app,
  page,
}) => {
  await app.open();
  await app.openAddForm('role');
  await app.submitAddForm({ account, name: 'has space' });
  await expect(app.byTestId(testIds.addProblem)).toContainText('IAM names');

  await app.addRole(account, 'AddedInE2e');
  await expect(app.graphNode(added)).toBeVisible();
  await expect(app.byTestId(testIds.editorTab(`${added}#trust`))).toBeVisible();
  await expect.poll(() => app.editorText()).toContain(`arn:aws:iam::${account}:root`);

  await app.byTestId(testIds.toolbarUndo).click();
  await expect(app.graphNode(added)).toHaveCount(0);
  await app.byTestId(testIds.toolbarRedo).click();
  await expect(app.graphNode(added)).toBeVisible();

  // In a text field Ctrl+Z belongs to the field, not to the scenario.
  await app.byTestId(testIds.addField('name')).fill('typing');
  await app.byTestId(testIds.addField('name')).press('Control+z');
  await app.waitReady();
  await expect(app.graphNode(added)).toBeVisible();

  await app.blurFocus();
  await page.keyboard.press('Control+z');
  await expect(app.graphNode(added)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.graphNode(added)).toBeVisible();
});

test('a selected node can be removed from the inspector, and undo brings it back', async ({ app, page }) => {
  await app.open();
  await app.addRole(account, 'AddedInE2e', 'ec2');
  await expect(app.graphNode(added)).toBeVisible();

  await app.selectNode(added);
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveText('AddedInE2e');
  await app.removeSelected();
  await expect(app.graphNode(added)).toHaveCount(0);
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveCount(0);
  await expect(app.byTestId(testIds.editorTab(`${added}#trust`))).toHaveCount(0);

  await app.byTestId(testIds.toolbarUndo).click();
  await expect(app.graphNode(added)).toBeVisible();

  // Removing an account asks first, then takes everything in it along.
  await app.selectNode(account);
  await app.removeSelected();
  await expect(app.byTestId(testIds.inspectorRemoveConfirm)).toBeVisible();
  await app.byTestId(testIds.inspectorRemoveConfirm).click();
  await expect(app.graphNode(account)).toHaveCount(0);
  await expect(app.graphNode(added)).toHaveCount(0);
  await app.blurFocus();
  await page.keyboard.press('Control+z');
  await expect(app.graphNode(account)).toBeVisible();
  await expect(app.graphNode(added)).toBeVisible();
});
