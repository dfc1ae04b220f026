import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

const A = '111122223333';
const B = '444455556666';
const roleForB = `arn:aws:iam::${A}:role/RoleForB`;
const assumeRoleInA = `arn:aws:iam::${B}:role/AssumeRoleInA`;
const instance = `arn:aws:ec2:us-east-1:${B}:instance/i-0a1b2c3d4e5f67890`;

// The story of an EC2 instance in account B using a role in account A, told from a blank scenario
// through the forms alone: the permission policy is written in the inspector, not imported.
test('builds the EC2 cross-account chain from a new scenario, permission policy included', async ({
  app,
}) => {
  await app.open();
  await app.newScenario([
    [A, 'Account A'],
    [B, 'Account B'],
  ]);
  await app.openAddForm('role');
  await app.submitAddForm({ account: A, name: 'RoleForB', trust: 'otherAccount', otherAccount: B });
  await app.addRole(B, 'AssumeRoleInA', 'ec2');
  await app.openAddForm('instance');
  await app.submitAddForm({ account: B, instanceId: 'i-0a1b2c3d4e5f67890', role: assumeRoleInA });
  await expect(app.graphNode(instance)).toBeVisible();

  // Without its permission policy the role in B cannot assume the role in A: no path yet.
  await app.findPaths(instance, roleForB);
  await expect(app.byTestId(testIds.whyNot)).toBeVisible();

  await app.selectNode(assumeRoleInA);
  const policies = app.byTestId(testIds.nodePolicies);
  await policies.locator('summary').click();
  await policies.getByTestId(testIds.policyMode).selectOption('inline');
  await policies.getByTestId(testIds.policyName).fill('assume-role-in-a');
  await policies.getByTestId(testIds.addSubmit).click();
  await expect(app.byTestId(testIds.editorTab(`${assumeRoleInA}#inline/assume-role-in-a`))).toBeVisible();
  await expect.poll(() => app.editorText()).toContain('sts:AssumeRole');
  await app.setEditorText(
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleForB }],
      },
      null,
      2,
    ),
  );
  await app.waitReady();

  // The answer shown updates itself: the path appears without pressing Find again.
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await expect(app.byTestId(testIds.pathResult(0))).toContainText('RoleForB');

  // The walk-through plays the chain: the second hop is the one a ~/.aws/config profile makes.
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('Allowed');
  await app.byTestId(testIds.walkthroughNext).click();
  await expect(app.byTestId(testIds.walkthroughHop(1))).toContainText(
    'credential_source = Ec2InstanceMetadata',
  );
  await app.page.keyboard.press('Escape');

  // That profile, added through its form, is drawn with a working arrow into RoleForB, and the
  // inspector says which instance it is taken to run on.
  await app.openAddForm('profile');
  await app.submitAddForm({
    profileName: 'account-a-reader',
    profileRole: roleForB,
    profileSource: 'credential:Ec2InstanceMetadata',
    sessionPolicyArns: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
  });
  await app.waitReady();
  await expect(app.graphNode('profile:account-a-reader')).toBeVisible();
  const profileEdge = `CliProfile:profile:account-a-reader->${roleForB}`;
  await expect(app.graphEdge(profileEdge).locator('.trust-edge--permitted')).toHaveCount(1);
  await expect(app.byTestId(testIds.profileSection)).toContainText('credential_source = Ec2InstanceMetadata');
  // The managed session policy it passes is named beside the file's lines.
  await expect(app.byTestId(testIds.profileSessionPolicies)).toContainText('AmazonS3ReadOnlyAccess');
  await app.clickEdge(profileEdge);
  await expect(app.byTestId(testIds.edgeVerdict)).toContainText('Allowed');
  await expect(app.byTestId(testIds.assumption('profile-host-assumed'))).toContainText('i-0a1b2c3d4e5f67890');
});

