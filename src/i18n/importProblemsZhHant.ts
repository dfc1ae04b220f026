import type { importProblemsEn } from './importProblemsEn';

/** 匯入問題（importers 的 `ImportProblem`），繁體中文；術語見 docs/glossary.md。 */
export const importProblemsZhHant: Record<keyof typeof importProblemsEn, string> = {
  'importProblem.file-empty': '{file} 是空的。可匯入：{accepted}。',
  'importProblem.file-format-unknown': '{file} 不是 Trustscope 能匯入的格式。可匯入：{accepted}。',
  'importProblem.json-invalid': '檔案不是有效的 JSON：{detail}',
  'importProblem.json-diagnostic': 'JSON：{detail}',
  'importProblem.import-crashed': '匯入意外失敗：{detail}。已略過此檔案。',
  'importProblem.organization-replaced': '組織 {organization} 取代了 {previous}：一個情境只有一個組織。',
  'importProblem.partial-export':
    '此匯出只是分頁清單中的一頁：其他頁中的內容（主體、政策及其 Deny）不在情境中。請不帶 --max-items 重新匯出，AWS CLI 會自行擷取所有頁面。',
  'importProblem.policy-not-object-or-string': '{what} 應為 JSON 物件，或包含 JSON 物件的字串。',
  'importProblem.policy-bad-url-encoding': '{what} 看似經過 URL 編碼，但不是有效的百分比編碼。',
  'importProblem.policy-invalid-json': '{what} 不是有效的 JSON（文件第 {line} 行第 {column} 欄：{detail}）。',
  'importProblem.policy-not-object': '{what} 應為 JSON 物件。',
  'importProblem.scenario-version-invalid': '情境檔案沒有有效的 "version"，未匯入。',
  'importProblem.scenario-version-newer':
    '情境檔案由較新版本的 Trustscope 產生（格式版本 {version}），此版本只能讀取版本 1。請更新 Trustscope 後再匯入。',
  'importProblem.scenario-shape': '{detail}',
  'importProblem.scenario-shape-skipped': '{detail}；未匯入 {entry}。',
  'importProblem.scenario-provider-lists-invalid': '"identityProviderLists" 應為帳戶 ID 清單；已略過。',
  'importProblem.gaad-inline-policy-without-name': '一個內嵌政策沒有 PolicyName；已略過。',
  'importProblem.gaad-inline-policy-without-document': '內嵌政策 {policy} 沒有 PolicyDocument；已略過。',
  'importProblem.gaad-entry-not-object': '{list} 中的一個項目不是物件；已略過。',
  'importProblem.gaad-entry-without-arn': '{list} 中的一個項目沒有 Arn；已略過。',
  'importProblem.gaad-arn-invalid': '"{arn}" 不是帶有 12 位數帳戶 ID 的 IAM ARN；已略過該項目。',
  'importProblem.gaad-role-without-trust': '角色 {arn} 沒有 AssumeRolePolicyDocument；已略過。',
  'importProblem.gaad-policy-without-default-version':
    '受管政策 {arn} 在 PolicyVersionList 中沒有預設版本；已略過。',
  'importProblem.gaad-default-version-without-document': '{arn} 的預設版本沒有 Document；已略過。',
  'importProblem.gaad-empty': '檔案中沒有使用者、群組、角色或政策。',
  'importProblem.org-entry-incomplete': '{list} 的項目需要 Id 和 ParentId；已略過此項目。',
  'importProblem.org-roots-not-one': 'Roots 必須恰好包含一個帶 Id 的根（aws organizations list-roots）。',
  'importProblem.org-identity-unknown':
    '組織 ID 或管理帳戶不明：請加入 aws organizations describe-organization 輸出的 "Organization"。',
  'importProblem.org-unit-detached': '組織單位 {unit} 的父項 {parent} 無法通往根；已將其排除。',
  'importProblem.org-account-id-invalid': '帳戶 ID "{account}" 不是 12 位數字；已略過。',
  'importProblem.org-account-outside-tree':
    '帳戶 {account} 的父項 {parent} 不在檔案中；該帳戶位於組織樹之外。',
  'importProblem.org-policy-without-summary': '政策需要 PolicySummary.Id 和 PolicySummary.Type；已略過。',
  'importProblem.org-policy-without-content':
    '政策 {policy} 沒有 Content（aws organizations describe-policy）；已略過。',
  'importProblem.org-policy-target-missing': '政策 {policy} 的目標 {target} 不在檔案中。',
  'importProblem.org-policy-target-without-id': '政策 {policy} 的一個目標沒有 TargetId。',
  'importProblem.resource-policy-owner-unknown':
    '{file} 包含以資源為基礎的政策，但沒有說明屬於哪個資源：請將檔案命名為 s3/BUCKET.json（或 s3/ACCOUNT/BUCKET.json）、kms/REGION/ACCOUNT/KEY-ID.json、sqs/REGION/ACCOUNT/QUEUE.json、sns/REGION/ACCOUNT/TOPIC.json、secretsmanager/REGION/ACCOUNT/SECRET.json 或 lambda/REGION/ACCOUNT/FUNCTION.json，或以資源的 ARN 命名，或提供 --resource ARN。',
  'importProblem.resource-policy-account-unknown':
    '擁有 {arn} 的帳戶不明，因此所有呼叫者都視為位於其帳戶中：請將檔案命名為 s3/ACCOUNT/BUCKET.json。',
  'importProblem.oidc-entry-without-arn': '{list} 中的一個項目沒有有效的 Arn；已略過。',
  'importProblem.oidc-list-empty-unowned':
    '身分提供者清單是空的，而情境中有 {count} 個帳戶，無法判斷這是誰的清單；IRSA 角色仍假定其身分提供者存在。請與該帳戶的 get-account-authorization-details 一起匯入。',
  'importProblem.oidc-arn-invalid': '"{arn}" 不是 OIDC 身分提供者的 ARN。',
  'importProblem.oidc-provider-account-unknown':
    'get-open-id-connect-provider 的輸出沒有 ARN，而情境中有 {count} 個帳戶，因此身分提供者所屬的帳戶不明。請在檔案中 "Url" 旁加入 "Arn": "arn:aws:iam::ACCOUNT:oidc-provider/HOST"，或與 aws iam list-open-id-connect-providers 的輸出一起匯入。',
  'importProblem.oidc-provider-without-url': 'get-open-id-connect-provider 的輸出沒有 Url。',
  'importProblem.eks-cluster-arn-missing':
    'describe-cluster 的輸出需要 cluster.arn，形如 arn:aws:eks:REGION:ACCOUNT:cluster/NAME。',
  'importProblem.eks-issuer-not-https': 'OIDC 簽發者 "{issuer}" 應以 https:// 開頭。',
  'importProblem.eks-nodegroup-arn-missing':
    'describe-nodegroup 的輸出需要 nodegroup.nodegroupArn，形如 arn:aws:eks:REGION:ACCOUNT:nodegroup/CLUSTER/NAME/ID。',
  'importProblem.eks-nodegroup-role-missing':
    'describe-nodegroup 的輸出需要 nodegroup.nodeRole（IAM 角色 ARN）。',
  'importProblem.eks-association-not-object': '一個 EKS Pod 身分識別關聯不是物件；已略過。',
  'importProblem.eks-association-incomplete':
    'EKS Pod 身分識別關聯 {association} 需要 namespace 和 serviceAccount；已略過。',
  'importProblem.eks-association-without-role':
    'EKS Pod 身分識別關聯 {association} 沒有 roleArn（list-pod-identity-associations 不會傳回它）；請為其執行 describe-pod-identity-association。已略過。',
  'importProblem.eks-association-cluster-unknown':
    'EKS Pod 身分識別關聯 {association}：無法判斷叢集 "{cluster}" 是哪一個；請加入 associationArn，或匯入該叢集的 describe-cluster。已略過。',
  'importProblem.eks-associations-empty': '檔案中沒有 EKS Pod 身分識別關聯。',
  'importProblem.ec2-instance-without-id': '一個執行個體沒有 InstanceId；已略過。',
  'importProblem.ec2-instance-account-unknown':
    '執行個體 {instance}：執行個體設定檔 ARN 和預留的 OwnerId 中都沒有帳戶；已略過。',
  'importProblem.ec2-instance-region-unknown':
    '執行個體 {instance}：Placement.AvailabilityZone 未指明區域；已略過。',
  'importProblem.ec2-no-profiles': '檔案中沒有帶執行個體設定檔的執行中執行個體。',
  'importProblem.ec2-roles-unknown':
    '{count} 個執行個體設定檔指向情境中不明的角色；請同時匯入該帳戶的 get-account-authorization-details。',
  'importProblem.lambda-function-arn-missing':
    '一個函數沒有形如 arn:aws:lambda:REGION:ACCOUNT:function:NAME 的 FunctionArn；已略過。',
  'importProblem.lambda-role-invalid': '函數 {arn} 的 Role 不是 IAM 角色 ARN；已略過。',
  'importProblem.lambda-empty': '檔案中沒有函數。',
  'importProblem.yaml-syntax': 'YAML：{detail}；已略過第 {document} 份文件。',
  'importProblem.yaml-unreadable': '無法讀取 YAML：{detail}；已略過第 {document} 份文件。',
  'importProblem.yaml-too-deep': 'YAML：第 {document} 份文件的巢狀層級超過 {depth} 層；超出部分已忽略。',
  'importProblem.yaml-complex-key': 'YAML：第 {document} 份文件中有一個本身是對應或清單的對應鍵；已忽略。',
  'importProblem.k8s-document-not-object': '一份 YAML 文件不是 Kubernetes 物件；已略過。',
  'importProblem.k8s-object-without-kind': '一個 Kubernetes 物件沒有 kind；已略過。',
  'importProblem.k8s-object-without-name': '一個 {kind} 沒有 metadata.name；已略過。',
  'importProblem.k8s-workload-without-template': '{kind} {namespace}/{name} 沒有 Pod 範本；已略過。',
  'importProblem.k8s-role-arn-invalid':
    'ServiceAccount {namespace}/{name}："{arn}" 不是 IAM 角色 ARN，IRSA 無法使用它。',
  'importProblem.k8s-empty': '檔案中沒有 ServiceAccount、Pod 或帶 Pod 範本的工作負載。',
  'importProblem.k8s-cluster-unknown':
    'Kubernetes 物件沒有說明所屬叢集，而情境中沒有 EKS 叢集；它們被放在 "unknown-cluster" 中。請同時匯入 `aws eks describe-cluster`。',
  'importProblem.k8s-cluster-ambiguous':
    'Kubernetes 物件沒有說明所屬叢集，而情境中有 {count} 個 EKS 叢集；它們被放在 "unknown-cluster" 中。請只將此檔案與它所屬的那一個叢集的 `aws eks describe-cluster` 一起匯入。',
  'importProblem.config-profile-twice': '設定檔 {profile} 定義了兩次；設定已合併，以後者為準。',
  'importProblem.config-line-unreadable': '第 {line} 行既不是 [section] 也不是 key = value；已忽略。',
  'importProblem.config-role-arn-invalid': '"{arn}" 不是 IAM 角色 ARN。',
  'importProblem.config-credential-source-invalid':
    'credential_source 必須是 {allowed} 之一；已忽略 "{value}"。',
  'importProblem.config-source-conflict':
    '設定檔 {profile} 同時有 source_profile 和 credential_source；AWS CLI 會拒絕這樣的設定檔。',
  'importProblem.config-duration-invalid':
    'duration_seconds 必須是 900 到 43200 之間的整數；已忽略 "{value}"。',
  'importProblem.config-role-without-source':
    '設定檔 {profile} 有 role_arn，但沒有 source_profile、credential_source 或 web_identity_token_file，CLI 無法擔任該角色。',
  'importProblem.config-access-keys': '檔案中包含存取金鑰。Trustscope 不會保留它們，但分享檔案前請將其移除。',
  'importProblem.config-empty': '檔案中沒有 [profile …] 或 [default] 區段。',
  'importProblem.config-source-profile-missing':
    '設定檔 {profile}：source_profile "{source}" 未在此檔案中定義（它可能位於 ~/.aws/credentials 中）。',
  'importProblem.config-source-profile-cycle': 'source_profile 形成循環：{cycle}。',
  'importProblem.tf-format-version': 'format_version {version} 不是 Trustscope 讀取的 1.x；已略過此檔案。',
  'importProblem.tf-errored': 'Terraform 因錯誤停止了規劃：計畫可能只包含部分變更。',
  'importProblem.tf-nothing-relevant':
    '計畫中沒有任何構成信任鏈的資源（IAM、EC2、EKS、Lambda、以資源為基礎的政策、SCP）。',
  'importProblem.tf-role-without-trust': '{address} 沒有 assume_role_policy；已略過該角色。',
  'importProblem.tf-attachment-target-missing':
    '{address} 連接至 {field} {name}，但它不在此計畫中：連接的內容已排除。請將該 {field} 所在帳戶的 aws iam get-account-authorization-details 與計畫一起匯入。',
  'importProblem.tf-policy-resource-unknown': '{address} 為此計畫未指明的資源設定政策；已排除。',
  'importProblem.tf-pod-identity-incomplete':
    '{address} 缺少 cluster_name、namespace、service_account 或 role_arn；已略過。',
  'importProblem.tf-provider-role-not-constant':
    '提供者 {provider} 的 assume_role 沒有常數 role_arn：未讀取它擔任的角色。',
  'importProblem.tf-provider-argument-not-constant':
    '提供者 {provider} 的 assume_role 中 {argument} 不是常數，計畫不會列印它的值：該設定檔不傳遞它。',
  'importPlace.line': '第 {line} 行',
  'importPlace.lineColumn': '第 {line} 行第 {column} 欄',
  'importSubject.inline-policy': '內嵌政策 {name}',
  'importSubject.trust-policy': '{name} 的信任政策',
  'importSubject.managed-policy': '受管政策 {name}',
  'importSubject.organization-policy': '政策 {name}',
  'importSubject.resource-policy': '以資源為基礎的政策',
  'importSubject.tf-attribute': '{name} 的 {attribute}',
  'importSubject.tf-policy-json': '{name} 的 json',
  'importSubject.tf-provider-session-policy': '提供者 {name} 的 assume_role 中的 policy',
  'importFormat.trustscope-scenario': 'Trustscope 情境檔案',
  'importFormat.iam-authorization-details': 'aws iam get-account-authorization-details',
  'importFormat.organization':
    'AWS Organizations JSON（組織、其根、組織單位和帳戶，以及 SCP 和 RCP 及其目標）',
  'importFormat.eks-cluster': 'aws eks describe-cluster',
  'importFormat.eks-nodegroup': 'aws eks describe-nodegroup',
  'importFormat.eks-pod-identity': 'aws eks describe-pod-identity-association（一個或一組）',
  'importFormat.ec2-instances': 'aws ec2 describe-instances',
  'importFormat.lambda-functions': 'aws lambda list-functions',
  'importFormat.iam-oidc-providers': 'aws iam list-open-id-connect-providers',
  'importFormat.iam-oidc-provider': 'aws iam get-open-id-connect-provider',
  'importFormat.iam-saml-providers': 'aws iam list-saml-providers',
  'importFormat.kubernetes': 'Kubernetes YAML 或 JSON（kubectl get -o yaml、資訊清單）',
  'importFormat.aws-config': '~/.aws/config 檔案',
  'importFormat.policy-document':
    '單獨的政策文件（信任政策、身分型政策、以資源為基礎的政策、SCP 或 RCP），用於連接',
  'importFormat.terraform': 'terraform show -json（計畫或狀態）',
  'importFormat.resource-policy':
    '資源的政策（aws s3api get-bucket-policy、kms get-key-policy、sqs get-queue-attributes、sns get-topic-attributes、secretsmanager get-resource-policy、lambda get-policy）',
};
