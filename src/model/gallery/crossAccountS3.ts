/**
 * Cross-account S3 read through a delegated role (seed 002): a developer in the Development account
 * assumes a role in the Production account, and that role reads a Production bucket.
 */
import {
  aManagedPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anAccount,
  anIdentityPolicy,
  anS3Bucket,
  arns,
} from '../builders';
import type { GalleryEntry } from './types';

const PRODUCTION = '111122223333';
const DEVELOPMENT = '444455556666';
const BUCKET_NAME = 'example-prod-reports';
const BUCKET = arns.s3Bucket(BUCKET_NAME);
const READ_POLICY = arns.policy(PRODUCTION, 'read_reports_bucket');
const ROLE = arns.role(PRODUCTION, 'delegate_read_reports_bucket');
const DEVELOPER = arns.user(DEVELOPMENT, 'dev-alice');

const bucketPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowDelegatedRoleList',
      Effect: 'Allow',
      Principal: { AWS: ROLE },
      Action: 's3:ListBucket',
      Resource: BUCKET,
    },
    {
      Sid: 'AllowDelegatedRoleRead',
      Effect: 'Allow',
      Principal: { AWS: ROLE },
      Action: 's3:GetObject',
      Resource: `${BUCKET}/*`,
    },
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [BUCKET, `${BUCKET}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

export const crossAccountS3: GalleryEntry = {
  id: 'cross-account-s3-delegated-role',
  title: {
    en: 'Cross-account S3 read through a delegated role',
    'zh-Hans': '通过委派角色跨账户读取 S3',
    'zh-Hant': '透過委派角色跨帳戶讀取 S3',
  },
  summary: {
    en: 'A developer in the Development account assumes a role in the Production account, and that role reads a Production bucket.',
    'zh-Hans': 'Development 账户中的开发者代入 Production 账户中的角色，再由该角色读取 Production 的存储桶。',
    'zh-Hant':
      'Development 帳戶中的開發人員擔任 Production 帳戶中的角色，再由該角色讀取 Production 的儲存貯體。',
  },
  lesson: {
    en: "A cross-account hop needs both sides. The role's trust policy trusts the Development account (arn:aws:iam::444455556666:root), which delegates the decision to that account: an administrator there must still attach a policy allowing sts:AssumeRole on the role's ARN, as dev-alice's policy does. Without either side, there is no edge. The bucket policy names the role, not the developer: dev-alice reaches the data only through the role's temporary credentials, and every request without TLS is denied.",
    'zh-Hans':
      '跨账户的一跳需要双方同时允许。角色的信任策略信任 Development 账户（arn:aws:iam::444455556666:root），这等于把决定权委派给该账户：那边的管理员仍须附加一条允许对该角色 ARN 执行 sts:AssumeRole 的策略，正如 dev-alice 的策略所做的。缺少任何一方，这一跳就不存在。存储桶策略点名的是角色而不是开发者：dev-alice 只能通过角色的临时凭证访问数据，且所有未使用 TLS 的请求都会被拒绝。',
    'zh-Hant':
      '跨帳戶的一跳需要雙方同時允許。角色的信任政策信任 Development 帳戶（arn:aws:iam::444455556666:root），等於把決定權委派給該帳戶：那邊的管理員仍須附加一條允許對該角色 ARN 執行 sts:AssumeRole 的政策，正如 dev-alice 的政策所做的。缺少任何一方，這一跳就不存在。儲存貯體政策指名的是角色而不是開發人員：dev-alice 只能透過角色的臨時憑證存取資料，而所有未使用 TLS 的請求都會被拒絕。',
  },
  source: '002_03007c3f8d3353ba.txt',
  scenario: aScenario({
    name: 'Cross-account S3 read through a delegated role',
    description:
      'dev-alice (Development) assumes delegate_read_reports_bucket (Production), whose policy and the bucket policy allow reading example-prod-reports.',
    accounts: [anAccount(PRODUCTION, 'Production'), anAccount(DEVELOPMENT, 'Development')],
    managedPolicies: [
      aManagedPolicy(
        READ_POLICY,
        anIdentityPolicy.allow('s3:ListBucket', BUCKET).allow('s3:GetObject', `${BUCKET}/*`),
        { name: 'read_reports_bucket', description: 'Read the Production reports bucket.' },
      ),
    ],
    users: [
      aUser(DEVELOPER, {
        inline: { AssumeProductionReader: anIdentityPolicy.allow('sts:AssumeRole', ROLE) },
      }),
    ],
    roles: [
      aRole(ROLE, {
        description: 'Delegated read access to the reports bucket for the Development account.',
        trust: aTrustPolicy.forAccount(DEVELOPMENT),
        managed: [READ_POLICY],
      }),
    ],
    resources: [anS3Bucket(BUCKET_NAME, PRODUCTION, bucketPolicy)],
  }),
  featuredPath: { from: DEVELOPER, to: ROLE },
};