test('a policy pasted on its own is recognised and attached where the user says', async ({ app }) => {
  await app.open();
  await app.byTestId(testIds.toolbarImport).click();
  const trust = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:AssumeRole' },
    ],
  };
  await app.byTestId(testIds.importPasteText).fill(JSON.stringify(trust, null, 2));
  await app.byTestId(testIds.importApply).click();
  const attach = app.byTestId(testIds.attachPasted);
  await expect(attach).toContainText('most likely a role trust policy');
  await expect(attach.getByTestId(testIds.attachKind)).toHaveValue('trust');
  await attach.getByTestId(testIds.attachTarget).selectOption(roleForB);
  await attach.getByTestId(testIds.addSubmit).click();
  await expect(attach).toHaveCount(0);
  await app.page.keyboard.press('Escape');

  await expect(app.byTestId(testIds.editorTab(`${roleForB}#trust`))).toBeVisible();
  await expect.poll(() => app.editorText()).toContain('999988887777');
  await app.waitReady();
  await expect(app.graphNode('999988887777')).toBeVisible();
});

test('a pasted ~/.aws/config shows its profiles and the chains they configure', async ({ app }) => {
  // The first visit opens the EC2 story: account B's instance, its role, RoleForB in account A.
  await app.open();
  const config = [
    '[profile reports]',
    `role_arn = ${roleForB}`,
    'credential_source = Ec2InstanceMetadata',
    'role_session_name = nightly-report',
    '',
    '[profile audit]',
    'source_profile = reports',
    `role_arn = arn:aws:iam::${A}:role/Auditor`,
  ].join('\n');
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importPasteText).fill(config);
  await app.byTestId(testIds.importApply).click();
  await app.page.keyboard.press('Escape');
  await app.waitReady();

  await expect(app.graphNode('profile:reports')).toBeVisible();
  const reports = `CliProfile:profile:reports->${roleForB}`;
  await expect(app.graphEdge(reports).locator('.trust-edge--permitted')).toHaveCount(1);
  await expect(app.graphEdge('SourceProfile:profile:reports->profile:audit')).toHaveCount(1);
  // Auditor is not a role of account A, which the scenario holds: that profile cannot work.
  await expect(
    app.graphEdge(`CliProfile:profile:audit->arn:aws:iam::${A}:role/Auditor`).locator('.trust-edge--broken'),
  ).toHaveCount(1);
});

test('deleting a permission policy shows the arrows it took away, and undo brings them back', async ({
  app,
}) => {
  await app.open();
  const hop = `AssumeRole:${assumeRoleInA}->${roleForB}`;
  await expect(app.graphEdge(hop)).toHaveCount(1);
  await app.selectNode(assumeRoleInA);
  const policies = app.byTestId(testIds.nodePolicies);
  await expect(policies).toContainText('AssumeRoleForB');
  await policies.getByRole('button', { name: 'Delete' }).click();
  await app.waitReady();
  await expect(app.graphEdge(hop)).toHaveCount(0);
  await expect(app.graphEdge(`removed:${hop}`).locator('.trust-edge--removed')).toHaveCount(1);

  await app.byTestId(testIds.toolbarUndo).click();
  await app.waitReady();
  await expect(app.graphEdge(hop)).toHaveCount(1);
  await expect(policies).toContainText('AssumeRoleForB');
});

