/**
 * An SCP that cuts a path: the Workloads OU may only assume roles under the /cross-account/ path,
 * so one hop that the trust policy and the caller's own policy both allow is cut, and drawn so.
 */
import {
  FULL_AWS_ACCESS_SCP,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anAccount,
  anIdentityPolicy,
  anOrgUnit,
  anOrganization,
  anScp,
  arns,
} from '../builders';
import type { GalleryEntry } from './types';

const MANAGEMENT = '111122223333';
const DEVELOPMENT = '444455556666';
const PRODUCTION = '777788889999';
const DEVELOPER = arns.user(DEVELOPMENT, 'dev-dana');
const READ_ONLY = arns.role(PRODUCTION, 'cross-account/ProdReadOnly');
const ADMIN = arns.role(PRODUCTION, 'ProdAdmin');
const SCP_ID = 'p-a1b2c3d4';

const restrictAssumeRole = anScp(SCP_ID, 'DenyAssumeRoleOutsideCrossAccountPath', {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyAssumeRoleOutsideCrossAccountPath',
      Effect: 'Deny',
      Action: 'sts:AssumeRole',
      NotResource: 'arn:aws:iam::*:role/cross-account/*',
    },
  ],
});

const FULL = FULL_AWS_ACCESS_SCP.id;

export const scpCutsPath: GalleryEntry = {
  id: 'scp-cuts-a-path',
  title: {
    en: 'An SCP cuts a path',
    'zh-Hans': 'SCP 切断了一条路径',
    'zh-Hant': 'SCP 切斷了一條路徑',
  },
  summary: {
    en: "Both production roles trust the development account and the developer's policy allows assuming either, but an SCP on the Workloads OU only lets its principals assume roles under /cross-account/.",
    'zh-Hans':
      '两个生产角色都信任开发账户，开发者的策略也允许代入其中任何一个，但 Workloads 组织单位上的 SCP 只允许其主体代入 /cross-account/ 路径下的角色。',
    'zh-Hant':
      '兩個正式環境角色都信任開發帳戶，開發人員的政策也允許擔任其中任何一個，但 Workloads 組織單位上的 SCP 只允許其主體擔任 /cross-account/ 路徑下的角色。',
  },
  lesson: {
    en: "Service control policies limit the principals of the member accounts below the OU they are attached to, wherever those principals make calls; they never grant anything. The caller's side of a cross-account hop includes its account's SCPs, and an explicit Deny overrides every Allow. So dev-dana can become cross-account/ProdReadOnly, while the hop to ProdAdmin, which the trust policy and her own policy both allow, is cut: the graph draws it in red, labelled as cut by an SCP, and selecting it shows the SCP statement that denies it. SCPs do not apply to the management account, to service-linked roles or to principals outside the organization.",
    'zh-Hans':
      '服务控制策略（SCP）限制其所附加组织单位之下各成员账户中的主体，无论这些主体在哪里发起调用；SCP 从不授予任何权限。跨账户一跳中调用方这一侧包含其账户的 SCP，而显式 Deny 会覆盖所有 Allow。因此 dev-dana 可以代入 cross-account/ProdReadOnly，而通往 ProdAdmin 的那一跳——信任策略和她自己的策略都允许——被切断了：图中用红色画出这一跳并标明被 SCP 切断，选中它即可看到拒绝它的 SCP 语句。SCP 不作用于管理账户、服务相关角色或组织外部的主体。',
    'zh-Hant':
      '服務控制政策（SCP）限制其所附加組織單位之下各成員帳戶中的主體，無論這些主體在何處發出呼叫；SCP 從不授予任何權限。跨帳戶一跳中呼叫者這一側包含其帳戶的 SCP，而明確的 Deny 會覆寫所有 Allow。因此 dev-dana 可以擔任 cross-account/ProdReadOnly，而通往 ProdAdmin 的那一跳——信任政策和她自己的政策都允許——被切斷了：圖中以紅色畫出這一跳並標明被 SCP 切斷，選取它即可看到拒絕它的 SCP 陳述式。SCP 不適用於管理帳戶、服務連結角色或組織外部的主體。',
  },
  scenario: aScenario({
    name: 'An SCP cuts a path',
    description:
      'The Workloads OU (development account) has an SCP denying sts:AssumeRole outside role/cross-account/*; production trusts the development account for two roles.',
    accounts: [
      anAccount(MANAGEMENT, 'Management (111122223333)'),
      anAccount(DEVELOPMENT, 'Development (444455556666)'),
      anAccount(PRODUCTION, 'Production (777788889999)'),
    ],
    organization: anOrganization({
      managementAccountId: MANAGEMENT,
      root: anOrgUnit('r-ab12', 'Root', {
        scps: [FULL],
        accounts: [MANAGEMENT],
        children: [
          anOrgUnit('ou-ab12-wkld0001', 'Workloads', { scps: [FULL, SCP_ID], accounts: [DEVELOPMENT] }),
          anOrgUnit('ou-ab12-prod0001', 'Production', { scps: [FULL], accounts: [PRODUCTION] }),
        ],
      }),
      policies: [FULL_AWS_ACCESS_SCP, restrictAssumeRole],
      accountPolicies: { [DEVELOPMENT]: { scps: [FULL] }, [PRODUCTION]: { scps: [FULL] } },
    }),
    users: [
      aUser(DEVELOPER, {
        inline: {
          AssumeProductionRoles: anIdentityPolicy.allow(
            'sts:AssumeRole',
            `arn:aws:iam::${PRODUCTION}:role/*`,
          ),
        },
      }),
    ],
    roles: [
      aRole(READ_ONLY, {
        description: 'Read-only access for developers, under the path the SCP allows.',
        trust: aTrustPolicy.forAccount(DEVELOPMENT),
        inline: { ReadOnly: anIdentityPolicy.allow(['cloudwatch:Get*', 'logs:FilterLogEvents']) },
      }),
      aRole(ADMIN, {
        description: 'Administrator role that also trusts the development account.',
        trust: aTrustPolicy.forAccount(DEVELOPMENT),
        inline: { Administrator: anIdentityPolicy.allow('*', '*') },
      }),
    ],
  }),
  featuredPath: { from: DEVELOPER, to: READ_ONLY },
};
