import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

const operator = 'arn:aws:iam::111122223333:user/operator';
const buildServer = 'arn:aws:iam::111122223333:role/BuildServer';

test('an escalation edge teaches its technique: the calls in order, what AWS decided, how to close it', async ({
  app,
}) => {
  await app.open();
  await app.dropFiles(['e2e/fixtures/escalation/ssm-send-command.json']);
  await app.clickEdge(`Escalation:${operator}->${buildServer}`);
  await expect(app.byTestId(testIds.edgeVerdict)).toHaveText('Allowed');
  await expect(app.byTestId(testIds.edgeReason)).toContainText(
    'operator can obtain the permissions of BuildServer with ssm:SendCommand',
  );
  const section = app.byTestId(testIds.escalationSection);
  await expect(section).toContainText('ssm-002');
  await expect(app.byTestId(testIds.escalationCalls)).toContainText(
    'aws ssm send-command --region us-east-1 --instance-ids i-0b5e1d2c3a4f56789',
  );
  // The replayed decision of each request, worded from its reason.
  await expect(section).toContainText('identity policy');
  await expect(section).toContainText('Allow ssm:SendCommand and ssm:StartSession only on the instances');
  await expect(app.byTestId(testIds.assumption('managed-node-assumed'))).toBeVisible();
});

test('the escalation filter hides escalation edges', async ({ app }) => {
  await app.open();
  await app.dropFiles(['e2e/fixtures/escalation/ssm-send-command.json']);
  const edge = app.graphEdge(`Escalation:${operator}->${buildServer}`);
  await expect(edge).toHaveCount(1);
  await app.page.locator('details.filters > summary').click();
  await app.byTestId(testIds.filterEdgeKind('Escalation')).uncheck();
  await app.waitReady();
  await expect(edge).toHaveCount(0);
});

const alice = 'arn:aws:iam::111122223333:user/alice';
const onCall = 'arn:aws:iam::111122223333:group/ops-oncall';
const deployer = 'arn:aws:iam::111122223333:role/deployer';

test('an export dropped on the story opens as a scenario of its own, with none of the lesson in it', async ({
  app,
}) => {
  await app.open();
  await expect(app.byTestId(testIds.storyBar)).toBeVisible();
  await app.dropFiles(['src/importers/fixtures/gaad-helpdesk.json']);
  await expect(app.graphNode(onCall)).toBeVisible();
  await app.waitReady();
  // The story's accounts, roles and findings are not mixed into the user's export.
  await expect(app.byTestId(testIds.storyBar)).toBeHidden();
  await expect(app.graphNode('arn:aws:iam::111122223333:role/RoleForB')).toHaveCount(0);
  await expect(app.page.getByText('RoleForB trusts every identity')).toHaveCount(0);
});

test('a hop from a group is made by the user that joined it, with the group’s policies beside its own', async ({
  app,
}) => {
  await app.open();
  await app.dropFiles(['src/importers/fixtures/gaad-helpdesk.json']);
  await app.clickEdge(`AssumeRole:${onCall}->${deployer}|as:${alice}`);
  await expect(app.byTestId(testIds.edgeVerdict)).toHaveText('Allowed');
  const details = app.page.locator('.edge-details');
  await expect(details.locator('.edge-summary')).toContainText('alice can become deployer');
  // The replayed request is alice's, with the group's inline policy among hers.
  await expect(app.byTestId(testIds.edgeReason)).toContainText('OnCallBreakGlass');
  await expect(details).toContainText(
    'Once alice has added itself to group ops-oncall, it can assume deployer',
  );
});
