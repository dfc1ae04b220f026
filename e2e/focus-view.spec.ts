import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

const { instance } = example;
const { roleInA } = example;
const { roleForB } = example;

test('focusing on a node shows its neighbourhood, hop by hop, and Show everything brings the graph back', async ({
  app,
}) => {
  await app.open();
  await expect(app.graphNode(roleForB)).toBeVisible();

  await app.selectNode(instance);
  await app.byTestId(testIds.inspectorFocus).click();
  const bar = app.byTestId(testIds.focusBar);
  await expect(bar).toContainText('Neighbourhood of');
  await expect(bar).toContainText('2 hop(s)');
  await expect(app.graphNode(roleForB)).toBeVisible();

  await app.byTestId(testIds.focusFewer).click();
  await expect(bar).toContainText('1 hop(s)');
  await expect(app.graphNode(roleForB)).toHaveCount(0);
  await expect(app.graphNode(roleInA)).toBeVisible();
  await expect(app.graphNode(instance)).toBeVisible();

  await app.byTestId(testIds.focusMore).click();
  await expect(app.graphNode(roleForB)).toBeVisible();
  // A third hop reaches the ~/.aws/config profile that also leads into RoleForB.
  await expect(app.graphNode('profile:account-a-reader')).toHaveCount(0);
  await app.byTestId(testIds.focusMore).click();
  await expect(bar).toContainText('3 hop(s)');
  await expect(app.graphNode('profile:account-a-reader')).toBeVisible();
  // Nothing lies further out: another hop would show nothing new.
  await expect(app.byTestId(testIds.focusMore)).toBeDisabled();

  await app.byTestId(testIds.focusClear).click();
  await expect(bar).toHaveCount(0);
  await expect(app.graphNode(roleForB)).toBeVisible();
});
