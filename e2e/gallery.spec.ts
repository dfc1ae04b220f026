import { gallery } from '../src/model/gallery';
import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

test('the first visit opens a gallery scenario', async ({ app }) => {
  await app.open();
  await expect(app.graphNode('arn:aws:iam::111122223333:role/RoleForB')).toBeVisible();
});

test('a story opened in Chinese is named in Chinese and keeps its lesson in view', async ({ app }) => {
  await app.open();
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hant');
  const entry = gallery[1] ?? gallery[0];
  if (!entry) throw new Error('the gallery is empty');
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryOpen(entry.id)).click();
  const explorer = app.byTestId(testIds.explorer);
  await expect(explorer).toContainText(entry.title['zh-Hant']);
  await expect(explorer).toContainText(entry.lesson['zh-Hant'].slice(0, 30));
  // Its walk-through reads in 繁體 too: the decision of each hop, not AWS's English code.
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await app.byTestId(testIds.walkthroughStart).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('允許');
  await expect(app.byTestId(testIds.walkthroughHop(0))).not.toContainText('Allowed');
});

for (const entry of gallery) {
  test(`the walk-through of "${entry.title.en}" plays to the end`, async ({ app }) => {
    await app.open();
    await app.byTestId(testIds.toolbarGallery).click();
    await app.byTestId(testIds.galleryOpen(entry.id)).click();
    await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
    await expect(app.graphNode(entry.featuredPath.to)).toBeVisible();
    await app.byTestId(testIds.walkthroughStart).click();
    // The walk-through is loaded on first use: wait for it, then it shows one hop at a time.
    await expect(app.page.locator('[data-testid^="walkthrough-hop:"]')).toHaveCount(1);
    for (let i = 0; ; i++) {
      await expect(app.byTestId(testIds.walkthroughHop(i))).toBeVisible();
      await expect(app.byTestId(testIds.walkthroughHop(i))).toContainText(/Allowed|runs as/);
      await app.byTestId(testIds.walkthroughNext).click();
      // Waits for what Next brings, the next hop or the end, before asking which it is.
      const done = app.byTestId(testIds.walkthroughDone);
      await expect(
        app
          .byTestId(testIds.walkthroughHop(i + 1))
          .or(done)
          .first(),
      ).toBeVisible();
      if (await done.isVisible()) break;
      expect(i).toBeLessThan(10);
    }
    await expect(app.byTestId(testIds.walkthroughDone)).toContainText('you now hold a session of');
  });
}
