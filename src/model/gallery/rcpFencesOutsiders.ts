/**
 * An RCP fences the organization's roles: the identity perimeter on the Production OU lets only the
 * organization's principals, one audited partner account and AWS services assume its roles, so a
 * vendor account that a role's trust names is cut, which no SCP could do.
 */
import {
  FULL_AWS_ACCESS_SCP,
  RCP_FULL_AWS_ACCESS,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anAccount,
  anIdentityPolicy,
  anOrgUnit,
  anOrganization,
  anRcp,
  arns,
} from '../builders';
import type { GalleryEntry } from './types';

const ORG_ID = 'o-a1b2c3d4e5';
const MANAGEMENT = '111122223333';
const DEVELOPMENT = '444455556666';
const PRODUCTION = '777788889999';
const PARTNER = '210987654321';
const VENDOR = '999988887777';
const DEVELOPER = arns.user(DEVELOPMENT, 'dev-dana');
const READ_ONLY = arns.role(PRODUCTION, 'ProdReadOnly');
const PARTNER_AUDIT = arns.role(PRODUCTION, 'PartnerAudit');
const VENDOR_MONITORING = arns.role(PRODUCTION, 'VendorMonitoring');
const WEB_INSTANCE = arns.role(PRODUCTION, 'web-instance');
const RCP_ID = 'p-rcp0perimeter';

/**
 * The identity perimeter of AWS's data perimeter examples
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html),
 * with one partner account as its exception.
 */
const identityPerimeter = anRcp(RCP_ID, 'IdentityPerimeter', {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRole',
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID, 'aws:PrincipalAccount': [PARTNER] },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
  ],
});

const FULL = FULL_AWS_ACCESS_SCP.id;
const RCP_FULL = RCP_FULL_AWS_ACCESS.id;

