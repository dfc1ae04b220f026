/**
 * An IRSA trust policy whose `sub` condition is a wildcard: every service account of the cluster can
 * assume the role, not only the one annotated with it.
 */
import {
  aPod,
  aRole,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  anAccount,
  anEksCluster,
  anIdentityPolicy,
  anIdentityProvider,
  arns,
  eksOidcProviderArn,
} from '../builders';
import { podId } from '../scenario';
import type { GalleryEntry } from './types';

const ACCOUNT = '111122223333';
const ISSUER = 'https://oidc.eks.us-east-1.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9';
const ROLE = arns.role(ACCOUNT, 'payments-s3-writer');
const BUCKET = arns.s3Bucket('example-payments-exports');

const cluster = anEksCluster(arns.eksCluster(ACCOUNT, 'shared'), {
  oidcIssuer: ISSUER,
  serviceAccounts: [
    aServiceAccount('payments', 'payments-api', { roleArn: ROLE }),
    aServiceAccount('monitoring', 'grafana'),
    aServiceAccount('dev', 'ci-runner'),
    aServiceAccount('default', 'default'),
  ],
  pods: [
    aPod('payments', 'payments-api-84c6f7d9b5-7lq2w', 'payments-api', 'Deployment/payments-api'),
    aPod('monitoring', 'grafana-6b8f9d7c4-t5x1z', 'grafana', 'Deployment/grafana'),
    aPod('dev', 'ci-runner-0', 'ci-runner', 'StatefulSet/ci-runner'),
  ],
});
const PROVIDER = eksOidcProviderArn(cluster);

export const irsaWildcardSub: GalleryEntry = {
  id: 'irsa-wildcard-sub',
  title: {
    en: 'IRSA with a wildcard sub lets every service account in',
    'zh-Hans': 'sub 使用通配符的 IRSA：所有服务账户都能进来',
    'zh-Hant': 'sub 使用萬用字元的 IRSA：所有服務帳戶都能進來',
  },
  summary: {
    en: 'Only payments/payments-api is annotated with the role, but the trust policy matches :sub with system:serviceaccount:*:*, so every service account of the cluster can assume it.',
    'zh-Hans':
      '只有 payments/payments-api 带有该角色的注解，但信任策略用 system:serviceaccount:*:* 匹配 :sub，因此集群中的每个服务账户都能代入它。',
    'zh-Hant':
      '只有 payments/payments-api 帶有該角色的註解，但信任政策用 system:serviceaccount:*:* 比對 :sub，因此叢集中的每個服務帳戶都能擔任它。',
  },
  lesson: {
    en: "The annotation is not a permission: any pod can mount a projected service account token with the audience sts.amazonaws.com and call AssumeRoleWithWebIdentity with any role ARN. Only the trust policy's :sub condition limits which service accounts succeed. StringLike with system:serviceaccount:*:* matches every namespace and name, so the CI runner in dev can write payment exports. Name the exact service account with StringEquals, or at most one namespace (system:serviceaccount:payments:*).",
    'zh-Hans':
      '注解并不是权限：任何 Pod 都可以挂载受众为 sts.amazonaws.com 的投射服务账户令牌，并以任意角色 ARN 调用 AssumeRoleWithWebIdentity。唯一能限制哪些服务账户成功的，是信任策略中的 :sub 条件。StringLike 配合 system:serviceaccount:*:* 会匹配所有命名空间和名称，于是 dev 中的 CI runner 也能写入支付导出数据。应当用 StringEquals 写明具体的服务账户，至多放宽到一个命名空间（system:serviceaccount:payments:*）。',
    'zh-Hant':
      '註解並不是權限：任何 Pod 都可以掛載對象為 sts.amazonaws.com 的投射服務帳戶權杖，並以任意角色 ARN 呼叫 AssumeRoleWithWebIdentity。唯一能限制哪些服務帳戶成功的，是信任政策中的 :sub 條件。StringLike 搭配 system:serviceaccount:*:* 會比對所有命名空間與名稱，於是 dev 中的 CI runner 也能寫入付款匯出資料。應以 StringEquals 寫明確切的服務帳戶，最多放寬到一個命名空間（system:serviceaccount:payments:*）。',
  },
  scenario: aScenario({
    name: 'IRSA trust with a wildcard sub',
    description:
      "payments-s3-writer trusts the shared cluster's OIDC provider with StringLike :sub = system:serviceaccount:*:*; four service accounts, one annotated.",
    accounts: [anAccount(ACCOUNT, 'Platform (111122223333)')],
    identityProviders: [anIdentityProvider.oidc(ACCOUNT, ISSUER)],
    roles: [
      aRole(ROLE, {
        description: 'Meant for payments/payments-api only.',
        trust: aTrustPolicy.forOidc(PROVIDER, ISSUER, { subLike: 'system:serviceaccount:*:*' }),
        inline: { WritePaymentExports: anIdentityPolicy.allow('s3:PutObject', `${BUCKET}/*`) },
      }),
    ],
    eksClusters: [cluster],
  }),
  featuredPath: { from: podId(cluster.arn, 'dev', 'ci-runner-0'), to: ROLE },
};