test('a bucket answers whether anyone on the internet can read it', async ({ app }) => {
  await app.open();
  const bucket = 'arn:aws:s3:::public-site';
  const scenario = {
    version: 1,
    name: 'A public website bucket',
    accounts: [{ id: A, name: 'Account A' }],
    resources: [
      {
        arn: bucket,
        type: 's3',
        accountId: A,
        policy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket}/*` }],
        },
      },
    ],
  };
  await app.newScenario([]);
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importPasteText).fill(JSON.stringify(scenario, null, 2));
  await app.byTestId(testIds.importApply).click();
  await app.page.keyboard.press('Escape');
  await app.waitReady();

  await app.selectNode(bucket);
  const check = app.page.locator('.permission-check');
  await expect(check).toContainText('Can anyone on the internet');
  await check.getByRole('button').click();
  await expect(check.locator('.verdict')).toContainText('Allowed');
  await check.getByRole('textbox').first().fill('s3:PutObject');
  await check.getByRole('button').click();
  await expect(check.locator('.verdict')).toContainText('Implicitly denied');

  // Without its policy the bucket is private again; a new one starts from a template in the editor.
  const panel = app.byTestId(testIds.resourcePolicy);
  await panel.getByRole('button', { name: 'Delete the resource policy' }).click();
  await app.waitReady();
  await check.getByRole('textbox').first().fill('s3:GetObject');
  await check.getByRole('button').click();
  await expect(check.locator('.verdict')).toContainText('Implicitly denied');
  await panel.getByRole('button', { name: 'Write a resource policy' }).click();
  await expect(app.byTestId(testIds.editorTab(`${bucket}#policy`))).toBeVisible();
  await expect.poll(() => app.editorText()).toContain('arn:aws:s3:::public-site/*');
});

// Cross-account S3 through a delegated role: a developer in Development becomes a role in Production,
// whose bucket policy lets that role read the reports.
test('builds the cross-account S3 story from a new scenario, bucket policy included', async ({ app }) => {
  const production = '111122223333';
  const development = '444455556666';
  const role = `arn:aws:iam::${production}:role/delegate_read_reports`;
  const developer = `arn:aws:iam::${development}:user/dev-alice`;
  await app.open();
  await app.newScenario([
    [production, 'Production'],
    [development, 'Development'],
  ]);
  await app.openAddForm('role');
  await app.submitAddForm({
    account: production,
    name: 'delegate_read_reports',
    trust: 'otherAccount',
    otherAccount: development,
  });
  await app.openAddForm('user');
  await app.submitAddForm({ account: development, name: 'dev-alice' });
  await app.openAddForm('resource');
  await app.submitAddForm({
    resourceType: 's3',
    account: production,
    name: 'example-prod-reports',
    policy: 'principal',
    principal: role,
  });
  await expect(app.graphNode('arn:aws:s3:::example-prod-reports')).toBeVisible();

  // The developer's own account must allow the call too: a permission policy written in the inspector.
  await app.selectNode(developer);
  const policies = app.byTestId(testIds.nodePolicies);
  await policies.locator('summary').click();
  await policies.getByTestId(testIds.policyName).fill('assume-delegate');
  await policies.getByTestId(testIds.addSubmit).click();
  await expect(app.byTestId(testIds.editorTab(`${developer}#inline/assume-delegate`))).toBeVisible();
  await app.setEditorText(
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role }] },
      null,
      2,
    ),
  );
  await app.waitReady();
  await app.findPaths(developer, role);
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('aws sts assume-role');
  await app.page.keyboard.press('Escape');

  // Once inside, the role reads the reports: the bucket policy names it.
  await app.selectNode(role);
  const check = app.page.locator('.permission-check');
  await check.getByRole('textbox').nth(1).fill('arn:aws:s3:::example-prod-reports/2026/q4.csv');
  await check.getByRole('button').click();
  await expect(check.locator('.verdict')).toContainText('Allowed');
});

// IRSA: a pod's service account, annotated with a role whose trust names the cluster's OIDC provider.
test('builds the IRSA story from a new scenario: cluster, trusting role, annotated pod', async ({ app }) => {
  const cluster = `arn:aws:eks:us-east-1:${A}:cluster/main`;
  const role = `arn:aws:iam::${A}:role/payments-api`;
  const pod = `${cluster}/pod/payments/api-7d9f`;
  await app.open();
  await app.newScenario([[A, 'Account A']]);
  await app.openAddForm('cluster');
  await app.submitAddForm({ account: A, region: 'us-east-1', name: 'main' });
  await app.openAddForm('role');
  await app.submitAddForm({
    account: A,
    name: 'payments-api',
    trust: 'irsa',
    cluster,
    namespace: 'payments',
    serviceAccount: 'api',
  });
  await app.openAddForm('workload');
  await app.submitAddForm({
    cluster,
    namespace: 'payments',
    serviceAccount: 'api',
    roleArn: role,
    pod: 'api-7d9f',
  });
  await expect(app.graphNode(pod)).toBeVisible();

  await app.findPaths(pod, role);
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await expect(app.byTestId(testIds.pathResult(0))).toContainText('payments-api');
  // The walk-through: the pod runs as its service account, whose token EKS trades for the role.
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('serviceAccountName: api');
  await app.byTestId(testIds.walkthroughNext).click();
  await expect(app.byTestId(testIds.walkthroughHop(1))).toContainText('assume-role-with-web-identity');
});

// The two ways a same-account trust works (AssumeRole API reference): naming the user grants on its
// own; naming the account needs the user's permission policy too.
test('builds the trust-versus-permission basics from a new scenario', async ({ app }) => {
  const alice = `arn:aws:iam::${A}:user/alice`;
  const reader = `arn:aws:iam::${A}:role/ReportsReader`;
  await app.open();
  await app.newScenario([[A, 'Account A']]);
  await app.openAddForm('user');
  await app.submitAddForm({ account: A, name: 'alice' });
  await app.addRole(A, 'ReportsReader', 'ownAccount');

  // The trust names the account: without a permission policy alice may not.
  await app.findPaths(alice, reader);
  await expect(app.byTestId(testIds.whyNot)).toContainText('an identity policy');

  await app.selectNode(alice);
  const policies = app.byTestId(testIds.nodePolicies);
  await policies.locator('summary').click();
  await policies.getByTestId(testIds.policyName).fill('assume-reports-reader');
  await policies.getByTestId(testIds.addSubmit).click();
  await app.setEditorText(
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: reader }] },
      null,
      2,
    ),
  );
  await app.waitReady();
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toContainText('--role-session-name alice');
});

// EKS Pod Identity: an association gives the service account's pods a role whose trust lets
// pods.eks.amazonaws.com in, with the session tags EKS sets.
test('builds the Pod Identity story from a new scenario: cluster, trusting role, associated pod', async ({
  app,
}) => {
  const cluster = `arn:aws:eks:us-east-1:${A}:cluster/main`;
  const role = `arn:aws:iam::${A}:role/orders-worker`;
  const pod = `${cluster}/pod/orders/worker-5c2b`;
  await app.open();
  await app.newScenario([[A, 'Account A']]);
  await app.openAddForm('cluster');
  await app.submitAddForm({ account: A, region: 'us-east-1', name: 'main' });
  await app.addRole(A, 'orders-worker', 'podIdentity');
  await app.openAddForm('workload');
  await app.submitAddForm({
    cluster,
    namespace: 'orders',
    serviceAccount: 'worker',
    access: 'podIdentity',
    roleArn: role,
    pod: 'worker-5c2b',
  });
  await expect(app.graphNode(pod)).toBeVisible();

  await app.findPaths(pod, role);
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await expect(app.byTestId(testIds.pathResult(0))).toContainText('orders-worker');

  // The trust checks a session tag EKS sets on every Pod Identity session: the pod's namespace.
  await app.openDocumentFromExplorer(`${role}#trust`);
  const trust = JSON.parse(await app.editorText()) as { Statement: Record<string, unknown>[] };
  const tagged = (namespace: string) =>
    JSON.stringify(
      {
        ...trust,
        Statement: trust.Statement.map((s) => ({
          ...s,
          Condition: { StringEquals: { 'aws:RequestTag/kubernetes-namespace': namespace } },
        })),
      },
      null,
      2,
    );
  await app.setEditorText(tagged('payments'));
  await app.waitReady();
  await expect(app.byTestId(testIds.pathResult(0))).toHaveCount(0);
  await expect(app.byTestId(testIds.whyNot)).toContainText('kubernetes-namespace');

  await app.setEditorText(tagged('orders'));
  await app.waitReady();
  await expect(app.byTestId(testIds.pathResult(0))).toContainText('orders-worker');
  await app.byTestId(testIds.pathPlay(0)).click();
  await app.byTestId(testIds.walkthroughNext).click();
  await expect(app.byTestId(testIds.walkthroughHop(1))).toContainText('kubernetes-namespace');
});
