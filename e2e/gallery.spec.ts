import { gallery } from '../src/model/gallery';
import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

test('the first visit opens a gallery story and says to play its walk-through', async ({ app }) => {
  await app.open();
  await expect(app.graphNode('arn:aws:iam::111122223333:role/RoleForB')).toBeVisible();
  const bar = app.byTestId(testIds.storyBar);
  await expect(bar).toContainText("Play this story's walk-through");
  await app.byTestId(testIds.storyPlay).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toBeVisible();
  // The lesson stays one click away while the walk-through plays.
  await app.byTestId(testIds.walkthroughLessonTab).click();
  await expect(app.byTestId(testIds.walkthroughLesson)).toContainText('instance');
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
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('允許');
  await expect(app.byTestId(testIds.walkthroughHop(0))).not.toContainText('Allowed');
});

test('a story edited and reloaded still shows its title and Play button', async ({ app }) => {
  await app.open();
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryOpen('scp-cuts-a-path')).click();
  const role = 'arn:aws:iam::777788889999:role/cross-account/ProdReadOnly';
  await app.openDocumentFromExplorer(`${role}#trust`);
  await app.setEditorText(`${await app.editorText()}\n`);
  await app.waitSaved();
  await app.page.reload();
  await app.waitReady();
  await expect(app.byTestId(testIds.storyBar)).toContainText('An SCP cuts a path');
  await expect(app.byTestId(testIds.storyPlay)).toBeVisible();
});

test('an identity step a same-account trust naming the user does not need is shown as not needed', async ({
  app,
}) => {
  await app.open();
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryPlay('what-assume-role-means')).click();
  const hop = app.byTestId(testIds.walkthroughHop(0));
  await expect(hop).toContainText('Allowed');
  await expect(hop).toContainText('not needed');
  await expect(hop.locator('.outcome--fail')).toHaveCount(0);
});

test('"An SCP cuts a path" draws the hop the SCP cuts in red, named, and says which statement cuts it', async ({
  app,
}) => {
  const dana = 'arn:aws:iam::444455556666:user/dev-dana';
  const cut = `AssumeRole:${dana}->arn:aws:iam::777788889999:role/ProdAdmin`;
  await app.open();
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryOpen('scp-cuts-a-path')).click();
  await expect(app.byTestId(testIds.edgeLabel(cut))).toHaveText('cut by an SCP');
  await expect(app.byTestId(testIds.edgeHead(cut)).locator('..')).toHaveAttribute('data-state', 'broken');
  await expect(app.graphEdge(cut)).toHaveAttribute(
    'aria-label',
    /^Cut \(cut by an SCP\): dev-dana cannot become ProdAdmin/,
  );
  await app.clickEdge(cut);
  await expect(app.byTestId(testIds.edgeVerdict)).toHaveText('Cut by a guardrail');
  await expect(app.byTestId(testIds.edgeReason)).toContainText('DenyAssumeRoleOutsideCrossAccountPath');
  await expect(app.byTestId(testIds.edgeCut)).toContainText('Cut by an SCP');
  await expect(app.byTestId(testIds.edgeCut)).toContainText('at ou-ab12-wkld0001');
  // The hop the SCP lets through is still a way in.
  await expect(
    app.byTestId(
      testIds.edgeLabel(`AssumeRole:${dana}->arn:aws:iam::777788889999:role/cross-account/ProdReadOnly`),
    ),
  ).toHaveText('assumes');
});

// Every story's walk-through played beside the graph by keyboard: Play on its gallery card, then
// ArrowRight through each hop (the graph showing each), Escape to close.
for (const entry of gallery) {
  test(`the walk-through of "${entry.title.en}" plays by keyboard on the graph`, async ({ app }) => {
    await app.open();
    await app.byTestId(testIds.toolbarGallery).click();
    await app.byTestId(testIds.galleryPlay(entry.id)).click();
    await expect(app.graphNode(entry.featuredPath.to)).toBeVisible();
    await app.playWalkthroughByKeyboard(async (hop) => {
      await expect(app.byTestId(testIds.walkthroughHop(hop))).toContainText(/Allowed|runs as/);
    });
    await expect(app.byTestId(testIds.walkthroughDone)).toContainText('you now hold a session of');
    await app.page.keyboard.press('ArrowLeft');
    await expect(app.byTestId(testIds.walkthroughDone)).toBeHidden();
    await app.page.keyboard.press('Escape');
    await expect(app.byTestId(testIds.walkthrough)).toBeHidden();
    await expect(app.byTestId(testIds.walkHopOnGraph)).toBeHidden();
    await expect(app.byTestId(testIds.inspector)).toBeVisible();
  });
}
