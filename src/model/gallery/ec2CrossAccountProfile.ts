/**
 * An EC2 instance in account B chaining into a role in account A (seed 003), with the
 * `~/.aws/config` profile that makes the CLI do the second hop by itself.
 */
import { aCliProfile, anS3Bucket, cloneJson } from '../builders';
import { ec2CrossAccountScenario } from '../examples/ec2CrossAccount';
import { instanceArn, type Scenario } from '../scenario';
import type { GalleryEntry } from './types';

const ROLE_IN_A = 'arn:aws:iam::111122223333:role/RoleForB';

const scenario: Scenario = {
  ...cloneJson(ec2CrossAccountScenario),
  description:
    'The instance profile gives the instance the role AssumeRoleInA in account B; the profile ' +
    '[profile account-a-reader] in ~/.aws/config (role_arn = RoleForB, credential_source = ' +
    'Ec2InstanceMetadata) makes the CLI call sts:AssumeRole on RoleForB in account A with those credentials.',
  cliProfiles: [
    aCliProfile('account-a-reader', {
      roleArn: ROLE_IN_A,
      credentialSource: 'Ec2InstanceMetadata',
      roleSessionName: 'EC2FromB',
    }),
  ],
  // The bucket RoleForB reads: its node answers who can reach it, the instance's what it can do there.
  resources: [anS3Bucket('account-a-reports', '111122223333')],
};

const instance = scenario.instances?.[0];
if (!instance) throw new Error('the EC2 example has no instance');

export const ec2CrossAccountProfile: GalleryEntry = {
  id: 'ec2-cross-account-profile',
  title: {
    en: 'EC2 in account B assumes a role in account A',
    'zh-Hans': '账户 B 中的 EC2 实例代入账户 A 中的角色',
    'zh-Hant': '帳戶 B 中的 EC2 執行個體擔任帳戶 A 中的角色',
  },
  summary: {
    en: "You cannot attach another account's role to an instance: the instance's own role assumes it, and a ~/.aws/config profile does that hop for the CLI.",
    'zh-Hans':
      '无法把另一个账户的角色直接附加到实例上：由实例自己的角色去代入它，~/.aws/config 中的配置文件让 CLI 自动完成这一跳。',
    'zh-Hant':
      '無法把另一個帳戶的角色直接附加到執行個體上：由執行個體自己的角色去擔任它，~/.aws/config 中的設定檔讓 CLI 自動完成這一跳。',
  },
  lesson: {
    en: "An instance profile holds one role of the instance's own account, so the chain has two hops. EC2 assumes AssumeRoleInA for the instance (its trust policy names ec2.amazonaws.com); that role's policy allows sts:AssumeRole on RoleForB, whose trust policy trusts account B. With role_arn and credential_source = Ec2InstanceMetadata in ~/.aws/config, the CLI takes the instance credentials and calls AssumeRole for you. The second hop is role chaining (a role session assuming another role), so its session lasts at most one hour.",
    'zh-Hans':
      '实例配置文件只能容纳实例所在账户的一个角色，因此这条链有两跳。EC2 为实例代入 AssumeRoleInA（其信任策略信任 ec2.amazonaws.com）；该角色的策略允许对 RoleForB 执行 sts:AssumeRole，而 RoleForB 的信任策略信任账户 B。在 ~/.aws/config 中设置 role_arn 和 credential_source = Ec2InstanceMetadata 后，CLI 会取用实例凭证，替你调用 AssumeRole。第二跳属于角色链（用一个角色会话去代入另一个角色），因此其会话最长一小时。',
    'zh-Hant':
      '執行個體設定檔只能容納執行個體所在帳戶的一個角色，因此這條鏈有兩跳。EC2 為執行個體擔任 AssumeRoleInA（其信任政策信任 ec2.amazonaws.com）；該角色的政策允許對 RoleForB 執行 sts:AssumeRole，而 RoleForB 的信任政策信任帳戶 B。在 ~/.aws/config 中設定 role_arn 與 credential_source = Ec2InstanceMetadata 後，CLI 會取用執行個體的憑證，替你呼叫 AssumeRole。第二跳屬於角色鏈結（用一個角色工作階段去擔任另一個角色），因此其工作階段最長一小時。',
  },
  source: '003_909de45e541758dc.txt',
  scenario,
  featuredPath: { from: instanceArn(instance), to: ROLE_IN_A },
};
