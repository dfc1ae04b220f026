import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

const MANAGEMENT = '111122223333';
const MEMBER = '444455556666';
const UNIT = 'ou-a1b2-workloads';
const SCP = 'p-denyassume';
const dev = `arn:aws:iam::${MEMBER}:user/dev`;
const boss = `arn:aws:iam::${MANAGEMENT}:user/boss`;
const deploy = `arn:aws:iam::${MANAGEMENT}:role/Deploy`;
const audit = `arn:aws:iam::${MEMBER}:role/Audit`;
const developers = `arn:aws:iam::${MEMBER}:group/Developers`;
const github = `arn:aws:iam::${MANAGEMENT}:oidc-provider/token.actions.githubusercontent.com`;
const edge = (from: string, to: string) => `AssumeRole:${from}->${to}`;

// An organization built from a new scenario through the explorer alone: a unit holding the member
// account, a group whose policy lets its member assume a role in the management account, then an SCP
// at the unit that takes the hop away. SCPs limit the principals of member accounts: the management
// account's own user keeps its hop into the member account.
test('builds an organization from a new scenario: an SCP at a unit cuts a member’s hop, and says so', async ({
  app,
}) => {
  await app.open();
  await app.newScenario([
    [MANAGEMENT, 'Management'],
    [MEMBER, 'Member'],
  ]);

  // The organization, with the member account moved into a unit.
  const org = await app.openSection(testIds.orgSection);
  await expect(org).toContainText('FullAWSAccess');
  await app.submitFormIn(org, { organizationId: 'o-a1b2c3d4e5', managementAccount: MANAGEMENT });
  await expect(org.getByTestId(testIds.orgAttached('p-FullAWSAccess', 'r-a1b2'))).toBeVisible();
  await app.submitFormIn(await app.openOrgForm('unit'), { parent: 'r-a1b2', unitName: 'Workloads' });
  await app.submitFormIn(await app.openOrgForm('place'), { account: MEMBER, place: UNIT });
  await expect(org.getByTestId(testIds.orgLevel(UNIT))).toContainText(MEMBER);
  // AWS deletes only an empty unit.
  await org.getByTestId(testIds.orgUnitDelete(UNIT)).click();
  await expect(org.getByTestId(testIds.orgProblem)).toContainText('empty unit');

  // A role in each account trusting the other, a user in each.
  await app.openAddForm('role');
  await app.submitAddForm({
    account: MANAGEMENT,
    name: 'Deploy',
    trust: 'otherAccount',
    otherAccount: MEMBER,
  });
  await app.openAddForm('role');
  await app.submitAddForm({
    account: MEMBER,
    name: 'Audit',
    trust: 'otherAccount',
    otherAccount: MANAGEMENT,
  });
  await app.openAddForm('user');
  await app.submitAddForm({ account: MEMBER, name: 'dev' });
  await app.submitAddForm({ account: MANAGEMENT, name: 'boss' });

  // boss's own permission: an AWS managed policy attached in the inspector.
  await app.selectNode(boss);
  const policies = app.byTestId(testIds.nodePolicies);
  await policies.locator('summary').click();
  await policies.getByTestId(testIds.policyMode).selectOption('attach');
  await policies.getByTestId(testIds.policyPick).selectOption('arn:aws:iam::aws:policy/AdministratorAccess');
  await policies.getByTestId(testIds.addSubmit).click();

  // dev's permission comes from a group: its inline policy, then dev as its member.
  await app.openAddForm('group');
  await app.submitAddForm({ account: MEMBER, name: 'Developers' });
  const groups = await app.openSection(testIds.groupsSection);
  const group = groups.getByTestId(testIds.group(developers));
  const groupPolicies = group.getByTestId(testIds.groupPolicies);
  await groupPolicies.locator('summary').click();
  await groupPolicies.getByTestId(testIds.policyName).fill('assume-roles');
  await groupPolicies.getByTestId(testIds.addSubmit).click();
  await expect(app.byTestId(testIds.editorTab(`${developers}#inline/assume-roles`))).toBeVisible();
  await app.setEditorText(
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
      null,
      2,
    ),
  );
  await app.waitReady();
  await expect(app.graphEdge(edge(dev, deploy))).toHaveCount(0);
  const memberForm = group.locator('form').filter({ has: app.page.getByTestId(testIds.addField('member')) });
  await app.submitFormIn(memberForm, { member: dev });
  await expect(group.getByTestId(testIds.groupMemberRemove(dev))).toBeVisible();
  await app.waitReady();
  await expect(app.graphEdge(edge(dev, deploy))).toHaveCount(1);
  await expect(app.graphEdge(edge(boss, audit))).toHaveCount(1);

  // The SCP at the unit, written from its template (a Deny of sts:AssumeRole) and opened in the editor.
  await app.submitFormIn(await app.openOrgForm('policy'), {
    policyKind: 'scp',
    policyName: 'DenyAssumeRole',
    policyId: SCP,
    target: UNIT,
  });
  await expect(app.byTestId(testIds.editorTab(`org#${SCP}`))).toBeVisible();
  await expect.poll(() => app.editorText()).toContain('sts:AssumeRole');
  await expect(org.getByTestId(testIds.orgAttached(SCP, UNIT))).toBeVisible();
  await app.waitReady();
  // The group's policy and the trust still allow the hop: the SCP cuts it, and the graph draws the cut.
  await expect(app.byTestId(testIds.edgeLabel(edge(dev, deploy)))).toHaveText('cut by an SCP');
  // The management account is never limited by SCPs.
  await expect(app.graphEdge(edge(boss, audit))).toHaveCount(1);

  await app.findPaths(dev, deploy);
  await expect(app.byTestId(testIds.whyNot)).toContainText('SCP "DenyAssumeRole');
  await expect(app.byTestId(testIds.whyNot)).toContainText(UNIT);

  // Detached, the hop is back (and the open answer follows).
  await org.getByTestId(testIds.orgDetach(SCP, UNIT)).click();
  await app.waitReady();
  await expect(app.byTestId(testIds.edgeLabel(edge(dev, deploy)))).toHaveText('assumes');
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
});

test('adds an OIDC provider and a SAML provider, and deletes one from the inspector', async ({ app }) => {
  await app.open();
  await app.newScenario([[MANAGEMENT, 'Management']]);
  await app.openAddForm('provider');
  await app.submitAddForm({
    account: MANAGEMENT,
    providerType: 'oidc',
    issuer: 'https://token.actions.githubusercontent.com',
    clientIds: 'sts.amazonaws.com',
  });
  await expect(app.graphNode(github)).toBeVisible();
  await expect(app.byTestId(testIds.inspectorTitle)).toContainText('token.actions.githubusercontent.com');

  await app.submitAddForm({ providerType: 'saml', samlName: 'bad name' });
  await expect(app.byTestId(testIds.addProblem)).toContainText('SAML provider name');
  await app.submitAddForm({ samlName: 'Okta' });
  await expect(app.graphNode(`arn:aws:iam::${MANAGEMENT}:saml-provider/Okta`)).toBeVisible();

  await app.selectNode(github);
  await app.removeSelected();
  await app.waitReady();
  await expect(app.graphNode(github)).toHaveCount(0);
});
