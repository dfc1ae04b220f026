import type { importProblemsEn } from './importProblemsEn';

/** 导入问题（importers 的 `ImportProblem`），简体中文；术语见 docs/glossary.md。 */
export const importProblemsZhHans: Record<keyof typeof importProblemsEn, string> = {
  'importProblem.file-empty': '{file} 为空。可导入：{accepted}。',
  'importProblem.file-format-unknown': '{file} 不是 Trustscope 能导入的格式。可导入：{accepted}。',
  'importProblem.json-invalid': '文件不是有效的 JSON：{detail}',
  'importProblem.json-diagnostic': 'JSON：{detail}',
  'importProblem.import-crashed': '导入意外失败：{detail}。已跳过此文件。',
  'importProblem.organization-replaced': '组织 {organization} 取代了 {previous}：一个场景只有一个组织。',
  'importProblem.partial-export':
    '此导出只是分页列表中的一页：其他页中的内容（主体、策略及其 Deny）不在场景中。请不带 --max-items 重新导出，AWS CLI 会自行获取所有页。',
  'importProblem.policy-not-object-or-string': '{what} 应为 JSON 对象，或包含 JSON 对象的字符串。',
  'importProblem.policy-bad-url-encoding': '{what} 看似经过 URL 编码，但不是有效的百分号编码。',
  'importProblem.policy-invalid-json': '{what} 不是有效的 JSON（文档第 {line} 行第 {column} 列：{detail}）。',
  'importProblem.policy-not-object': '{what} 应为 JSON 对象。',
  'importProblem.scenario-version-invalid': '场景文件没有有效的 "version"，未导入。',
  'importProblem.scenario-version-newer':
    '场景文件由更新版本的 Trustscope 生成（格式版本 {version}），此版本只能读取版本 1。请更新 Trustscope 后再导入。',
  'importProblem.scenario-shape': '{detail}',
  'importProblem.scenario-shape-skipped': '{detail}；未导入 {entry}。',
  'importProblem.scenario-provider-lists-invalid': '"identityProviderLists" 应为账户 ID 列表；已跳过。',
  'importProblem.gaad-inline-policy-without-name': '一个内联策略没有 PolicyName；已跳过。',
  'importProblem.gaad-inline-policy-without-document': '内联策略 {policy} 没有 PolicyDocument；已跳过。',
  'importProblem.gaad-entry-not-object': '{list} 中的一个条目不是对象；已跳过。',
  'importProblem.gaad-entry-without-arn': '{list} 中的一个条目没有 Arn；已跳过。',
  'importProblem.gaad-arn-invalid': '"{arn}" 不是带有 12 位账户 ID 的 IAM ARN；已跳过该条目。',
  'importProblem.gaad-role-without-trust': '角色 {arn} 没有 AssumeRolePolicyDocument；已跳过。',
  'importProblem.gaad-policy-without-default-version':
    '托管策略 {arn} 在 PolicyVersionList 中没有默认版本；已跳过。',
  'importProblem.gaad-default-version-without-document': '{arn} 的默认版本没有 Document；已跳过。',
  'importProblem.gaad-empty': '文件中没有用户、用户组、角色或策略。',
  'importProblem.org-entry-incomplete': '{list} 的条目需要 Id 和 ParentId；已跳过此条目。',
  'importProblem.org-roots-not-one': 'Roots 必须恰好包含一个带 Id 的根（aws organizations list-roots）。',
  'importProblem.org-identity-unknown':
    '组织 ID 或管理账户未知：请添加 aws organizations describe-organization 输出的 "Organization"。',
  'importProblem.org-unit-detached': '组织单位 {unit} 的父级 {parent} 无法通向根；已将其排除。',
  'importProblem.org-account-id-invalid': '账户 ID "{account}" 不是 12 位数字；已跳过。',
  'importProblem.org-account-outside-tree':
    '账户 {account} 的父级 {parent} 不在文件中；该账户位于组织树之外。',
  'importProblem.org-policy-without-summary': '策略需要 PolicySummary.Id 和 PolicySummary.Type；已跳过。',
  'importProblem.org-policy-without-content':
    '策略 {policy} 没有 Content（aws organizations describe-policy）；已跳过。',
  'importProblem.org-policy-target-missing': '策略 {policy} 的目标 {target} 不在文件中。',
  'importProblem.org-policy-target-without-id': '策略 {policy} 的一个目标没有 TargetId。',
  'importProblem.resource-policy-owner-unknown':
    '{file} 包含基于资源的策略，但没有说明属于哪个资源：请将文件命名为 s3/BUCKET.json（或 s3/ACCOUNT/BUCKET.json）、kms/REGION/ACCOUNT/KEY-ID.json、sqs/REGION/ACCOUNT/QUEUE.json、sns/REGION/ACCOUNT/TOPIC.json、secretsmanager/REGION/ACCOUNT/SECRET.json 或 lambda/REGION/ACCOUNT/FUNCTION.json，或以资源的 ARN 命名，或提供 --resource ARN。',
  'importProblem.resource-policy-account-unknown':
    '拥有 {arn} 的账户未知，因此所有调用方都视为位于其账户中：请将文件命名为 s3/ACCOUNT/BUCKET.json。',
  'importProblem.oidc-entry-without-arn': '{list} 中的一个条目没有有效的 Arn；已跳过。',
  'importProblem.oidc-list-empty-unowned':
    '身份提供商列表为空，而场景中有 {count} 个账户，无法判断这是谁的列表；IRSA 角色仍假定其身份提供商存在。请与该账户的 get-account-authorization-details 一起导入。',
  'importProblem.oidc-arn-invalid': '"{arn}" 不是 OIDC 身份提供商的 ARN。',
  'importProblem.oidc-provider-account-unknown':
    'get-open-id-connect-provider 的输出没有 ARN，而场景中有 {count} 个账户，因此身份提供商所属的账户未知。请在文件中 "Url" 旁添加 "Arn": "arn:aws:iam::ACCOUNT:oidc-provider/HOST"，或与 aws iam list-open-id-connect-providers 的输出一起导入。',
  'importProblem.oidc-provider-without-url': 'get-open-id-connect-provider 的输出没有 Url。',
  'importProblem.eks-cluster-arn-missing':
    'describe-cluster 的输出需要 cluster.arn，形如 arn:aws:eks:REGION:ACCOUNT:cluster/NAME。',
  'importProblem.eks-issuer-not-https': 'OIDC 签发者 "{issuer}" 应以 https:// 开头。',
  'importProblem.eks-nodegroup-arn-missing':
    'describe-nodegroup 的输出需要 nodegroup.nodegroupArn，形如 arn:aws:eks:REGION:ACCOUNT:nodegroup/CLUSTER/NAME/ID。',
  'importProblem.eks-nodegroup-role-missing':
    'describe-nodegroup 的输出需要 nodegroup.nodeRole（IAM 角色 ARN）。',
  'importProblem.eks-association-not-object': '一个 EKS 容器组身份关联不是对象；已跳过。',
  'importProblem.eks-association-incomplete':
    'EKS 容器组身份关联 {association} 需要 namespace 和 serviceAccount；已跳过。',
  'importProblem.eks-association-without-role':
    'EKS 容器组身份关联 {association} 没有 roleArn（list-pod-identity-associations 不返回它）；请为其运行 describe-pod-identity-association。已跳过。',
  'importProblem.eks-association-cluster-unknown':
    'EKS 容器组身份关联 {association}：无法判断集群 "{cluster}" 是哪个；请添加 associationArn，或导入该集群的 describe-cluster。已跳过。',
  'importProblem.eks-associations-empty': '文件中没有 EKS 容器组身份关联。',
  'importProblem.ec2-instance-without-id': '一个实例没有 InstanceId；已跳过。',
  'importProblem.ec2-instance-account-unknown':
    '实例 {instance}：实例配置文件 ARN 和预留的 OwnerId 中都没有账户；已跳过。',
  'importProblem.ec2-instance-region-unknown':
    '实例 {instance}：Placement.AvailabilityZone 未指明区域；已跳过。',
  'importProblem.ec2-no-profiles': '文件中没有带实例配置文件的运行中实例。',
  'importProblem.ec2-roles-unknown':
    '{count} 个实例配置文件指向场景中未知的角色；请同时导入该账户的 get-account-authorization-details。',
  'importProblem.lambda-function-arn-missing':
    '一个函数没有形如 arn:aws:lambda:REGION:ACCOUNT:function:NAME 的 FunctionArn；已跳过。',
  'importProblem.lambda-role-invalid': '函数 {arn} 的 Role 不是 IAM 角色 ARN；已跳过。',
  'importProblem.lambda-empty': '文件中没有函数。',
  'importProblem.yaml-syntax': 'YAML：{detail}；已跳过第 {document} 个文档。',
  'importProblem.yaml-unreadable': '无法读取 YAML：{detail}；已跳过第 {document} 个文档。',
  'importProblem.yaml-too-deep': 'YAML：第 {document} 个文档的嵌套超过 {depth} 层；超出部分已忽略。',
  'importProblem.yaml-complex-key': 'YAML：第 {document} 个文档中有一个本身是映射或列表的映射键；已忽略。',
  'importProblem.k8s-document-not-object': '一个 YAML 文档不是 Kubernetes 对象；已跳过。',
  'importProblem.k8s-object-without-kind': '一个 Kubernetes 对象没有 kind；已跳过。',
  'importProblem.k8s-object-without-name': '一个 {kind} 没有 metadata.name；已跳过。',
  'importProblem.k8s-workload-without-template': '{kind} {namespace}/{name} 没有 Pod 模板；已跳过。',
  'importProblem.k8s-role-arn-invalid':
    'ServiceAccount {namespace}/{name}："{arn}" 不是 IAM 角色 ARN，IRSA 无法使用它。',
  'importProblem.k8s-empty': '文件中没有 ServiceAccount、Pod 或带 Pod 模板的工作负载。',
  'importProblem.k8s-cluster-unknown':
    'Kubernetes 对象没有说明所属集群，而场景中没有 EKS 集群；它们被放在 "unknown-cluster" 中。请同时导入 `aws eks describe-cluster`。',
  'importProblem.k8s-cluster-ambiguous':
    'Kubernetes 对象没有说明所属集群，而场景中有 {count} 个 EKS 集群；它们被放在 "unknown-cluster" 中。请只将此文件与它所属的那一个集群的 `aws eks describe-cluster` 一起导入。',
  'importProblem.config-profile-twice': '配置文件 {profile} 定义了两次；设置已合并，后者优先。',
  'importProblem.config-line-unreadable': '第 {line} 行既不是 [section] 也不是 key = value；已忽略。',
  'importProblem.config-role-arn-invalid': '"{arn}" 不是 IAM 角色 ARN。',
  'importProblem.config-credential-source-invalid':
    'credential_source 必须是 {allowed} 之一；已忽略 "{value}"。',
  'importProblem.config-source-conflict':
    '配置文件 {profile} 同时有 source_profile 和 credential_source；AWS CLI 会拒绝这样的配置文件。',
  'importProblem.config-duration-invalid':
    'duration_seconds 必须是 900 到 43200 之间的整数；已忽略 "{value}"。',
  'importProblem.config-role-without-source':
    '配置文件 {profile} 有 role_arn，但没有 source_profile、credential_source 或 web_identity_token_file，CLI 无法代入该角色。',
  'importProblem.config-access-keys': '文件中包含访问密钥。Trustscope 不会保留它们，但分享文件前请将其删除。',
  'importProblem.config-empty': '文件中没有 [profile …] 或 [default] 节。',
  'importProblem.config-source-profile-missing':
    '配置文件 {profile}：source_profile "{source}" 未在此文件中定义（它可能位于 ~/.aws/credentials 中）。',
  'importProblem.config-source-profile-cycle': 'source_profile 形成循环：{cycle}。',
  'importProblem.tf-format-version': 'format_version {version} 不是 Trustscope 读取的 1.x；已跳过此文件。',
  'importProblem.tf-errored': 'Terraform 因错误停止了规划：计划可能只包含部分变更。',
  'importProblem.tf-nothing-relevant':
    '计划中没有任何构成信任链的资源（IAM、EC2、EKS、Lambda、基于资源的策略、SCP）。',
  'importProblem.tf-role-without-trust': '{address} 没有 assume_role_policy；已跳过该角色。',
  'importProblem.tf-attachment-target-missing':
    '{address} 附加到 {field} {name}，但它不在此计划中：附加的内容已排除。请将该 {field} 所在账户的 aws iam get-account-authorization-details 与计划一起导入。',
  'importProblem.tf-policy-resource-unknown': '{address} 为此计划未指明的资源设置策略；已排除。',
  'importProblem.tf-pod-identity-incomplete':
    '{address} 缺少 cluster_name、namespace、service_account 或 role_arn；已跳过。',
  'importProblem.tf-provider-role-not-constant':
    '提供程序 {provider} 的 assume_role 没有常量 role_arn：未读取它代入的角色。',
  'importProblem.tf-provider-argument-not-constant':
    '提供程序 {provider} 的 assume_role 中 {argument} 不是常量，计划不会打印它的值：该配置文件不传递它。',
  'importPlace.line': '第 {line} 行',
  'importPlace.lineColumn': '第 {line} 行第 {column} 列',
  'importSubject.inline-policy': '内联策略 {name}',
  'importSubject.trust-policy': '{name} 的信任策略',
  'importSubject.managed-policy': '托管策略 {name}',
  'importSubject.organization-policy': '策略 {name}',
  'importSubject.resource-policy': '基于资源的策略',
  'importSubject.tf-attribute': '{name} 的 {attribute}',
  'importSubject.tf-policy-json': '{name} 的 json',
  'importSubject.tf-provider-session-policy': '提供程序 {name} 的 assume_role 中的 policy',
  'importFormat.trustscope-scenario': 'Trustscope 场景文件',
  'importFormat.iam-authorization-details': 'aws iam get-account-authorization-details',
  'importFormat.organization':
    'AWS Organizations JSON（组织、其根、组织单位和账户，以及 SCP 和 RCP 及其目标）',
  'importFormat.eks-cluster': 'aws eks describe-cluster',
  'importFormat.eks-nodegroup': 'aws eks describe-nodegroup',
  'importFormat.eks-pod-identity': 'aws eks describe-pod-identity-association（一个或一组）',
  'importFormat.ec2-instances': 'aws ec2 describe-instances',
  'importFormat.lambda-functions': 'aws lambda list-functions',
  'importFormat.iam-oidc-providers': 'aws iam list-open-id-connect-providers',
  'importFormat.iam-oidc-provider': 'aws iam get-open-id-connect-provider',
  'importFormat.iam-saml-providers': 'aws iam list-saml-providers',
  'importFormat.kubernetes': 'Kubernetes YAML 或 JSON（kubectl get -o yaml、清单）',
  'importFormat.aws-config': '~/.aws/config 文件',
  'importFormat.policy-document':
    '单独的策略文档（信任策略、身份策略、基于资源的策略、SCP 或 RCP），用于附加',
  'importFormat.terraform': 'terraform show -json（计划或状态）',
  'importFormat.resource-policy':
    '资源的策略（aws s3api get-bucket-policy、kms get-key-policy、sqs get-queue-attributes、sns get-topic-attributes、secretsmanager get-resource-policy、lambda get-policy）',
};
