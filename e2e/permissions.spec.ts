import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

const BUCKET = 'arn:aws:s3:::account-a-reports';
const CHAIN = 'i-0a1b2c3d4e5f67890 → AssumeRoleInA → RoleForB';

test('can the instance read the bucket: its permissions panel and the bucket’s who-can-reach panel say so, with the path', async ({
  app,
}) => {
  await app.open();
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryOpen('ec2-cross-account-profile')).click();
  await app.waitReady();

  await app.graphNode(example.instance).click();
  const mine = app.byTestId(testIds.permissionsPanel('permissions'));
  // Folded until asked for: the worker works the rows out when the reader opens it.
  await mine.locator('summary').first().click();
  const read = mine.getByTestId(testIds.permissionRow('s3:GetObject'));
  await expect(read).toContainText('Allowed');
  await expect(read).toContainText('account-a-reports/*');
  await expect(read.getByTestId(testIds.permissionChain)).toHaveText(CHAIN);
  // The row's trace: the request of RoleForB's session, decided by its identity policy.
  await read.getByRole('button', { name: 'Trace' }).click();
  await expect(read.getByTestId(testIds.edgeTraceSteps)).toBeVisible();
  await expect(read).toContainText('ReadOnlyS3');

  await app.graphNode(BUCKET).click();
  const who = app.byTestId(testIds.permissionsPanel('whoCanAccess'));
  await who.locator('summary').first().click();
  await who.getByTestId(testIds.permissionsSearch).fill('i-0a1b2c3d4e5f67890');
  const reader = who.getByTestId(testIds.permissionRow('s3:GetObject'));
  await expect(reader).toHaveCount(1);
  await expect(reader).toContainText('Allowed');
  await expect(reader.getByTestId(testIds.permissionChain)).toHaveText(CHAIN);

  // The access layer, shown on request, draws the last step: RoleForB → the bucket, by access level.
  const access = `Access:${example.roleForB}->${BUCKET}`;
  await expect(app.graphEdge(access)).toHaveCount(0);
  // Hidden, the layer is not counted either: the status line counts the arrows drawn.
  const drawn = await app.page.locator('[data-testid^="rf__edge-"]').count();
  await expect(app.byTestId(testIds.analysisStats)).toContainText(` ${drawn} edges`);
  await app.page.locator('details.filters > summary').click();
  await app.byTestId(testIds.filterEdgeKind('Access')).check();
  await app.waitReady();
  await expect(app.graphEdge(access)).toHaveCount(1);
  await expect(app.byTestId(testIds.edgeBadge(access))).toHaveText('ListRead');
});