export const rcpFencesOutsiders: GalleryEntry = {
  id: 'rcp-fences-outsiders',
  title: {
    en: 'An RCP fences out a vendor',
    'zh-Hans': 'RCP 把供应商挡在外面',
    'zh-Hant': 'RCP 把供應商擋在外面',
  },
  summary: {
    en: "A production role's trust policy names a vendor's account, but the RCP on the Production OU lets only the organization's principals, one audited partner and AWS services assume its roles.",
    'zh-Hans':
      '一个生产角色的信任策略指定了供应商的账户，但 Production 组织单位上的 RCP 只允许本组织的主体、一个经过审计的合作伙伴和 AWS 服务代入其角色。',
    'zh-Hant':
      '一個正式環境角色的信任政策指定了供應商的帳戶，但 Production 組織單位上的 RCP 只允許本組織的主體、一個經過稽核的合作夥伴和 AWS 服務擔任其角色。',
  },
  lesson: {
    en: "Resource control policies limit what can be done to the resources of the member accounts below the OU they are attached to, whoever asks: principals outside the organization included, which SCPs never reach. They grant nothing. Here the identity perimeter RCP denies sts:AssumeRole to any principal outside the organization except the partner account, and exempts AWS services. So dev-dana's hop to ProdReadOnly and the partner's hop to PartnerAudit stand, EC2 may still give web-instance to an instance, but the vendor's hop to VendorMonitoring, which the role's trust policy allows, is cut: the graph draws it in red, labelled as cut by an RCP, and selecting it shows the statement that denies it. RCPs do not apply to the management account's resources, nor to an AWS service assuming its service-linked role.",
    'zh-Hans':
      '资源控制策略（RCP）限制对其所附加组织单位之下各成员账户中资源能做的事，无论请求来自谁：包括组织外部的主体，而 SCP 从来管不到它们。RCP 不授予任何权限。这里的身份边界 RCP 拒绝组织外部的任何主体调用 sts:AssumeRole，合作伙伴账户除外，并豁免 AWS 服务。因此 dev-dana 到 ProdReadOnly 的一跳和合作伙伴到 PartnerAudit 的一跳都成立，EC2 仍可把 web-instance 交给实例，但供应商到 VendorMonitoring 的那一跳——角色的信任策略允许——被切断了：图中用红色画出这一跳并标明被 RCP 切断，选中它即可看到拒绝它的语句。RCP 不作用于管理账户的资源，也不作用于 AWS 服务代入其服务相关角色。',
    'zh-Hant':
      '資源控制政策（RCP）限制對其所附加組織單位之下各成員帳戶中資源能做的事，無論請求來自誰：包括組織外部的主體，而 SCP 從來管不到它們。RCP 不授予任何許可。這裡的身分邊界 RCP 拒絕組織外部的任何主體呼叫 sts:AssumeRole，合作夥伴帳戶除外，並豁免 AWS 服務。因此 dev-dana 到 ProdReadOnly 的一跳和合作夥伴到 PartnerAudit 的一跳都成立，EC2 仍可把 web-instance 交給執行個體，但供應商到 VendorMonitoring 的那一跳——角色的信任政策允許——被切斷了：圖中以紅色畫出這一跳並標明被 RCP 切斷，選取它即可看到拒絕它的陳述式。RCP 不適用於管理帳戶的資源，也不適用於 AWS 服務擔任其服務連結角色。',
  },
  scenario: aScenario({
    name: 'An RCP fences out a vendor',
    description:
      'The Production OU has an identity perimeter RCP: sts:AssumeRole only by principals of the organization, the partner account 210987654321 and AWS services. VendorMonitoring trusts the vendor account 999988887777.',
    accounts: [
      anAccount(MANAGEMENT, 'Management (111122223333)'),
      anAccount(DEVELOPMENT, 'Development (444455556666)'),
      anAccount(PRODUCTION, 'Production (777788889999)'),
    ],
    organization: anOrganization({
      id: ORG_ID,
      managementAccountId: MANAGEMENT,
      root: anOrgUnit('r-ab12', 'Root', {
        scps: [FULL],
        rcps: [RCP_FULL],
        accounts: [MANAGEMENT],
        children: [
          anOrgUnit('ou-ab12-dev00001', 'Development', {
            scps: [FULL],
            rcps: [RCP_FULL],
            accounts: [DEVELOPMENT],
          }),
          anOrgUnit('ou-ab12-prod0001', 'Production', {
            scps: [FULL],
            rcps: [RCP_FULL, RCP_ID],
            accounts: [PRODUCTION],
          }),
        ],
      }),
      policies: [FULL_AWS_ACCESS_SCP, RCP_FULL_AWS_ACCESS, identityPerimeter],
      accountPolicies: {
        [DEVELOPMENT]: { scps: [FULL], rcps: [RCP_FULL] },
        [PRODUCTION]: { scps: [FULL], rcps: [RCP_FULL] },
      },
    }),
    users: [
      aUser(DEVELOPER, {
        inline: { AssumeReadOnly: anIdentityPolicy.allow('sts:AssumeRole', READ_ONLY) },
      }),
    ],
    roles: [
      aRole(READ_ONLY, {
        description: 'Read-only access for developers of the organization.',
        trust: aTrustPolicy.forAccount(DEVELOPMENT),
        inline: { ReadOnly: anIdentityPolicy.allow(['cloudwatch:Get*', 'logs:FilterLogEvents']) },
      }),
      aRole(PARTNER_AUDIT, {
        description: "The audited partner's role, which the RCP lists as its one exception.",
        trust: aTrustPolicy.forAccount(PARTNER).when('StringEquals', 'sts:ExternalId', 'partner-audit-7f3a'),
        inline: { Audit: anIdentityPolicy.allow(['config:Get*', 'config:Describe*']) },
      }),
      aRole(VENDOR_MONITORING, {
        description: "A monitoring vendor's role: its trust policy names the vendor's account.",
        trust: aTrustPolicy.forAccount(VENDOR),
        inline: { Monitoring: anIdentityPolicy.allow(['cloudwatch:GetMetricData', 'ec2:Describe*']) },
      }),
      aRole(WEB_INSTANCE, {
        description: 'The role of the web servers, which EC2 assumes for them.',
        trust: aTrustPolicy.forService('ec2'),
        inline: { Logs: anIdentityPolicy.allow(['logs:PutLogEvents', 'logs:CreateLogStream']) },
      }),
    ],
  }),
  featuredPath: { from: PARTNER, to: PARTNER_AUDIT },
};
