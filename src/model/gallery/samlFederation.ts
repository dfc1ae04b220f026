/**
 * SAML federation into roles: the company IdP is registered as a SAML provider, and two roles trust
 * it for AssumeRoleWithSAML with the usual SAML:aud condition.
 */
import {
  aRole,
  aScenario,
  aTrustPolicy,
  anAccount,
  anIdentityPolicy,
  anIdentityProvider,
  arns,
} from '../builders';
import type { GalleryEntry } from './types';

const ACCOUNT = '111122223333';
const IDP = anIdentityProvider.saml(ACCOUNT, 'ExampleCorpIdP');
const READ_ONLY = arns.role(ACCOUNT, 'SAML-ReadOnly');
const DEVELOPER = arns.role(ACCOUNT, 'SAML-Developer');
const EIGHT_HOURS = 28800;

export const samlFederation: GalleryEntry = {
  id: 'saml-federation',
  title: {
    en: 'SAML federation into a role',
    'zh-Hans': '通过 SAML 联合身份代入角色',
    'zh-Hant': '透過 SAML 聯合身分擔任角色',
  },
  summary: {
    en: 'Employees sign in at the company identity provider, which posts a SAML assertion; AWS STS turns it into a session of the role the assertion names.',
    'zh-Hans': '员工在公司身份提供商处登录，由它提交 SAML 断言；AWS STS 据此创建断言所指定角色的会话。',
    'zh-Hant': '員工在公司的身分提供者登入，由它提交 SAML 聲明；AWS STS 據此建立聲明所指定角色的工作階段。',
  },
  lesson: {
    en: "The trust policy names the IAM SAML provider as a Federated principal and allows sts:AssumeRoleWithSAML. The SAML:aud condition requires the assertion to be addressed to the AWS sign-in endpoint (https://signin.aws.amazon.com/saml). There are no IAM users here: the caller is the IdP's signed assertion, so the trust policy alone decides. Federation is not role chaining, so the session may last up to the role's MaxSessionDuration, eight hours for SAML-ReadOnly.",
    'zh-Hans':
      '信任策略把 IAM SAML 身份提供商列为 Federated 主体，并允许 sts:AssumeRoleWithSAML。SAML:aud 条件要求断言的接收方是 AWS 登录端点（https://signin.aws.amazon.com/saml）。这里没有 IAM 用户：调用方是身份提供商签名的断言，因此只由信任策略决定。联合身份不属于角色链，所以会话最长可达角色的 MaxSessionDuration，SAML-ReadOnly 为八小时。',
    'zh-Hant':
      '信任政策把 IAM SAML 身分提供者列為 Federated 主體，並允許 sts:AssumeRoleWithSAML。SAML:aud 條件要求聲明的接收方是 AWS 登入端點（https://signin.aws.amazon.com/saml）。這裡沒有 IAM 使用者：呼叫者是身分提供者簽署的聲明，因此只由信任政策決定。聯合身分不屬於角色鏈結，所以工作階段最長可達角色的 MaxSessionDuration，SAML-ReadOnly 為八小時。',
  },
  scenario: aScenario({
    name: 'SAML federation into a role',
    description:
      'The SAML provider ExampleCorpIdP is trusted by SAML-ReadOnly and SAML-Developer with SAML:aud = https://signin.aws.amazon.com/saml.',
    accounts: [anAccount(ACCOUNT, 'Workforce (111122223333)')],
    identityProviders: [IDP],
    roles: [
      aRole(READ_ONLY, {
        description: 'Console read-only access for everyone in the company directory.',
        trust: aTrustPolicy.forSaml(IDP.arn),
        maxSessionDuration: EIGHT_HOURS,
        managed: [arns.awsManagedPolicy('ReadOnlyAccess')],
      }),
      aRole(DEVELOPER, {
        description: 'Developer access, mapped from the IdP group engineering.',
        trust: aTrustPolicy.forSaml(IDP.arn),
        inline: {
          DeveloperAccess: anIdentityPolicy.allow(['lambda:*', 'logs:*', 'cloudwatch:*', 'dynamodb:*']),
        },
      }),
    ],
  }),
  featuredPath: { from: IDP.arn, to: READ_ONLY },
};
