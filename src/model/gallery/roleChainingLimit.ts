/**
 * Role chaining across three accounts: both roles allow 12-hour sessions, but the second hop is a
 * role session assuming a role, so AWS caps it at one hour.
 */
import { aRole, aScenario, aTrustPolicy, aUser, anAccount, anIdentityPolicy, arns } from '../builders';
import type { GalleryEntry } from './types';

const IDENTITY = '111122223333';
const TOOLING = '444455556666';
const PRODUCTION = '777788889999';
const OPERATOR = arns.user(IDENTITY, 'ops-carol');
const HUB_ROLE = arns.role(TOOLING, 'DeployHub');
const TARGET_ROLE = arns.role(PRODUCTION, 'ProdDeployer');
const TWELVE_HOURS = 43200;

export const roleChainingLimit: GalleryEntry = {
  id: 'role-chaining-one-hour',
  title: {
    en: 'Role chaining across three accounts and its one-hour limit',
    'zh-Hans': '跨三个账户的角色链及其一小时上限',
    'zh-Hant': '跨三個帳戶的角色鏈結及其一小時上限',
  },
  summary: {
    en: 'An operator assumes a hub role in the tooling account, which assumes a deployer role in production; both roles allow 12-hour sessions, yet the chained session lasts one hour.',
    'zh-Hans':
      '运维人员代入工具账户中的中转角色，再由它代入生产账户中的部署角色；两个角色都允许 12 小时的会话，但链式会话只有一小时。',
    'zh-Hant':
      '維運人員擔任工具帳戶中的中繼角色，再由它擔任正式環境帳戶中的部署角色；兩個角色都允許 12 小時的工作階段，但鏈結後的工作階段只有一小時。',
  },
  lesson: {
    en: "Each hop is evaluated on its own: ProdDeployer's trust policy names DeployHub's role ARN, which matches any session of that role, and DeployHub's own policy allows sts:AssumeRole on it (cross-account hops need both). Using role credentials to assume another role is role chaining, and AWS limits such a session to one hour: asking for a DurationSeconds above 3600 fails, whatever MaxSessionDuration says. The first hop, from a user, may last the full 12 hours.",
    'zh-Hans':
      '每一跳都单独评估：ProdDeployer 的信任策略点名 DeployHub 的角色 ARN，这会匹配该角色的任何会话；DeployHub 自身的策略也允许对它执行 sts:AssumeRole（跨账户的一跳需要双方都允许）。用角色凭证去代入另一个角色就是角色链，AWS 将这种会话限制为最长一小时：无论 MaxSessionDuration 如何设置，请求超过 3600 秒的 DurationSeconds 都会失败。第一跳由用户发起，可以持续完整的 12 小时。',
    'zh-Hant':
      '每一跳都單獨評估：ProdDeployer 的信任政策指名 DeployHub 的角色 ARN，這會比對該角色的任何工作階段；DeployHub 本身的政策也允許對它執行 sts:AssumeRole（跨帳戶的一跳需要雙方都允許）。用角色憑證去擔任另一個角色就是角色鏈結，AWS 將這種工作階段限制為最長一小時：無論 MaxSessionDuration 如何設定，請求超過 3600 秒的 DurationSeconds 都會失敗。第一跳由使用者發起，可以持續完整的 12 小時。',
  },
  scenario: aScenario({
    name: 'Role chaining across three accounts',
    description:
      'ops-carol (identity account) assumes DeployHub (tooling), which assumes ProdDeployer (production); both roles have MaxSessionDuration 43200.',
    accounts: [
      anAccount(IDENTITY, 'Identity (111122223333)'),
      anAccount(TOOLING, 'Tooling (444455556666)'),
      anAccount(PRODUCTION, 'Production (777788889999)'),
    ],
    users: [
      aUser(OPERATOR, { inline: { AssumeDeployHub: anIdentityPolicy.allow('sts:AssumeRole', HUB_ROLE) } }),
    ],
    roles: [
      aRole(HUB_ROLE, {
        description: 'Hub role operators enter before reaching workload accounts.',
        trust: aTrustPolicy.forUser(OPERATOR),
        maxSessionDuration: TWELVE_HOURS,
        inline: { AssumeProdDeployer: anIdentityPolicy.allow('sts:AssumeRole', TARGET_ROLE) },
      }),
      aRole(TARGET_ROLE, {
        description: 'Deploys to production; only DeployHub may assume it.',
        trust: aTrustPolicy.forRole(HUB_ROLE),
        maxSessionDuration: TWELVE_HOURS,
        inline: {
          Deploy: anIdentityPolicy.allow(
            ['ecs:UpdateService', 'ecs:DescribeServices'],
            `arn:aws:ecs:us-east-1:${PRODUCTION}:service/prod/*`,
          ),
        },
      }),
    ],
  }),
  featuredPath: { from: OPERATOR, to: TARGET_ROLE },
};
