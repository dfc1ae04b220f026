/**
 * The confused deputy and sts:ExternalId: a SaaS vendor's account is trusted by two roles of its
 * customer, one requiring the external id the vendor issued to this customer and one not.
 */
import {
  aRole,
  aScenario,
  aTrustPolicy,
  anAccount,
  anExternalPrincipal,
  anIdentityPolicy,
  arns,
} from '../builders';
import type { GalleryEntry } from './types';

const CUSTOMER = '111122223333';
const VENDOR = '999988887777';
const EXTERNAL_ID = 'c7a1f0e2-5b3d-4e8a-9f61-2d4b8c0e7a13';
const MONITORING_ROLE = arns.role(CUSTOMER, 'ExampleCorpMonitoring');
const LEGACY_ROLE = arns.role(CUSTOMER, 'LegacyVendorAudit');

const readMetrics = anIdentityPolicy.allow([
  'cloudwatch:GetMetricData',
  'cloudwatch:ListMetrics',
  'cloudwatch:DescribeAlarms',
]);

export const externalIdConfusedDeputy: GalleryEntry = {
  id: 'confused-deputy-external-id',
  title: {
    en: 'The confused deputy and sts:ExternalId',
    'zh-Hans': '混淆代理问题与 sts:ExternalId',
    'zh-Hant': '混淆代理人問題與 sts:ExternalId',
  },
  summary: {
    en: "A SaaS vendor's account is trusted by two roles: one requires the external id the vendor issued to this customer, the other does not.",
    'zh-Hans': '一个 SaaS 供应商的账户被两个角色信任：一个要求供应商为本客户分配的外部 ID，另一个没有要求。',
    'zh-Hant': '一個 SaaS 廠商的帳戶被兩個角色信任：一個要求廠商為本客戶指派的外部 ID，另一個沒有要求。',
  },
  lesson: {
    en: "A vendor serving many customers assumes roles in all of their accounts from its own account. If a trust policy only names the vendor's account, another customer could type this role's ARN into the vendor's console and have the vendor, the confused deputy, act on it. The trust on ExampleCorpMonitoring adds a StringEquals condition on sts:ExternalId, a value the vendor generates per customer and passes on every AssumeRole, so the edge is conditional on it. LegacyVendorAudit trusts the same account without it, which the analysis flags.",
    'zh-Hans':
      '服务众多客户的供应商会从自己的账户代入所有客户账户中的角色。如果信任策略只指定供应商的账户，另一位客户就可以把本角色的 ARN 填进供应商的控制台，让供应商这个“混淆代理人”替他操作本账户。ExampleCorpMonitoring 的信任策略加了一条针对 sts:ExternalId 的 StringEquals 条件；外部 ID 由供应商为每位客户生成，并在每次 AssumeRole 时传入，所以这一跳以它为条件。LegacyVendorAudit 信任同一个账户却没有这个条件，分析会将其标记出来。',
    'zh-Hant':
      '服務眾多客戶的廠商會從自己的帳戶擔任所有客戶帳戶中的角色。如果信任政策只指名廠商的帳戶，另一位客戶就能把本角色的 ARN 填進廠商的主控台，讓廠商這個「混淆代理人」替他操作本帳戶。ExampleCorpMonitoring 的信任政策加上一條針對 sts:ExternalId 的 StringEquals 條件；外部 ID 由廠商為每位客戶產生，並在每次 AssumeRole 時傳入，所以這一跳以它為條件。LegacyVendorAudit 信任同一個帳戶卻沒有這個條件，分析會將其標示出來。',
  },
  scenario: aScenario({
    name: 'Confused deputy: a SaaS vendor with and without sts:ExternalId',
    description:
      'Account 999988887777 (a monitoring vendor, outside the organization) is trusted by ExampleCorpMonitoring with an external id, and by LegacyVendorAudit without one.',
    accounts: [anAccount(CUSTOMER, 'Customer (111122223333)')],
    externalPrincipals: [anExternalPrincipal(VENDOR, 'ExampleCorp monitoring (SaaS vendor)', 'account')],
    roles: [
      aRole(MONITORING_ROLE, {
        description: 'Read-only metrics access for the vendor, guarded by the external id it issued.',
        trust: aTrustPolicy.forAccount(VENDOR).withExternalId(EXTERNAL_ID),
        inline: { ReadMetrics: readMetrics },
      }),
      aRole(LEGACY_ROLE, {
        description: 'An older integration: trusts the vendor account with no external id.',
        trust: aTrustPolicy.forAccount(VENDOR),
        inline: { ReadMetrics: readMetrics },
      }),
    ],
  }),
  featuredPath: { from: VENDOR, to: MONITORING_ROLE },
};
