import { readFileSync } from 'node:fs';
import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

const dir = 'e2e/fixtures/import/';
const files = [
  'gaad-account-a.json',
  'gaad-account-b.json',
  'ec2-describe-instances.json',
  'eks-describe-cluster.json',
  'k8s-workloads.yaml',
  'oidc-providers.json',
].map((f) => dir + f);
const cluster = 'arn:aws:eks:us-east-1:444455556666:cluster/workloads';
const pod = `${cluster}/pod/shop/web`;
const serviceAccount = `${cluster}/serviceaccount/shop/web`;
const irsaRole = 'arn:aws:iam::444455556666:role/web-irsa-role';
const { roleForB } = example;
const { instance } = example;
const crossAccountEdge = `AssumeRole:${irsaRole}->${roleForB}`;

test('a multi-account import with EKS and EC2: nodes, reasons, paths, an edit that cuts a path, language, theme, PNG', async ({
  app,
  page,
}) => {
  await app.open();
  await app.dropFiles(files);
  await expect(app.byTestId(testIds.importReport)).toContainText('gaad-account-b.json');

  for (const id of [
    cluster,
    pod,
    serviceAccount,
    irsaRole,
    roleForB,
    instance,
    '111122223333',
    '444455556666',
  ]) {
    await expect(app.graphNode(id)).toBeVisible();
  }
  await expect(app.graphEdge(crossAccountEdge)).toBeAttached();
  await expect(app.graphEdge(`AssumeRoleWithWebIdentity:${serviceAccount}->${irsaRole}`)).toBeAttached();

  // Click the cross-account arrow and read why it is there.
  await app.clickEdge(crossAccountEdge);
  await expect(app.byTestId(testIds.edgeVerdict)).toHaveText('Allowed');
  await expect(app.byTestId(testIds.edgeExplanation)).toContainText('trust policy of role RoleForB');
  await app.byTestId(testIds.edgeSteps).locator('summary').click();
  await expect(app.byTestId(testIds.edgeSteps)).toContainText('Identity policies');

  // From the pod to the role in the other account.
  await app.findPaths(pod, roleForB);
  await expect(app.byTestId(testIds.pathResult(0))).toContainText(
    'shop/web → shop/web → web-irsa-role → RoleForB',
  );
  await expect(page.locator('.react-flow__node.is-dimmed, .entity-node.is-dimmed').first()).toBeAttached();

  // Edit RoleForB's trust policy to trust another account: the arrow goes, and "why not" points at the edit.
  await app.openDocumentFromExplorer(`${roleForB}#trust`);
  await app.setEditorText(
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::777788889999:root' }, Action: 'sts:AssumeRole' },
        ],
      },
      null,
      2,
    ),
  );
  await expect(app.graphEdge(crossAccountEdge)).toHaveCount(0);
  await app.findPaths(pod, roleForB);
  await expect(app.byTestId(testIds.pathNone)).toBeVisible();
  await app.findPaths(irsaRole, roleForB);
  await expect(app.byTestId(testIds.whyNot)).toContainText('trust policy of role RoleForB');
  await app.byTestId(testIds.whyNotOpen).click();
  await expect(app.byTestId(testIds.editorTitle)).toHaveText('RoleForB · trust policy');
  await expect.poll(() => app.selectionStartLine()).toBe(4);

  // Language and theme.
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await expect(app.byTestId(testIds.toolbarImport)).toHaveText('导入');
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hant');
  await expect(app.byTestId(testIds.toolbarImport)).toHaveText('匯入');
  await app.byTestId(testIds.toolbarTheme).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Export the graph as PNG.
  await app.byTestId(testIds.toolbarExport).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    app.byTestId(testIds.exportPng).click(),
  ]);
  expect(download.suggestedFilename()).toBe('trustscope-graph.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
});
