/**
 * EKS IAM roles for service accounts (seed 000): the cluster's OIDC issuer is registered as an IAM
 * OIDC provider, a service account is annotated with a role, and a Deployment's pods run as it.
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
const ISSUER = 'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
const ROLE = arns.role(ACCOUNT, 'web-app-s3-reader');
const BUCKET = arns.s3Bucket('example-web-assets');

const cluster = anEksCluster(arns.eksCluster(ACCOUNT, 'prod'), {
  oidcIssuer: ISSUER,
  serviceAccounts: [aServiceAccount('web', 'web-app', { roleArn: ROLE }), aServiceAccount('web', 'default')],
  pods: [
    aPod('web', 'web-app-7c9d8b6f54-x2k9p', 'web-app', 'Deployment/web-app'),
    aPod('web', 'cron-cleanup-28911520-q7zfm', 'default', 'CronJob/cron-cleanup'),
  ],
});
const PROVIDER = eksOidcProviderArn(cluster);

export const eksIrsa: GalleryEntry = {
  id: 'eks-irsa',
  title: {
    en: 'EKS: IAM roles for service accounts (IRSA)',
    'zh-Hans': 'EKS：服务账户的 IAM 角色（IRSA）',
    'zh-Hant': 'EKS：服務帳戶的 IAM 角色（IRSA）',
  },
  summary: {
    en: "A Deployment's pods run as a service account annotated with an IAM role; the role trusts the cluster's OIDC provider for that one service account.",
    'zh-Hans':
      'Deployment 的 Pod 以一个带有 IAM 角色注解的服务账户运行；该角色只为这一个服务账户信任集群的 OIDC 身份提供商。',
    'zh-Hant':
      'Deployment 的 Pod 以一個帶有 IAM 角色註解的服務帳戶執行；該角色只為這一個服務帳戶信任叢集的 OIDC 身分提供者。',
  },
  lesson: {
    en: "With IRSA the pod presents a token signed by the cluster's OIDC issuer and calls sts:AssumeRoleWithWebIdentity; the caller is unsigned, so only the role's trust policy decides. It names the IAM OIDC provider as a Federated principal and checks two claims: :aud must be sts.amazonaws.com and :sub must be system:serviceaccount:web:web-app. The annotation eks.amazonaws.com/role-arn only tells the SDK which role to ask for; the :sub condition is what keeps other service accounts out, which is why the default service account in the same namespace gets no edge. Pods can also reach the node role through instance metadata unless that is blocked.",
    'zh-Hans':
      '使用 IRSA 时，Pod 出示由集群 OIDC 颁发者签名的令牌，调用 sts:AssumeRoleWithWebIdentity；调用方本身没有 AWS 签名，因此只由角色的信任策略决定。信任策略把 IAM OIDC 身份提供商列为 Federated 主体，并检查两个声明：:aud 必须是 sts.amazonaws.com，:sub 必须是 system:serviceaccount:web:web-app。注解 eks.amazonaws.com/role-arn 只是告诉 SDK 要请求哪个角色；真正把其他服务账户挡在门外的是 :sub 条件，所以同一命名空间里的 default 服务账户没有任何边。除非屏蔽了实例元数据，Pod 还能拿到节点角色的凭证。',
    'zh-Hant':
      '使用 IRSA 時，Pod 出示由叢集 OIDC 簽發者簽署的權杖，呼叫 sts:AssumeRoleWithWebIdentity；呼叫者本身沒有 AWS 簽章，因此只由角色的信任政策決定。信任政策把 IAM OIDC 身分提供者列為 Federated 主體，並檢查兩個宣告：:aud 必須是 sts.amazonaws.com，:sub 必須是 system:serviceaccount:web:web-app。註解 eks.amazonaws.com/role-arn 只是告訴 SDK 要請求哪個角色；真正把其他服務帳戶擋在門外的是 :sub 條件，所以同一命名空間中的 default 服務帳戶沒有任何邊。除非封鎖了執行個體中繼資料，Pod 還能取得節點角色的憑證。',
  },
  source: '000_c9f496f352d81c03.txt',
  scenario: aScenario({
    name: 'EKS IRSA: one service account, one role',
    description:
      'Cluster prod has an OIDC issuer registered in IAM; service account web/web-app is annotated with web-app-s3-reader, whose trust policy checks :aud and :sub.',
    accounts: [anAccount(ACCOUNT, 'Platform (111122223333)')],
    identityProviders: [anIdentityProvider.oidc(ACCOUNT, ISSUER)],
    roles: [
      aRole(ROLE, {
        description: 'IRSA role for the web-app service account.',
        trust: aTrustPolicy.forIrsa(PROVIDER, 'web', 'web-app'),
        inline: { ReadWebAssets: anIdentityPolicy.allow('s3:GetObject', `${BUCKET}/*`) },
      }),
    ],
    eksClusters: [cluster],
  }),
  featuredPath: { from: podId(cluster.arn, 'web', 'web-app-7c9d8b6f54-x2k9p'), to: ROLE },
};
