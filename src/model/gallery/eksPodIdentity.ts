/**
 * EKS Pod Identity with trust conditions on session tags (seed 001): an association maps a service
 * account to a role, and the role's trust policy admits only one namespace and service account.
 */
import {
  aPod,
  aPodIdentityAssociation,
  aRole,
  aScenario,
  aServiceAccount,
  aTrustPolicy,
  anAccount,
  anEksCluster,
  anIdentityPolicy,
  arns,
} from '../builders';
import { podId } from '../scenario';
import type { GalleryEntry } from './types';

const ACCOUNT = '111122223333';
const ROLE = arns.role(ACCOUNT, 'orders-api-pod-role');
const BUCKET = arns.s3Bucket('example-orders-config');

const cluster = anEksCluster(arns.eksCluster(ACCOUNT, 'my-cluster'), {
  oidcIssuer: false,
  serviceAccounts: [aServiceAccount('production', 'orders-api'), aServiceAccount('staging', 'orders-api')],
  pods: [
    aPod('production', 'orders-api-5f7b9c6d8-k4m2n', 'orders-api', 'Deployment/orders-api'),
    aPod('staging', 'orders-api-6c8d7e9f1-p3q8r', 'orders-api', 'Deployment/orders-api'),
  ],
  podIdentityAssociations: [
    aPodIdentityAssociation('production', 'orders-api', ROLE, { associationId: 'a-abcdefghijklmnop1' }),
    aPodIdentityAssociation('staging', 'orders-api', ROLE, { associationId: 'a-qrstuvwxyzabcdef2' }),
  ],
});

export const eksPodIdentity: GalleryEntry = {
  id: 'eks-pod-identity-session-tags',
  title: {
    en: 'EKS Pod Identity, narrowed by session tags',
    'zh-Hans': 'EKS Pod Identity：用会话标签收窄信任',
    'zh-Hant': 'EKS Pod Identity：用工作階段標籤縮小信任範圍',
  },
  summary: {
    en: "Two Pod Identity associations point at one role, but its trust policy only admits the production namespace's orders-api service account.",
    'zh-Hans':
      '两个 Pod Identity 关联指向同一个角色，但其信任策略只接受 production 命名空间中的 orders-api 服务账户。',
    'zh-Hant':
      '兩個 Pod Identity 關聯指向同一個角色，但其信任政策只接受 production 命名空間中的 orders-api 服務帳戶。',
  },
  lesson: {
    en: 'With Pod Identity, the EKS Auth service assumes the role as the service principal pods.eks.amazonaws.com, so the trust policy must allow both sts:AssumeRole and sts:TagSession. EKS attaches session tags such as kubernetes-namespace and kubernetes-service-account, which the trust policy sees as aws:RequestTag/…; conditions on them decide which associations may use the role. Here the staging association exists but its AssumeRole fails, because the tag says staging. Without such conditions, any association in the account could use the role. The tags are transitive, so they follow every role chained from the pod.',
    'zh-Hans':
      '使用 Pod Identity 时，EKS Auth 服务以服务主体 pods.eks.amazonaws.com 的身份代入角色，因此信任策略必须同时允许 sts:AssumeRole 和 sts:TagSession。EKS 会附加 kubernetes-namespace、kubernetes-service-account 等会话标签，信任策略中以 aws:RequestTag/… 的形式看到它们；针对这些标签的条件决定哪些关联可以使用该角色。本例中 staging 的关联虽然存在，但其 AssumeRole 会失败，因为标签值是 staging。如果没有这类条件，账户中的任何关联都能使用该角色。这些标签是可传递的，会跟随从 Pod 出发的每一次角色链。',
    'zh-Hant':
      '使用 Pod Identity 時，EKS Auth 服務以服務主體 pods.eks.amazonaws.com 的身分擔任角色，因此信任政策必須同時允許 sts:AssumeRole 與 sts:TagSession。EKS 會附加 kubernetes-namespace、kubernetes-service-account 等工作階段標籤，信任政策以 aws:RequestTag/… 的形式看到它們；針對這些標籤的條件決定哪些關聯可以使用該角色。本例中 staging 的關聯雖然存在，但其 AssumeRole 會失敗，因為標籤值是 staging。若沒有這類條件，帳戶中的任何關聯都能使用該角色。這些標籤可轉移，會跟隨從 Pod 出發的每一次角色鏈結。',
  },
  source: '001_8ce0a10a6ac3c139.txt',
  scenario: aScenario({
    name: 'EKS Pod Identity with session-tag conditions',
    description:
      'Associations for production/orders-api and staging/orders-api both name orders-api-pod-role; its trust policy requires aws:RequestTag/kubernetes-namespace = production and kubernetes-service-account = orders-api.',
    accounts: [anAccount(ACCOUNT, 'Platform (111122223333)')],
    roles: [
      aRole(ROLE, {
        description: 'Pod Identity role for the production orders-api service account.',
        trust: aTrustPolicy
          .forPodIdentity({ namespace: 'production', serviceAccount: 'orders-api' })
          .sid('AllowEksAuthToAssumeRoleForPodIdentity'),
        inline: { ReadOrdersConfig: anIdentityPolicy.allow('s3:GetObject', `${BUCKET}/*`) },
      }),
    ],
    eksClusters: [cluster],
  }),
  featuredPath: { from: podId(cluster.arn, 'production', 'orders-api-5f7b9c6d8-k4m2n'), to: ROLE },
};
