/**
 * What an import found wrong in a file (importers' `ImportProblem`), in English: the source of the
 * problem codes (`importProblem.<code>`), of what a policy document is called in them
 * (`importSubject.<subject>`), of the formats an unreadable file is told about
 * (`importFormat.<format>`) and of where a problem is (`importPlace.*`). Field names, file names,
 * ARNs and CLI commands stay as written.
 */
export const importProblemsEn = {
  'importProblem.file-empty': '{file} is empty. Accepted: {accepted}.',
  'importProblem.file-format-unknown': '{file} is not a format Trustscope can import. Accepted: {accepted}.',
  'importProblem.json-invalid': 'The file is not valid JSON: {detail}',
  'importProblem.json-diagnostic': 'JSON: {detail}',
  'importProblem.import-crashed': 'Import failed unexpectedly: {detail}. The file is skipped.',
  'importProblem.organization-replaced':
    'The organization {organization} replaces {previous}; a scenario holds one organization.',
  'importProblem.partial-export':
    'This export is one page of a longer listing: what the other pages hold (principals, policies and their Denies) is missing from the scenario. Export again without --max-items; the AWS CLI then fetches every page itself.',
  'importProblem.policy-not-object-or-string': '{what} should be a JSON object or a string holding one.',
  'importProblem.policy-bad-url-encoding': '{what} looks URL-encoded but is not valid percent-encoding.',
  'importProblem.policy-invalid-json':
    '{what} is not valid JSON ({detail} at line {line}, column {column} of the document).',
  'importProblem.policy-not-object': '{what} should be a JSON object.',
  'importProblem.scenario-version-invalid': 'The scenario file has no valid "version"; it is not imported.',
  'importProblem.scenario-version-newer':
    'The scenario file was made by a newer Trustscope (format version {version}); this version reads version 1. Update Trustscope to import it.',
  'importProblem.scenario-shape': '{detail}',
  'importProblem.scenario-shape-skipped': '{detail}; {entry} is not imported.',
  'importProblem.scenario-provider-lists-invalid':
    '"identityProviderLists" should be a list of account ids; it is skipped.',
  'importProblem.gaad-inline-policy-without-name': 'An inline policy has no PolicyName; it is skipped.',
  'importProblem.gaad-inline-policy-without-document':
    'Inline policy {policy} has no PolicyDocument; it is skipped.',
  'importProblem.gaad-entry-not-object': 'An entry of {list} is not an object; it is skipped.',
  'importProblem.gaad-entry-without-arn': 'An entry of {list} has no Arn; it is skipped.',
  'importProblem.gaad-arn-invalid':
    '"{arn}" is not an IAM ARN with a 12-digit account id; the entry is skipped.',
  'importProblem.gaad-role-without-trust': 'Role {arn} has no AssumeRolePolicyDocument; it is skipped.',
  'importProblem.gaad-policy-without-default-version':
    'Managed policy {arn} has no default version in PolicyVersionList; it is skipped.',
  'importProblem.gaad-default-version-without-document':
    'The default version of {arn} has no Document; it is skipped.',
  'importProblem.gaad-empty': 'The file holds no users, groups, roles or policies.',
  'importProblem.org-entry-incomplete': '{list} entries need Id and ParentId; this one is skipped.',
  'importProblem.org-roots-not-one':
    'Roots must hold exactly one root with an Id (aws organizations list-roots).',
  'importProblem.org-identity-unknown':
    'The organization id or management account is unknown: add "Organization" from aws organizations describe-organization.',
  'importProblem.org-unit-detached':
    'Organizational unit {unit} has parent {parent}, which does not lead to the root; it is left out.',
  'importProblem.org-account-id-invalid': 'Account id "{account}" is not 12 digits; it is skipped.',
  'importProblem.org-account-outside-tree':
    'Account {account} has parent {parent}, which is not in the file; it is outside the organization tree.',
  'importProblem.org-policy-without-summary':
    'A policy needs PolicySummary.Id and PolicySummary.Type; it is skipped.',
  'importProblem.org-policy-without-content':
    'Policy {policy} has no Content (aws organizations describe-policy); it is skipped.',
  'importProblem.org-policy-target-missing': 'Policy {policy} targets {target}, which is not in the file.',
  'importProblem.org-policy-target-without-id': 'A target of policy {policy} has no TargetId.',
  'importProblem.resource-policy-owner-unknown':
    "{file} holds a resource policy but does not say whose: name the file s3/BUCKET.json (or s3/ACCOUNT/BUCKET.json), kms/REGION/ACCOUNT/KEY-ID.json, sqs/REGION/ACCOUNT/QUEUE.json, sns/REGION/ACCOUNT/TOPIC.json, secretsmanager/REGION/ACCOUNT/SECRET.json or lambda/REGION/ACCOUNT/FUNCTION.json, name it after the resource's ARN, or give --resource ARN.",
  'importProblem.resource-policy-account-unknown':
    'The account that owns {arn} is not known, so every caller is taken to be in its account: name the file s3/ACCOUNT/BUCKET.json.',
  'importProblem.oidc-entry-without-arn': 'An entry of {list} has no valid Arn; it is skipped.',
  'importProblem.oidc-list-empty-unowned':
    "The provider list is empty, and with {count} account(s) in the scenario it cannot say whose list it is; IRSA roles keep assuming their provider exists. Import it with the account's get-account-authorization-details.",
  'importProblem.oidc-arn-invalid': '"{arn}" is not an OIDC provider ARN.',
  'importProblem.oidc-provider-account-unknown':
    'get-open-id-connect-provider output has no ARN and the scenario has {count} account(s), so the provider\'s account is unknown. Add "Arn": "arn:aws:iam::ACCOUNT:oidc-provider/HOST" beside "Url" in the file, or import the output of aws iam list-open-id-connect-providers with it.',
  'importProblem.oidc-provider-without-url': 'get-open-id-connect-provider output has no Url.',
  'importProblem.eks-cluster-arn-missing':
    'describe-cluster output needs cluster.arn like arn:aws:eks:REGION:ACCOUNT:cluster/NAME.',
  'importProblem.eks-issuer-not-https': 'The OIDC issuer "{issuer}" should start with https://.',
  'importProblem.eks-nodegroup-arn-missing':
    'describe-nodegroup output needs nodegroup.nodegroupArn like arn:aws:eks:REGION:ACCOUNT:nodegroup/CLUSTER/NAME/ID.',
  'importProblem.eks-nodegroup-role-missing':
    'describe-nodegroup output needs nodegroup.nodeRole, an IAM role ARN.',
  'importProblem.eks-association-not-object': 'A Pod Identity association is not an object; it is skipped.',
  'importProblem.eks-association-incomplete':
    'Pod Identity association {association} needs namespace and serviceAccount; it is skipped.',
  'importProblem.eks-association-without-role':
    'Pod Identity association {association} has no roleArn (list-pod-identity-associations does not return it); run describe-pod-identity-association for it. It is skipped.',
  'importProblem.eks-association-cluster-unknown':
    'Pod Identity association {association}: cannot tell which cluster "{cluster}" is; add associationArn or import that cluster\'s describe-cluster. It is skipped.',
  'importProblem.eks-associations-empty': 'The file holds no Pod Identity associations.',
  'importProblem.ec2-instance-without-id': 'An instance has no InstanceId; it is skipped.',
  'importProblem.ec2-instance-account-unknown':
    "Instance {instance}: no account in the instance profile ARN or the reservation's OwnerId; it is skipped.",
  'importProblem.ec2-instance-region-unknown':
    'Instance {instance}: Placement.AvailabilityZone does not name a region; it is skipped.',
  'importProblem.ec2-no-profiles': 'No running instance in the file has an instance profile.',
  'importProblem.ec2-roles-unknown':
    '{count} instance profile(s) name no role the scenario knows; import get-account-authorization-details of the account too.',
  'importProblem.lambda-function-arn-missing':
    'A function has no FunctionArn like arn:aws:lambda:REGION:ACCOUNT:function:NAME; it is skipped.',
  'importProblem.lambda-role-invalid': 'Function {arn} has no Role that is an IAM role ARN; it is skipped.',
  'importProblem.lambda-empty': 'The file holds no functions.',
  'importProblem.yaml-syntax': 'YAML: {detail}; document {document} is skipped.',
  'importProblem.yaml-unreadable': 'YAML could not be read: {detail}; document {document} is skipped.',
  'importProblem.yaml-too-deep':
    'YAML: document {document} nests deeper than {depth} levels; the rest is ignored.',
  'importProblem.yaml-complex-key':
    'YAML: document {document} has a mapping key that is itself a mapping or list; it is ignored.',
  'importProblem.k8s-document-not-object': 'A YAML document is not a Kubernetes object; it is skipped.',
  'importProblem.k8s-object-without-kind': 'A Kubernetes object has no kind; it is skipped.',
  'importProblem.k8s-object-without-name': 'A {kind} has no metadata.name; it is skipped.',
  'importProblem.k8s-workload-without-template':
    '{kind} {namespace}/{name} has no pod template; it is skipped.',
  'importProblem.k8s-role-arn-invalid':
    'ServiceAccount {namespace}/{name}: "{arn}" is not an IAM role ARN, so IRSA cannot use it.',
  'importProblem.k8s-empty': 'The file holds no ServiceAccounts, Pods or workloads with pod templates.',
  'importProblem.k8s-cluster-unknown':
    'Kubernetes objects do not say which cluster they belong to, and the scenario has no EKS cluster; they are placed in "unknown-cluster". Import `aws eks describe-cluster` too.',
  'importProblem.k8s-cluster-ambiguous':
    'Kubernetes objects do not say which cluster they belong to, and the scenario has {count} EKS clusters; they are placed in "unknown-cluster". Import this file on its own together with the one cluster\'s `aws eks describe-cluster`.',
  'importProblem.config-profile-twice':
    'Profile {profile} is defined twice; the settings are combined and the later ones win.',
  'importProblem.config-line-unreadable':
    'Line {line} is neither a [section] nor key = value; it is ignored.',
  'importProblem.config-role-arn-invalid': '"{arn}" is not an IAM role ARN.',
  'importProblem.config-credential-source-invalid':
    'credential_source must be {allowed}; "{value}" is ignored.',
  'importProblem.config-source-conflict':
    'Profile {profile} has both source_profile and credential_source; the AWS CLI refuses such a profile.',
  'importProblem.config-duration-invalid':
    'duration_seconds must be a whole number from 900 to 43200; "{value}" is ignored.',
  'importProblem.config-role-without-source':
    'Profile {profile} has role_arn but no source_profile, credential_source or web_identity_token_file, so the CLI cannot assume the role.',
  'importProblem.config-access-keys':
    'The file holds access keys. Trustscope does not keep them, but remove them before sharing the file.',
  'importProblem.config-empty': 'The file holds no [profile …] or [default] section.',
  'importProblem.config-source-profile-missing':
    'Profile {profile}: source_profile "{source}" is not defined in this file (it may live in ~/.aws/credentials).',
  'importProblem.config-source-profile-cycle': 'source_profile forms a cycle: {cycle}.',
  'importProblem.tf-format-version':
    'format_version {version} is not 1.x, the one Trustscope reads; the file is skipped.',
  'importProblem.tf-errored':
    'Terraform stopped planning on an error: the plan may hold only part of the changes.',
  'importProblem.tf-nothing-relevant':
    'The plan holds none of the resources that make trust chains (IAM, EC2, EKS, Lambda, resource policies, SCPs).',
  'importProblem.tf-role-without-trust': '{address} has no assume_role_policy; the role is skipped.',
  'importProblem.tf-attachment-target-missing':
    "{address} attaches to {field} {name}, which is not in this plan: what it attaches is left out. Import that {field}'s account (aws iam get-account-authorization-details) with the plan.",
  'importProblem.tf-policy-resource-unknown':
    '{address} sets a policy on a resource this plan does not name; it is left out.',
  'importProblem.tf-pod-identity-incomplete':
    '{address} lacks cluster_name, namespace, service_account or role_arn; it is skipped.',
  'importProblem.tf-provider-role-not-constant':
    'assume_role of provider {provider} has no constant role_arn: the role it assumes is not read.',
  'importProblem.tf-provider-argument-not-constant':
    "{argument} of provider {provider}'s assume_role is not a constant, so the plan does not print its value: the profile passes none.",
  'importPlace.line': 'line {line}',
  'importPlace.lineColumn': 'line {line}:{column}',
  'importSubject.inline-policy': 'Inline policy {name}',
  'importSubject.trust-policy': 'The trust policy of {name}',
  'importSubject.managed-policy': 'Managed policy {name}',
  'importSubject.organization-policy': 'Policy {name}',
  'importSubject.resource-policy': 'The resource policy',
  'importSubject.tf-attribute': '{attribute} of {name}',
  'importSubject.tf-policy-json': 'json of {name}',
  'importSubject.tf-provider-session-policy': "policy of provider {name}'s assume_role",
  'importFormat.trustscope-scenario': 'a Trustscope scenario file',
  'importFormat.iam-authorization-details': 'aws iam get-account-authorization-details',
  'importFormat.organization':
    'an AWS Organizations JSON (the organization, its root, units and accounts, and its SCPs and RCPs with their targets)',
  'importFormat.eks-cluster': 'aws eks describe-cluster',
  'importFormat.eks-nodegroup': 'aws eks describe-nodegroup',
  'importFormat.eks-pod-identity': 'aws eks describe-pod-identity-association (one, or a list of them)',
  'importFormat.ec2-instances': 'aws ec2 describe-instances',
  'importFormat.lambda-functions': 'aws lambda list-functions',
  'importFormat.iam-oidc-providers': 'aws iam list-open-id-connect-providers',
  'importFormat.iam-oidc-provider': 'aws iam get-open-id-connect-provider',
  'importFormat.iam-saml-providers': 'aws iam list-saml-providers',
  'importFormat.kubernetes': 'Kubernetes YAML or JSON (kubectl get -o yaml, manifests)',
  'importFormat.aws-config': 'an ~/.aws/config file',
  'importFormat.policy-document':
    'a policy document on its own (trust, identity, resource policy, SCP or RCP), to attach',
  'importFormat.terraform': 'terraform show -json (of a plan or a state)',
  'importFormat.resource-policy':
    "a resource's policy (aws s3api get-bucket-policy, kms get-key-policy, sqs get-queue-attributes, sns get-topic-attributes, secretsmanager get-resource-policy, lambda get-policy)",
};

type Keys = keyof typeof importProblemsEn;
type After<P extends string> = Keys extends infer K ? (K extends `${P}${infer C}` ? C : never) : never;

/** A problem's stable code: `gaad-role-without-trust`. */
export type ImportProblemCode = After<'importProblem.'>;
/** What a policy document that cannot be read is, in a problem's `subject` parameter. */
export type ImportProblemSubject = After<'importSubject.'>;
/** The formats an import accepts, as the catalogue names them. */
export type ImportFormatKey = After<'importFormat.'>;
