import { mkdirSync, writeFileSync } from 'node:fs';
import { galleryEntry } from '../src/model/gallery';
import { generateOrganization } from '../src/testSupport/generateOrganization';
import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';
import { largeGaad } from './support/largeGaad';

// How long the page's tasks are while this import runs is measured by `npm run bench`, not here.
test('a 50 MB GAAD export imports in the worker with progress, can be cancelled, and nothing is lost', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync('test-results/inputs', { recursive: true });
  const path = 'test-results/inputs/gaad-50mb.json';
  writeFileSync(path, largeGaad(50 * 1024 * 1024));

  await app.open();
  // The bar names the file; Cancel is pressed once it does.
  await app.cancelWhenProgressShows('Importing gaad-50mb.json');
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importFileInput).setInputFiles(path);
  await expect(app.byTestId(testIds.importDialog)).toContainText('Import cancelled: nothing was changed.', {
    timeout: 60_000,
  });
  await expect(app.byTestId(testIds.progress)).toBeHidden();
  // Nothing was lost, and the engine (a fresh worker) answers again.
  await page.keyboard.press('Escape');
  await expect(app.graphNode('arn:aws:iam::111122223333:role/RoleForB')).toBeVisible();
  await app.waitReady();
  await app.findPaths(
    'arn:aws:iam::444455556666:role/AssumeRoleInA',
    'arn:aws:iam::111122223333:role/RoleForB',
  );
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
});

test('a long analysis shows its progress, can be cancelled with the last graph kept, and Retry finishes it', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const roleForB = 'arn:aws:iam::111122223333:role/RoleForB';
  mkdirSync('test-results/inputs', { recursive: true });
  // An organization of 10,000 roles: over a second of analysis in the worker on the fastest machine
  // we have seen, where the bar shows after 250 ms.
  const scenario = generateOrganization({ roles: 10_000, seed: 7 });
  const roles = scenario.roles?.length ?? 0;
  const path = 'test-results/inputs/organization-10k.json';
  writeFileSync(path, JSON.stringify(scenario));

  // The user's own scenario (the EC2 story's, imported as a file): an import merges into it, where
  // on the story it would open apart.
  const own = 'test-results/inputs/ec2-chain.json';
  writeFileSync(own, JSON.stringify(galleryEntry('ec2-cross-account-profile')?.scenario));
  await app.open();
  await app.dropFiles([own]);
  await expect(app.byTestId(testIds.storyBar)).toBeHidden();
  await expect(app.graphNode(roleForB)).toBeVisible();
  await app.waitReady();
  await app.cancelWhenProgressShows('Analyzing');
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importFileInput).setInputFiles(path);
  await expect(app.byTestId(testIds.analysisStats)).toContainText('Analysis cancelled', { timeout: 90_000 });
  await expect(app.byTestId(testIds.progress)).toBeHidden();
  await page.keyboard.press('Escape');
  // The last finished analysis (the example the app opened on) stays on screen.
  await expect(app.graphNode(roleForB)).toBeVisible();

  await app.byTestId(testIds.retryAnalysis).click();
  await expect(app.byTestId(testIds.analysisStats)).toContainText(' nodes · ', { timeout: 90_000 });
  const nodes = Number(
    ((await app.byTestId(testIds.analysisStats).textContent()) ?? '').split(' nodes')[0]?.replace(/\D/g, ''),
  );
  expect(nodes).toBeGreaterThan(roles);
  await expect(app.byTestId(testIds.retryAnalysis)).toBeHidden();
});

test('when the engine worker crashes the app says so, keeps the graph and carries on', async ({
  app,
  page,
  offences,
}) => {
  await app.open();
  const engine = page.workers().find((w) => w.url().includes('engine.worker'));
  expect(engine, 'the engine worker').toBeDefined();
  await engine!.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated engine crash');
    });
  });
  await expect(app.byTestId(testIds.notice)).toContainText('stopped unexpectedly');
  await expect(app.graphNode('arn:aws:iam::111122223333:role/RoleForB')).toBeVisible();
  await app.findPaths(
    'arn:aws:iam::444455556666:role/AssumeRoleInA',
    'arn:aws:iam::111122223333:role/RoleForB',
  );
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  // The crash is the point of this test: its own error is expected, and the only one allowed.
  offences.consoleErrors.splice(
    0,
    offences.consoleErrors.length,
    ...offences.consoleErrors.filter((m) => !m.includes('simulated engine crash')),
  );
});
