/**
 * What "assume a role" means (seed 004): a Lambda function gets its execution role's credentials
 * from the Lambda service, and two users of the same account assume roles the two ways the
 * AssumeRole API reference describes.
 */
import {
  aLambdaFunction,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anAccount,
  anIdentityPolicy,
  arns,
} from '../builders';
import type { GalleryEntry } from './types';

const ACCOUNT = '111122223333';
const ALICE = arns.user(ACCOUNT, 'alice');
const BOB = arns.user(ACCOUNT, 'bob');
const REPORTS_READER = arns.role(ACCOUNT, 'ReportsReader');
const BILLING_VIEWER = arns.role(ACCOUNT, 'BillingViewer');
const EXECUTION_ROLE = arns.role(ACCOUNT, 'nightly-report-execution');
const FUNCTION = arns.lambdaFunction(ACCOUNT, 'nightly-report');
const REPORTS_BUCKET = 'arn:aws:s3:::example-reports-111122223333';

export const assumeRoleBasics: GalleryEntry = {
  id: 'what-assume-role-means',
  title: {
    en: 'What "assume a role" means',
    'zh-Hans': '“代入角色”究竟是什么意思',
    'zh-Hant': '「擔任角色」究竟是什麼意思',
  },
  summary: {
    en: 'A Lambda function runs with its execution role, and two users in the same account assume roles: one named in the trust policy, one allowed by its own policy.',
    'zh-Hans':
      'Lambda 函数以其执行角色运行；同一账户中的两个用户代入角色：一个直接被信任策略点名，另一个靠自己的策略获得许可。',
    'zh-Hant':
      'Lambda 函數以其執行角色執行；同一帳戶中的兩位使用者擔任角色：一位直接在信任政策中被指名，另一位靠自己的政策取得許可。',
  },
  lesson: {
    en: "Assuming a role means asking AWS STS for temporary credentials for a new session of a role you name; AWS never picks a role for you. For Lambda, the service calls STS on the function's behalf, because the execution role's trust policy names lambda.amazonaws.com. Within one account, the AssumeRole reference gives two ways: name the user in the trust policy (alice needs no policy of her own), or trust the account and attach a policy allowing sts:AssumeRole to the user (bob). Trusting the account alone is not enough: alice cannot become BillingViewer. The caller may also pass a session policy, which can only narrow the session to a subset of what the role's own policies allow.",
    'zh-Hans':
      '代入角色，就是请求 AWS STS 为你指定的角色创建一个新会话并颁发临时凭证；AWS 不会替你挑选角色。对于 Lambda，由于执行角色的信任策略信任 lambda.amazonaws.com，由 Lambda 服务代表函数调用 STS。在同一账户内，AssumeRole API 参考给出两种做法：在信任策略中直接点名该用户（alice 自己无需任何策略），或者信任整个账户、再给用户附加允许 sts:AssumeRole 的策略（bob）。仅仅信任账户并不够：alice 无法代入 BillingViewer。调用方还可以传入会话策略，它只能把会话的权限收窄为角色自身策略所允许权限的子集。',
    'zh-Hant':
      '擔任角色，就是請求 AWS STS 為你指定的角色建立新的工作階段並核發臨時憑證；AWS 不會替你挑選角色。對於 Lambda，由於執行角色的信任政策信任 lambda.amazonaws.com，由 Lambda 服務代表函數呼叫 STS。在同一帳戶內，AssumeRole API 參考提供兩種做法：在信任政策中直接指名該使用者（alice 自己不需要任何政策），或信任整個帳戶、再為使用者附加允許 sts:AssumeRole 的政策（bob）。只信任帳戶並不夠：alice 無法擔任 BillingViewer。呼叫者也可以傳入工作階段政策，它只能把工作階段的權限縮小為角色本身政策所允許權限的子集。',
  },
  source: '004_0b4ce1a219d7b6f0.txt',
  scenario: aScenario({
    name: 'What "assume a role" means',
    description:
      "A Lambda function with its execution role; alice is named in ReportsReader's trust policy, bob assumes BillingViewer through his own policy because that role trusts the account.",
    accounts: [anAccount(ACCOUNT, 'Analytics (111122223333)')],
    users: [
      aUser(ALICE),
      aUser(BOB, {
        inline: { AssumeBillingViewer: anIdentityPolicy.allow('sts:AssumeRole', BILLING_VIEWER) },
      }),
    ],
    roles: [
      aRole(REPORTS_READER, {
        description: 'Trusts the user alice by ARN: within the account, no policy on alice is needed.',
        trust: aTrustPolicy.forUser(ALICE),
        inline: {
          ReadReports: anIdentityPolicy
            .allow('s3:ListBucket', REPORTS_BUCKET)
            .allow('s3:GetObject', `${REPORTS_BUCKET}/*`),
        },
      }),
      aRole(BILLING_VIEWER, {
        description: 'Trusts the account: only identities whose own policies allow sts:AssumeRole on it.',
        trust: aTrustPolicy.forAccount(ACCOUNT),
        inline: { ViewBilling: anIdentityPolicy.allow(['ce:GetCostAndUsage', 'budgets:ViewBudget']) },
      }),
      aRole(EXECUTION_ROLE, {
        description: 'Execution role of the nightly-report function.',
        trust: aTrustPolicy.forService('lambda'),
        inline: {
          WriteLogsAndReports: anIdentityPolicy
            .allow(
              ['logs:CreateLogStream', 'logs:PutLogEvents'],
              `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/nightly-report:*`,
            )
            .allow('s3:PutObject', `${REPORTS_BUCKET}/*`),
        },
      }),
    ],
    lambdaFunctions: [aLambdaFunction(FUNCTION, EXECUTION_ROLE)],
  }),
  featuredPath: { from: ALICE, to: REPORTS_READER },
};
