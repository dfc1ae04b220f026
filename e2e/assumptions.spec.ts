import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

const dir = 'e2e/fixtures/import/';
const cluster = 'arn:aws:eks:us-east-1:444455556666:cluster/workloads';
const irsaEdge = `AssumeRoleWithWebIdentity:${cluster}/serviceaccount/shop/web->arn:aws:iam::444455556666:role/web-irsa-role`;

test('an account export without its provider list: the IRSA hop is allowed on an assumption, and says so', async ({
  app,
}) => {
  await app.open();
  // get-account-authorization-details never holds OIDC providers.
  await app.dropFiles(
    ['gaad-account-b.json', 'eks-describe-cluster.json', 'k8s-workloads.yaml'].map((f) => dir + f),
  );
  await expect(app.byTestId(testIds.importReport)).toContainText('gaad-account-b.json');
  await expect(app.byTestId(testIds.assumptionStats)).toContainText('rest on assumptions');

  await app.clickEdge(irsaEdge);
  await expect(app.byTestId(testIds.edgeVerdict)).toHaveText('Allowed');
  const assumption = app.byTestId(testIds.assumption('oidc-provider-assumed'));
  await expect(assumption).toContainText('assumption');
  await expect(assumption).toContainText('is assumed to exist in account 444455556666');
  await expect(assumption.locator('.badge--assumption')).toBeVisible();
});
